"""The decoding core over samples written for each format it must read."""

from __future__ import annotations

from pathlib import Path

import pytest

from smtphelper.core.decode import decode
from smtphelper.core.message import parse_message
from smtphelper.core.model import Report

SAMPLES = Path(__file__).parent / "samples"


def sample(name: str) -> Report:
    return decode((SAMPLES / name).read_bytes(), source=name)


def only(report: Report):
    assert len(report.recipients) == 1, report.recipients
    return report.recipients[0]


def test_postfix_dsn_reads_recipient_codes_and_server_words() -> None:
    report = sample("postfix_dsn.eml")
    assert report.kind == "bounce" and report.is_bounce
    r = only(report)
    assert r.address == "jan.novak@example.org"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.1.1")
    assert r.permanent is True
    assert r.remote_mta == "mx.example.org"
    assert "User unknown in virtual mailbox table" in r.diagnostic
    assert r.reason == "userunknown"
    assert report.reporting_mta == "mail.example.cz"
    assert report.sender == "petra@example.cz"
    assert report.subject == "Faktura za listopad"


def test_codes_in_the_returned_original_are_never_the_failure() -> None:
    report = sample("postfix_dsn.eml")
    found = {hit.code for hit in report.codes}
    assert "5.2.2" not in found and "552" not in found
    assert only(report).enhanced_code == "5.1.1"


def test_code_spans_point_into_the_users_text() -> None:
    report = sample("postfix_dsn.eml")
    assert report.codes
    for hit in report.codes:
        if hit.span is not None:
            assert report.text[hit.span.start : hit.span.end] == hit.code


def test_exim_two_recipients_each_with_own_outcome() -> None:
    report = sample("exim_two_recipients.eml")
    got = [(r.address, r.reply_code, r.enhanced_code, r.reason) for r in report.recipients]
    assert got == [
        ("anna@example.com", "552", "5.2.2", "mailboxfull"),
        ("bob@example.org", "550", "5.1.1", "userunknown"),
    ]
    assert report.recipients[0].command == "RCPT TO"
    assert "5.7.1" not in {c.code for c in report.codes}


def test_exchange_ndr_uses_microsoft_meaning_of_5_1_10() -> None:
    r = only(sample("exchange_ndr.txt"))
    assert r.address == "eva.svobodova@example.com"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.1.10")
    assert r.enhanced is not None and r.enhanced.provider == "microsoft"
    assert r.reason == "userunknown"


def test_gmail_notice_without_headers() -> None:
    r = only(sample("gmail_notice.txt"))
    assert r.address == "lucie@example.com"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.1.1")
    assert r.reason == "userunknown"


def test_qmail_blocklist_rejection() -> None:
    r = only(sample("qmail_notice.txt"))
    assert r.address == "tomas@example.org"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.7.1")
    assert r.reason == "blocked"
    assert r.sending_ip == "198.51.100.7"
    assert r.variant is not None and not r.variant.generic


def test_sendmail_reason_line_wins_over_transcript_summary() -> None:
    r = only(sample("sendmail_notice.txt"))
    assert r.address == "martin@example.com"
    assert (r.reply_code, r.enhanced_code) == ("552", "5.3.4")
    assert r.reason == "mesgtoobig"


def test_courier_transcript() -> None:
    r = only(sample("courier_notice.txt"))
    assert r.address == "pavel@example.org"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.7.1")
    assert r.command == "RCPT TO"


def test_lotus_notes_without_codes() -> None:
    report = sample("notes_notice.txt")
    r = only(report)
    assert r.address == "jiri@example.com"
    assert r.reply_code is None and r.enhanced_code is None
    assert r.reason == "userunknown"
    assert r.permanent is True


def test_amazon_ses_inline_delivery_status() -> None:
    r = only(sample("ses_notice.txt"))
    assert r.address == "hana@example.com"
    assert r.enhanced_code == "4.4.7"
    assert r.permanent is False


@pytest.mark.parametrize(
    ("name", "address", "reason"),
    [
        ("czech_notice.txt", "ondrej@example.cz", "userunknown"),
        ("german_notice.txt", "klaus@example.de", "userunknown"),
        ("spanish_notice.txt", "maria@example.es", "mailboxfull"),
        ("french_notice.txt", "pierre@example.fr", "userunknown"),
    ],
)
def test_localized_notices(name: str, address: str, reason: str) -> None:
    r = only(sample(name))
    assert r.address == address
    assert r.reason == reason


def test_quoted_printable_notice_and_delay() -> None:
    report = sample("delayed_dsn.eml")
    assert report.kind == "delay"
    r = only(report)
    assert (r.reply_code, r.enhanced_code, r.permanent) == ("451", "4.7.1", False)
    assert r.action == "delayed"


def test_base64_html_only_bounce_is_read_as_text() -> None:
    report = sample("base64_html.eml")
    r = only(report)
    assert r.address == "libor@example.com"
    assert (r.reply_code, r.enhanced_code) == ("550", "5.2.2")
    assert r.reason == "mailboxfull"


def test_broken_boundary_still_finds_the_delivery_status() -> None:
    r = only(sample("broken_boundary.eml"))
    assert (r.address, r.enhanced_code) == ("zdenek@example.org", "5.1.1")


def test_auto_reply_is_not_a_failure() -> None:
    report = sample("vacation.eml")
    assert report.kind == "autoreply" and not report.is_bounce


def test_feedback_report_is_not_a_failure() -> None:
    report = sample("feedback_arf.eml")
    assert report.kind == "feedback" and not report.is_bounce
    assert "5.7.1" not in {c.code for c in report.codes}


def test_successful_delivery_notification() -> None:
    report = sample("delivered_dsn.eml")
    assert report.kind == "delivered" and not report.is_bounce
    assert only(report).reason == "delivered"


def test_multiline_reply_continuations_are_one_diagnostic() -> None:
    text = (
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\n"
        "550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\n"
        "550 5.7.26 Authentication results: dkim = did not pass - gsmtp\n"
    )
    report = decode(text)
    assert report.kind == "codes"
    r = only(report)
    assert r.address is None
    assert (r.reply_code, r.enhanced_code) == ("550", "5.7.26")
    assert r.reason == "authfailure"


def test_single_server_line_without_address() -> None:
    r = only(decode("554 5.7.1 Message rejected as spam by Content Filtering"))
    assert r.address is None
    assert (r.reply_code, r.enhanced_code) == ("554", "5.7.1")


@pytest.mark.parametrize("pasted", ["", "   \n\t", "\ufeff"])
def test_empty_input(pasted: str) -> None:
    report = decode(pasted)
    assert report.kind == "empty" and report.recipients == []


def test_binary_input_is_recognised() -> None:
    report = decode(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    assert report.kind == "binary"
    assert report.notes and "not an email" in report.notes[0]


def test_ordinary_text_has_nothing_to_explain() -> None:
    report = decode("Ahoj, posilam ti ty fotky z vyletu. Mej se!")
    assert report.kind == "unrecognised" and report.recipients == []


def test_wrong_declared_charset_degrades_gracefully() -> None:
    data = (
        "Content-Type: text/plain; charset=x-no-such-charset\nSubject: Nelze doručit\n"
        "From: postmaster@example.cz\n\n<eva@example.cz>: 550 5.1.1 Uživatel neexistuje\n"
    ).encode("cp1250")
    r = only(decode(data))
    assert r.address == "eva@example.cz" and r.enhanced_code == "5.1.1"


def test_twenty_megabytes_decode_and_say_they_were_cut() -> None:
    text = ("550 5.1.1 <a@example.com>: User unknown\n" + "x" * 79 + "\n") * 170_000
    report = decode(text)
    assert report.truncated and report.notes
    assert report.recipients


def test_error_and_address_in_different_paragraphs_are_one_recipient() -> None:
    text = (
        "Error: Invalid user address\n"
        "Error message below:\n"
        "550 - Requested action not taken: no such user here\n\n"
        "Message details:\n"
        "  Subject: Test\n"
        "  MAIL FROM: me@example.net\n"
        "  RCPT TO: nobody@example.com\n"
        "  Size (in bytes): 222\n"
    )
    r = only(decode(text))
    assert (r.address, r.reply_code, r.reason) == ("nobody@example.com", "550", "userunknown")


def test_contact_addresses_and_repeats_are_not_extra_recipients() -> None:
    text = (
        "For further assistance, please contact <postmaster@example.net>\n\n"
        "<ivana@example.org>: host mx.example.org[192.0.2.8] said: 550 5.1.1 User unknown\n\n"
        "<ivana@example.org>: 550 5.1.1 User unknown\n"
    )
    r = only(decode(text))
    assert (r.address, r.enhanced_code) == ("ivana@example.org", "5.1.1")


def test_a_global_delivery_status_part_is_read_for_every_recipient() -> None:
    # RFC 6533 (internationalised addresses): MIME splits message/global-delivery-status as
    # a message whose headers are only the per-message fields; the recipients follow.
    report = sample("global_dsn_utf8.eml")
    assert report.kind == "bounce"
    assert [(r.address, r.enhanced_code, r.action, r.state) for r in report.recipients] == [
        ("jiří@příklad.cz", "5.1.1", "failed", "failed"),
        ("eva@example.org", "4.4.1", "delayed", "delayed")]
    assert report.recipients[0].reason == "userunknown"
    assert report.recipients[0].remote_mta == "mx.příklad.cz"


def test_a_nested_feedback_report_part_is_seen() -> None:
    text = ("From: Forwarder <a@example.org>\nSubject: Fwd: complaint\nMIME-Version: 1.0\n"
            'Content-Type: multipart/mixed; boundary="o"\n\n--o\nContent-Type: text/plain\n\n'
            "See below.\n--o\nContent-Type: multipart/mixed; boundary=\"i\"\n\n--i\n"
            "Content-Type: message/feedback-report\n\nFeedback-Type: abuse\n"
            "User-Agent: Example/1.0\nVersion: 1\n\n--i--\n--o--\n")
    assert parse_message(text).has_feedback_report
