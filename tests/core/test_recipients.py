"""Recipients and codes read the way people paste and forward bounces."""

from __future__ import annotations

from pathlib import Path

from smtphelper.core.decode import decode

SAMPLES = Path(__file__).parent / "samples"


def addresses(text: str | bytes) -> list[str | None]:
    return [r.address for r in decode(text).recipients]


def test_a_notice_forwarded_as_an_attachment_is_read() -> None:
    report = decode((SAMPLES / "forwarded_notice.eml").read_bytes())
    assert report.kind == "bounce"
    assert [(r.address, r.reason) for r in report.recipients] == [
        ("petr@example.net", "userunknown")]


def test_x_failed_recipients_names_the_recipient() -> None:
    text = ("X-Failed-Recipients: petr@example.net\nFrom: Mail Delivery System "
            "<Mailer-Daemon@mx.example.org>\nTo: jan@example.cz\n"
            "Subject: Mail delivery failed: returning message to sender\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  petr\n    retry timeout exceeded\n")
    assert addresses(text) == ["petr@example.net"]


def test_exchange_address_types_and_quotes_are_not_part_of_the_address() -> None:
    text = ("Delivery has failed to these recipients or groups:\n\n"
            "SMTP=petr@example.net\nRemote Server returned '550 5.1.1 User unknown'\n")
    assert addresses(text) == ["petr@example.net"]
    text = "Your message to 'eva@example.net' couldn't be delivered.\n550 5.1.1 User unknown\n"
    assert addresses(text) == ["eva@example.net"]


def test_help_text_placeholders_are_not_recipients() -> None:
    text = ("Delivery has failed to these recipients or groups:\n\npetr@example.net\n"
            "Remote Server returned '550 5.1.1 User unknown'\n\n"
            "Check the address: it must look like NAME@domain.com or user@yourdomain.com.\n")
    assert addresses(text) == ["petr@example.net"]


def test_an_internet_address_wins_over_a_local_name() -> None:
    text = ("From: MAILER-DAEMON@example.org\nSubject: Returned mail\nMIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
            "--b\nContent-Type: text/plain\n\nThe message could not be delivered.\n\n"
            "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
            "Original-Recipient: rfc822; petr@example.net\nFinal-Recipient: LOCAL; petr\n"
            "Action: failed\nStatus: 5.1.1\n\n--b--\n")
    assert addresses(text) == ["petr@example.net"]


def test_headers_pasted_without_their_blank_line() -> None:
    text = ("From: Jan <jan@example.cz>\nDate: Mon, 2 Nov 2026\nSubject: Undeliverable: Offer\n"
            "To: me@example.org\nYour message to petr@example.net couldn't be delivered.\n"
            "Remote Server returned '550 5.1.1 User unknown'\n")
    report = decode(text)
    assert [r.address for r in report.recipients] == ["petr@example.net"]
    assert report.recipients[0].reason == "userunknown"


def test_a_persons_words_above_copied_headers() -> None:
    text = ("Hi, can you help? I got this back:\n\nFrom: Microsoft Outlook "
            "<postmaster@example.org>\nSent: Monday, November 2, 2026 10:00 AM\n"
            "To: me@example.org\nSubject: Undeliverable: Offer\n"
            "Delivery has failed to these recipients or groups:\npetr@example.net\n"
            "Remote server returned '550 5.7.1 Message rejected as spam by Content Filtering'\n")
    report = decode(text)
    assert [(r.address, r.reason) for r in report.recipients] == [
        ("petr@example.net", "spamdetected")]


def test_quote_marks_of_a_reply_do_not_hide_the_notice() -> None:
    text = ("> Delivery has failed to these recipients or groups:\n>\n> petr@example.net\n"
            "> Remote Server returned '550 5.1.1 User unknown'\n")
    report = decode(text)
    assert [(r.address, r.reply_code, r.reason) for r in report.recipients] == [
        ("petr@example.net", "550", "userunknown")]


def test_the_failing_reply_is_the_code_not_a_greeting_or_a_goodbye() -> None:
    recipient = decode("220-mx.example.net 421 4.2.1 Service temporarily unavailable"
                       ).recipients[0]
    assert recipient.reply_code == "421"
    transcript = "250 2.1.0 Sender OK\n550 5.1.1 No such user here\n221 2.0.0 Bye\n"
    recipient = decode(transcript).recipients[0]
    assert (recipient.reply_code, recipient.enhanced_code) == ("550", "5.1.1")


def test_a_notice_forwarded_in_the_body_is_read() -> None:
    text = ("From: Jana <jana@example.cz>\nTo: IT <it@example.cz>\n"
            "Subject: Fwd: Delivery Status Notification (Failure)\n\nCan you check this?\n\n"
            "---------- Forwarded message ---------\n"
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
            "Date: Mon, 2 Nov 2026 at 09:55\nSubject: Delivery Status Notification (Failure)\n"
            "To: <jana@example.cz>\n\n\nAddress not found\n\n"
            "Your message wasn't delivered to petr@example.net because the address couldn't "
            "be found.\n\nThe response from the remote server was:\n"
            "550 5.1.1 <petr@example.net>: Recipient address rejected: User unknown\n")
    report = decode(text)
    assert [(r.address, r.reason) for r in report.recipients] == [
        ("petr@example.net", "userunknown")]
    evidence = report.recipients[0].variant.evidence[0]
    assert "User unknown" in text[evidence.start:evidence.end]
