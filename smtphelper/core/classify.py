"""Decide what a decoded message is and, for each recipient, its cause (``cause.py``) and its
state (``state.py``)."""

from __future__ import annotations

import re

from smtphelper.core import cause, state
from smtphelper.core.i18n import Translate
from smtphelper.core.message import is_mail_system
from smtphelper.core.model import Recipient, Report, ReportKind
from smtphelper.core.notice import ADDRESS, notice_end
from smtphelper.core.providers import detect_providers
from smtphelper.core.textmatch import quick_search

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from smtphelper.core.message import ParsedMessage

_NOT_FAILURES = {"feedback": "feedback", "autoreply": "vacation", "delivered": "delivered"}
# Causes of a temporary failure that, in a final notice, mean the retries ran out.
GAVE_UP_REASONS = frozenset({"networkerror", "systemerror", "undefined", "onhold"})
_AUTOREPLY_SUBJECT = re.compile(
    r"out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|vacation"
    r"|abwesenheit|nepřítom|automatická odpověď|respuesta automática|réponse automatique"
    r"|absence|away from",
    re.IGNORECASE,
)
_COMPLAINT_SUBJECT = re.compile(r"complaint about message|abuse report|spam report",
                                re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|delivery (?:status|failure|notification|report|problem)|returned mail|"
    r"failure notice|mail delivery|nelze doručit|nedoručiteln|unzustellbar|non remis|"
    r"could not be delivered|delivery has failed|rejected|mail system error|warning",
    re.IGNORECASE,
)




def finish(report: Report, parsed: ParsedMessage, tr: Translate) -> None:
    """What the message is, then for each recipient its cause and its state, in named steps."""
    report.kind = _kind(report, parsed)
    notice_text = _notice_text(parsed)
    tentative = _set_aside_ordinary_email(report, parsed, notice_text)
    _name_who_answered(report, parsed)
    # Looked up once: the same notice serves every recipient without words of its own.
    notice_providers = detect_providers(notice_text.lower())
    located: cause.Located = {}  # and where its words stand, found once
    in_notice = bool(parsed.headers) or report.kind == "bounce"
    said = parsed.headers.get("subject", "") + "\n" + notice_text
    notice_words = state.NoticeWords(said)
    for recipient in report.recipients:
        providers = cause.explain_codes(recipient, tr)
        if report.kind in _NOT_FAILURES:
            _not_a_failure(report, recipient, tr)
            continue
        cause.recognise(report, recipient, providers, notice_text, notice_providers,
                        located, tr)
        recipient.state = state.recipient_state(recipient, in_notice, notice_words)
        if recipient.permanent is None:
            # No code says whether the cause can clear: the cause and the state decide.
            recipient.permanent = state.permanent_from(recipient, in_notice)
        _no_automatic_retry_when_permanent(recipient)
        _expired_when_retries_ran_out(recipient, notice_words, tr)
    if (tentative or report.kind == "codes" and not report.codes) and not any(
            r.cause_tier in ("variant", "lexicon") for r in report.recipients):
        # A short text without a code whose words name no cause: not a server's reply.
        report.kind = "unrecognised"
        report.recipients = []
    _delay_when_every_failure_is_retried(report, notice_text)
    if report.kind == "unrecognised":
        # Numbers in an ordinary message (a phone number's "420 123") are not server codes.
        report.codes = []


def _set_aside_ordinary_email(report: Report, parsed: ParsedMessage, notice: str) -> bool:
    """An ordinary email (a signature's address, "hello a@b.com") names no failed recipient:
    without evidence of a returned message it is not a bounce. A short paste without headers
    may still be a server's words about an address: that is decided once its words are read
    (returns True for such a tentative case)."""
    if report.kind != "bounce" or state.looks_returned(
            parsed.headers, notice, bool(parsed.dsn_records), report.recipients):
        return False
    if parsed.headers or len(report.text.strip()) > state.MAX_CODELESS_PASTE:
        report.kind = "unrecognised"
        report.recipients = []
        return False
    return True


def _name_who_answered(report: Report, parsed: ParsedMessage) -> None:
    """Not a failure, but the window and the scripts still get one entry that says what the
    message is: for an auto-reply the person who answered, for a complaint the address of the
    original message's recipient."""
    if report.kind not in ("feedback", "autoreply") or report.recipients:
        return
    who = parsed.headers.get("from", "") if report.kind == "autoreply" else (
        parsed.original_to or "")
    address = ADDRESS.search(who)
    report.recipients.append(Recipient(address=address.group(0) if address else None))


def _not_a_failure(report: Report, recipient: Recipient, tr: Translate) -> None:
    recipient.reason = _NOT_FAILURES[report.kind]
    recipient.variant = cause.fallback(recipient.reason, None, tr)
    recipient.state = "delivered" if report.kind == "delivered" else None


def _no_automatic_retry_when_permanent(recipient: Recipient) -> None:
    """A permanent refusal is not retried by the server: sending again helps only once the
    cause (a full mailbox, say) is dealt with."""
    variant = recipient.variant
    if variant is not None and recipient.permanent and variant.retry in ("later", "automatic"):
        variant.retry = "after_fix"


def _expired_when_retries_ran_out(recipient: Recipient, said: state.NoticeWords,
                                  tr: Translate) -> None:
    """The server gave up after temporary errors that name no definite cause (a host that did
    not answer, a vague error): its retries ran out, and that is what the person needs to
    know. A definite last error (a full mailbox, an unknown domain) stays the cause.
    ``said.ran_out``: the notice says the message's time in the queue ran out."""
    if not (recipient.state == "failed" and recipient.reason in GAVE_UP_REASONS
            and (recipient.permanent is False or said.ran_out)
            and not _names_dns_failure(recipient)):
        return
    last_error = recipient.variant
    recipient.reason = "expired"
    recipient.variant = cause.fallback("expired", None, tr)
    if last_error is not None:  # the last attempt's error, for the curious
        recipient.variant.runner_up = last_error.id
        recipient.variant.evidence = last_error.evidence
        recipient.variant.evidence_words = last_error.evidence_words


def _delay_when_every_failure_is_retried(report: Report, notice: str) -> None:
    failures = [r for r in report.recipients if r.state in ("failed", "delayed")]
    if report.kind == "bounce" and failures and all(r.state == "delayed" for r in failures):
        report.kind = "delay"
        report.no_resend_needed = quick_search(state.NO_RESEND, notice.lower())


def _notice_text(parsed: ParsedMessage) -> str:
    pieces = [s.text[: notice_end(s.text)] for s in parsed.segments]
    return "\n".join(pieces)[:cause.MAX_MATCHED_TEXT]


def _kind(report: Report, parsed: ParsedMessage) -> ReportKind:
    headers = parsed.headers
    content_type = headers.get("content-type", "").lower()
    if (parsed.has_feedback_report or "feedback-report" in content_type
            or (_COMPLAINT_SUBJECT.search(headers.get("subject", ""))
                and "message/rfc822" in parsed.content_types)):
        # Microsoft's complaint reports (JMRP) carry no feedback-report part: a complaint
        # subject and the complained-about message attached.
        return "feedback"
    actions = {(r.action or "") for r in report.recipients}
    if report.recipients and actions and actions <= {"delivered", "relayed", "expanded"}:
        return "delivered"
    subject = headers.get("subject", "")
    auto = headers.get("auto-submitted", "").lower()
    sender = headers.get("from", "").lower()
    from_daemon = is_mail_system(sender)
    if (
        not parsed.dsn_records
        and not from_daemon
        and (_AUTOREPLY_SUBJECT.search(subject) or "auto-replied" in auto
             or headers.get("x-autoreply") or headers.get("x-autorespond"))
        and not _BOUNCE_SUBJECT.search(subject)
    ):
        return "autoreply"
    if not report.recipients:
        if headers and not report.codes and not from_daemon:
            return "unrecognised"
        return "unrecognised" if not report.codes else "codes"
    if not headers and all(r.address is None for r in report.recipients):
        if report.codes and all(c.valid and c.code[0] in "23" for c in report.codes):
            return "delivered"  # a pasted "250 2.0.0 OK": the server accepted the message
        return "codes"
    return "bounce"


def _names_dns_failure(recipient: Recipient) -> bool:
    """A domain that cannot be looked up is the cause whatever the retries did."""
    variant = recipient.variant
    if variant is None:
        return False
    named = " ".join([variant.id, *variant.evidence_words]).lower()
    return any(word in named for word in ("dns", "domain", "mx ", "name service", "nxdomain"))
