"""The advice text: a message the user can paste into an email to whoever must act.

Built from translated templates (formatted after translation); facts that are unknown are
left out rather than shown as blanks.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.model import Recipient, Report
from smtphelper.core.variants import fill_request

CONTEXT = "advice"
GREETING = QT_TRANSLATE_NOOP("advice", "Hello,")
HAPPENED_TO = QT_TRANSLATE_NOOP(
    "advice", "An email I sent to {recipient} was returned to me as undeliverable.")
HAPPENED = QT_TRANSLATE_NOOP("advice", "An email I sent was returned to me as undeliverable.")
DELAYED_TO = QT_TRANSLATE_NOOP(
    "advice", "An email I sent to {recipient} has not been delivered yet; the mail server "
    "reports a delay and is still trying.")
DELAYED = QT_TRANSLATE_NOOP(
    "advice", "An email I sent has not been delivered yet; the mail server reports a delay and "
    "is still trying.")
REPLY_ONLY = QT_TRANSLATE_NOOP(
    "advice", "A mail server answered one of my emails with the message below.")
NOT_A_FAILURE = QT_TRANSLATE_NOOP(
    "advice", "I received the automatic message below about an email I sent.")
FACTS = QT_TRANSLATE_NOOP("advice", "The details from the error message:")
FACT_DATE = QT_TRANSLATE_NOOP("advice", "Date")
FACT_SENDER = QT_TRANSLATE_NOOP("advice", "Sender")
FACT_RECIPIENT = QT_TRANSLATE_NOOP("advice", "Recipient")
FACT_SUBJECT = QT_TRANSLATE_NOOP("advice", "Subject")
FACT_REPORTING = QT_TRANSLATE_NOOP("advice", "Server that reported the error")
FACT_REMOTE = QT_TRANSLATE_NOOP("advice", "Receiving server")
FACT_SENDING_IP = QT_TRANSLATE_NOOP("advice", "Sending server address (IP)")
FACT_REPLY = QT_TRANSLATE_NOOP("advice", "Server reply")
FACT_REPLY_CODE = QT_TRANSLATE_NOOP("advice", "Reply code")
FACT_STATUS_CODE = QT_TRANSLATE_NOOP("advice", "Status code")
FACT_CAUSE = QT_TRANSLATE_NOOP("advice", "Recognised cause")
WAIT = QT_TRANSLATE_NOOP(
    "advice", "No action is needed yet: the server keeps trying on its own. If the message is "
    "still not delivered in two days, or a final failure notice arrives, please look into it.")
THANKS = QT_TRANSLATE_NOOP("advice", "Thank you for your help.")
# How a date is written in the advice (Czech: "2. 11. 2026 10:15"); the time is the sender's
# clock as the bounce states it, with its offset from UTC.
DATE_FORMAT = QT_TRANSLATE_NOOP("advice", "{year}-{month:0>2}-{day:0>2} {time} (UTC{offset})")


_CONTINUATION_PREFIX = re.compile(r"^\s{0,8}\d{3}[- ](?:\d\.\d{1,3}\.\d{1,3}\s)?")


def one_line_reply(diagnostic: str, limit: int = 600) -> str:
    """A multi-line server reply as one line: the code prefix of each continuation line
    ("550-5.7.26 ") is dropped, as a person would read it."""
    lines = diagnostic.splitlines() or [""]
    rest = [_CONTINUATION_PREFIX.sub("", line) for line in lines[1:]]
    return " ".join(" ".join([lines[0], *rest]).split())[:limit]


def format_date(value: str | None, tr: Translate = no_translation) -> str | None:
    """A bounce's Date header written the reader's way; unparsable dates are kept as given."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return value
    if moment is None or moment.tzinfo is None:
        return value
    offset = moment.strftime("%z")
    return tr(CONTEXT, DATE_FORMAT).format(
        year=moment.year, month=moment.month, day=moment.day,
        time=moment.strftime("%H:%M"), offset=f"{offset[:3]}:{offset[3:]}",
    )


def facts_for(report: Report, recipient: Recipient) -> dict[str, str | None]:
    """The facts a request sentence may name (see ``variants.PLACEHOLDERS``)."""
    domain = recipient.address.rsplit("@", 1)[1] if recipient.address and "@" in (
        recipient.address) else None
    sender_domain = report.sender.rsplit("@", 1)[1] if report.sender and "@" in (
        report.sender) else None
    blocklist = None
    if recipient.variant is not None:
        blocklist = next((w for w in recipient.variant.evidence_words if "." in w), None)
    return {
        "sending_ip": recipient.sending_ip,
        "remote_mta": recipient.remote_mta,
        "recipient": recipient.address,
        "recipient_domain": domain,
        "sender": report.sender,
        "sender_domain": sender_domain,
        "blocklist": blocklist,
    }


def advice_text(report: Report, recipient: Recipient, tr: Translate = no_translation) -> str:
    """The whole message, ready to copy."""
    lines = [tr(CONTEXT, GREETING), ""]
    if report.kind == "delay" or recipient.permanent is False:
        opening = DELAYED_TO if recipient.address else DELAYED
    elif report.kind == "codes":
        opening = REPLY_ONLY
    elif report.kind in ("delivered", "autoreply", "feedback"):
        opening = NOT_A_FAILURE
    else:
        opening = HAPPENED_TO if recipient.address else HAPPENED
    lines.append(tr(CONTEXT, opening).format(recipient=recipient.address))
    lines += ["", tr(CONTEXT, FACTS)]
    facts: list[tuple[str, str | None]] = [
        (FACT_DATE, format_date(report.date, tr)),
        (FACT_SENDER, report.sender),
        (FACT_RECIPIENT, recipient.address),
        (FACT_SUBJECT, report.subject),
        (FACT_REPORTING, report.reporting_mta),
        (FACT_REMOTE, recipient.remote_mta),
        (FACT_SENDING_IP, recipient.sending_ip),
        (FACT_REPLY, one_line_reply(recipient.diagnostic) if recipient.diagnostic else None),
    ]
    if recipient.reply is not None:
        facts.append((FACT_REPLY_CODE, f"{recipient.reply.code} ({recipient.reply.name})"))
    if recipient.enhanced is not None:
        facts.append((FACT_STATUS_CODE,
                      f"{recipient.enhanced.code} ({recipient.enhanced.name})"))
    if recipient.variant is not None and not recipient.variant.generic:
        facts.append((FACT_CAUSE, recipient.variant.title))
    for label, value in facts:
        if value:
            lines.append(f"- {tr(CONTEXT, label)}: {value}")
    lines.append("")
    variant = recipient.variant
    if variant is not None and variant.actor == "nobody":
        lines.append(tr(CONTEXT, WAIT))
    if variant is not None and variant.request:
        lines.append(fill_request(variant.request, facts_for(report, recipient)))
    lines += ["", tr(CONTEXT, THANKS)]
    return "\n".join(lines)
