"""The advice text: a message the user can paste into an email to whoever must act.

Built from translated templates (formatted after translation); facts that are unknown are
left out rather than shown as blanks. The text speaks as "I" (the person who sent the returned
message), names the provider's machine "the server I send through", labels its facts neutrally
and ends with the usual closing. Whom it is written to comes from ``wording.addressee``: the
email provider or IT admin, the recipient (reached another way than the address that bounced),
a mailing list's owner, or nobody yet while the server keeps trying.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from functools import cache

from smtphelper.core import wording
from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.model import Recipient, Report
from smtphelper.core.variants import fill_request, load_fallbacks, load_variants

CONTEXT = "advice"
GREETING = QT_TRANSLATE_NOOP("advice", "Hello,")
HAPPENED_TO = QT_TRANSLATE_NOOP(
    "advice", "An email I sent to {recipient} was returned to me as undeliverable.")
HAPPENED = QT_TRANSLATE_NOOP("advice", "An email I sent was returned to me as undeliverable.")
GAVE_UP_TO = QT_TRANSLATE_NOOP(
    "advice", "An email I sent to {recipient} was returned to me as undeliverable: the server I "
    "send through kept trying for a while and then gave up.")
GAVE_UP = QT_TRANSLATE_NOOP(
    "advice", "An email I sent was returned to me as undeliverable: the server I send through "
    "kept trying for a while and then gave up.")
DELAYED_TO = QT_TRANSLATE_NOOP(
    "advice", "An email I sent to {recipient} has not been delivered yet; the server I send "
    "through reports a delay and keeps trying.")
DELAYED = QT_TRANSLATE_NOOP(
    "advice", "An email I sent has not been delivered yet; the server I send through reports a "
    "delay and keeps trying.")
TO_RECIPIENT = QT_TRANSLATE_NOOP(
    "advice", "I sent you an email at {recipient}, but it came back to me as undeliverable.")
TO_RECIPIENT_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "advice", "I sent you an email, but it came back to me as undeliverable.")
TO_LIST_OWNER = QT_TRANSLATE_NOOP(
    "advice", "I sent an email to the list {recipient}, but it came back to me as "
    "undeliverable.")
TO_LIST_OWNER_NO_ADDRESS = QT_TRANSLATE_NOOP(
    "advice", "I sent an email to your mailing list, but it came back to me as undeliverable.")
LIST_REQUEST = QT_TRANSLATE_NOOP(
    "advice", "Could you please check whether I am allowed to send messages to the list, and "
    "tell me what I need to do?")
REPLY_ONLY = QT_TRANSLATE_NOOP(
    "advice", "A mail server answered one of my emails with the message below.")
NOT_A_FAILURE = QT_TRANSLATE_NOOP(
    "advice", "I received the automatic message below about an email I sent.")
FACTS = QT_TRANSLATE_NOOP("advice", "The details from the returned message:")
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
WAIT = QT_TRANSLATE_NOOP(
    "advice", "The server I send through is still trying to deliver it. If it is still not "
    "delivered two days after I sent it, could you please check why?")
THANKS = QT_TRANSLATE_NOOP("advice", "Thank you for your help.")
CLOSING = QT_TRANSLATE_NOOP("advice", "Kind regards")
# How a date is written in the advice (Czech: "2. 11. 2026 10:15"); the time is the sender's
# clock as the bounce states it, with its offset from UTC.
DATE_FORMAT = QT_TRANSLATE_NOOP("advice", "{year}-{month:0>2}-{day:0>2} {time} (UTC{offset})")


_CONTINUATION_PREFIX = re.compile(r"^\s{0,8}\d{3}[- ](?:\d\.\d{1,3}\.\d{1,3}\s)?")
# English request sentences written as "we" (in the knowledge base) said as "I": the text to
# send speaks for one person, and the provider's machine is "the server I send through".
_FIRST_PERSON = (
    (re.compile(r"\b([Oo])ur (?:own )?(?:sending |outgoing )?(?:mail )?server\b"),
     lambda m: ("The" if m.group(1) == "O" else "the") + " server I send through"),
    (re.compile(r"\bthe server I send through's\b"), lambda m: "my outgoing server's"),
    (re.compile(r"\b([Ww])e are\b"), lambda m: "I am" if m.group(1) == "W" else "I am"),
    (re.compile(r"\b([Ww])e were\b"), lambda m: "I was"),
    (re.compile(r"\b([Ww])e've\b"), lambda m: "I've"),
    (re.compile(r"\b([Ww])e\b"), lambda m: "I"),
    (re.compile(r"\bOur\b"), lambda m: "My"),
    (re.compile(r"\bour\b"), lambda m: "my"),
    (re.compile(r"\bours\b"), lambda m: "mine"),
    (re.compile(r"\b(to|for|with|from|let|help|tell|give|send|allow|contact) us\b"),
     lambda m: f"{m.group(1)} me"),
)


def first_person(text: str) -> str:
    """An English sentence written as "we/our" said as "I/my"."""
    for pattern, replacement in _FIRST_PERSON:
        text = pattern.sub(replacement, text)
    return text


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
        "remote_mta": recipient.remote_mta if wording.remote_is_named(report, recipient)
        else None,
        "recipient": recipient.address,
        "recipient_domain": domain,
        "sender": report.sender,
        "sender_domain": sender_domain,
        "blocklist": blocklist,
    }


@cache
def _request_sources() -> dict[str, str]:
    """Every variant's and fallback's request sentence in English, by variant id."""
    sources = {variant.id: variant.request for variant in load_variants()}
    data = load_fallbacks()
    for reason, entry in data.get("reason", {}).items():
        sources[f"generic.reason.{reason}"] = entry.get("request", "")
    for key, entry in data.get("class", {}).items():
        sources[f"generic.class.{key}"] = entry.get("request", "")
    return sources


def request_source(recipient: Recipient) -> str | None:
    """The English source of the recipient's request sentence (None: not known)."""
    if recipient.variant is None:
        return None
    return _request_sources().get(recipient.variant.id)


def addressee(report: Report, recipient: Recipient) -> wording.Addressee:
    return wording.addressee(report, recipient, request_source(recipient))


def _opening(report: Report, recipient: Recipient, to: wording.Addressee) -> str:
    state = wording.state_of(report, recipient)
    address = recipient.address
    if to == "recipient" and state == "failed":
        return TO_RECIPIENT if address else TO_RECIPIENT_NO_ADDRESS
    if to == "list_owner":
        return TO_LIST_OWNER if address else TO_LIST_OWNER_NO_ADDRESS
    if state == "delayed":
        return DELAYED_TO if address else DELAYED
    if report.kind == "codes":
        return REPLY_ONLY
    if report.kind in ("delivered", "autoreply", "feedback"):
        return NOT_A_FAILURE
    if recipient.permanent is False:
        return GAVE_UP_TO if address else GAVE_UP
    return HAPPENED_TO if address else HAPPENED


def _code_fact(code: object, believed: bool) -> str:
    """A code with its name; without it when the app does not believe that name."""
    name = getattr(code, "name", "")
    value = getattr(code, "code", "")
    return f"{value} ({name})" if believed and name else str(value)


def advice_text(report: Report, recipient: Recipient, tr: Translate = no_translation) -> str:
    """The whole message, ready to copy."""
    to = addressee(report, recipient)
    lines = [tr(CONTEXT, GREETING), ""]
    lines.append(tr(CONTEXT, _opening(report, recipient, to)).format(
        recipient=recipient.address))
    lines += ["", tr(CONTEXT, FACTS)]
    said = wording.server_reply(recipient)
    facts: list[tuple[str, str | None]] = [
        (FACT_DATE, format_date(report.date, tr)),
        (FACT_SENDER, report.sender),
        (FACT_RECIPIENT, recipient.address),
        (FACT_SUBJECT, report.subject),
    ]
    if to not in ("recipient", "list_owner"):
        facts += [
            (FACT_REPORTING, report.reporting_mta),
            (FACT_REMOTE, recipient.remote_mta if wording.remote_is_named(report, recipient)
             else None),
            (FACT_SENDING_IP, recipient.sending_ip),
        ]
    facts.append((FACT_REPLY, one_line_reply(said) if said else None))
    if recipient.reply is not None:
        facts.append((FACT_REPLY_CODE, _code_fact(recipient.reply, True)))
    if recipient.enhanced is not None:
        believed = recipient.enhanced.provider is not None or not wording.code_disagrees(
            recipient)
        facts.append((FACT_STATUS_CODE, _code_fact(recipient.enhanced, believed)))
    for label, value in facts:
        if value:
            lines.append(f"- {tr(CONTEXT, label)}: {value}")
    lines.append("")
    variant = recipient.variant
    if wording.state_of(report, recipient) == "delayed":
        lines.append(tr(CONTEXT, WAIT))
    elif to == "list_owner" and (variant is None or not variant.request):
        lines.append(tr(CONTEXT, LIST_REQUEST))
    elif variant is not None and variant.request:
        request = fill_request(variant.request, facts_for(report, recipient))
        # English requests from the knowledge base may still say "we" (the greeting tells
        # whether the text is in English: it is not translated then).
        english = lines[0] == GREETING
        lines.append(first_person(request) if english else request)
    lines += ["", tr(CONTEXT, THANKS), "", tr(CONTEXT, CLOSING)]
    return "\n".join(lines)
