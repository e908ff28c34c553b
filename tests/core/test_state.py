"""The message's state apart from its cause: failed, delayed, delivered, not a bounce."""

from __future__ import annotations

from smtphelper.core.decode import decode

DELAY_WARNING = """From: MAILER-DAEMON@mail.example.org
Subject: Delayed Mail (still being retried)
To: jan@example.cz

This is the mail system at host mail.example.org.

# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<petr@example.net>: connect to mx.example.net[192.0.2.5]:25: Connection timed out
"""

GIVE_UP = """From: Mail Delivery Subsystem <MAILER-DAEMON@example.org>
Subject: Returned mail: see transcript for details
To: jan@example.cz

----- The following addresses had permanent fatal errors -----
<petr@example.net>
    (reason: 452 4.2.2 Mailbox full)
Message could not be delivered for 5 days
Message will be deleted from queue
"""

GIVE_UP_VAGUE = GIVE_UP.replace("452 4.2.2 Mailbox full", "451 4.4.1 reply: read error")

WARNING_WITHOUT_CODE = """From: postmaster@example.org
Subject: Delivery Status Notification (Delay)
To: jan@example.cz

This is an automatically generated message. Delivery to petr@example.net has been delayed.
The server will continue to try delivering it. This is only a warning.
"""

DSN_FAILED_TEMPORARY = """From: MAILER-DAEMON@example.org
Subject: Undelivered Mail Returned to Sender
To: jan@example.cz
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

Your message could not be delivered.

--b
Content-Type: message/delivery-status

Reporting-MTA: dns; example.org

Final-Recipient: rfc822; petr@example.net
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.5]:25: Connection refused

--b--
"""


def only(text: str):
    report = decode(text)
    assert len(report.recipients) == 1, report.recipients
    return report, report.recipients[0]


def test_a_delay_warning_is_delayed_and_says_no_resend_is_needed() -> None:
    report, recipient = only(DELAY_WARNING)
    assert report.kind == "delay"
    assert recipient.state == "delayed" and recipient.permanent is False
    assert report.no_resend_needed


def test_a_give_up_after_a_definite_temporary_error_keeps_that_error_as_cause() -> None:
    report, recipient = only(GIVE_UP)
    assert report.kind == "bounce"
    assert recipient.state == "failed"
    assert recipient.permanent is False  # the cause can clear: sending later may work
    assert recipient.reason == "mailboxfull"


def test_a_give_up_after_vague_temporary_errors_is_expired() -> None:
    report, recipient = only(GIVE_UP_VAGUE)
    assert (report.kind, recipient.state, recipient.reason) == ("bounce", "failed", "expired")


def test_action_failed_with_a_temporary_status_is_a_failure_not_a_delay() -> None:
    report, recipient = only(DSN_FAILED_TEMPORARY)
    assert report.kind == "bounce"
    assert recipient.state == "failed" and recipient.permanent is False


def test_a_warning_without_a_code_is_a_delay() -> None:
    report, recipient = only(WARNING_WITHOUT_CODE)
    assert report.kind == "delay"
    assert recipient.state == "delayed"
    assert recipient.permanent is False
    assert not report.no_resend_needed


def test_pasted_replies_take_their_state_from_the_class() -> None:
    assert decode("450 4.2.1 Mailbox busy, try later").recipients[0].state == "delayed"
    assert decode("550 5.1.1 User unknown").recipients[0].state == "failed"
    assert decode("250 2.0.0 OK queued").kind == "delivered"


def test_ordinary_emails_are_not_bounces() -> None:
    for text in (
        "hello a@b.com",
        "Thanks for the meeting.\n--\nJan Novak\njan@example.cz\n+420 123 456 789",
        "From: Jan <jan@example.cz>\nTo: Petr <petr@example.net>\nSubject: Lunch\n\n"
        "Lunch at noon? Write to eva@example.org too.\n",
        "We are sorry: our newsletter of Monday went out twice. Write to help@example.com.",
        # A phone number whose last group ends a sentence looks like a reply code ("456.").
        "From: Jana <jana@example.cz>\nTo: petr@example.cz\nSubject: Schůzka v pondělí\n\n"
        "Ahoj Petře,\npotvrzuji schůzku v 10:00. Zavolej mi na 420 123 456.\nJana\n",
        "From: Eva <eva@example.cz>\nSubject: Contract\n\nSee section 5.1.1 of the contract.\n",
    ):
        report = decode(text)
        assert report.kind == "unrecognised", text
        assert report.recipients == []


def test_the_cause_tier_is_recorded() -> None:
    assert decode("550 5.1.1 User unknown").recipients[0].cause_tier == "variant"
    assert decode("550 Message rejected as spam").recipients[0].cause_tier == "lexicon"
    assert decode("550 5.2.2 zzz qqq").recipients[0].cause_tier == "status"
    recipient = decode("550 zzz qqq").recipients[0]
    assert (recipient.cause_tier, recipient.reason) == ("class", "onhold")


def test_an_exchange_delay_pasted_without_a_code_is_a_delay() -> None:
    report, recipient = only(
        "Delivery is delayed to these recipients or groups:\npetr@example.net\n"
        "This message hasn't been delivered yet. Delivery will continue to be attempted.\n")
    assert report.kind == "delay" and recipient.state == "delayed"
