"""Decide what a decoded message is and, for each recipient, which variant of error it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smtphelper.core import cause, state
from smtphelper.core.i18n import Translate
from smtphelper.core.model import Recipient, Report
from smtphelper.core.notice import ADDRESS, notice_end
from smtphelper.core.providers import detect_providers

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
    report.kind = _kind(report, parsed)
    notice_text = _notice_text(parsed)
    # An ordinary email (a signature's address, "hello a@b.com") names no failed recipient;
    # a short paste without headers may still be a server's words about an address.
    tentative = report.kind == "bounce" and not state.looks_returned(
        parsed.headers, notice_text, bool(parsed.dsn_records), report.recipients)
    if tentative and (parsed.headers or len(report.text.strip()) > state.MAX_CODELESS_PASTE):
        report.kind = "unrecognised"
        report.recipients = []
    if report.kind in ("feedback", "autoreply") and not report.recipients:
        # Not a failure, but the window and the scripts still get one entry that says what
        # the message is: for an auto-reply the person who answered, for a complaint the
        # address of the original message's recipient.
        who = parsed.headers.get("from", "") if report.kind == "autoreply" else (
            parsed.original_to or "")
        address = ADDRESS.search(who)
        report.recipients.append(Recipient(address=address.group(0) if address else None))
    # Looked up once: the same notice serves every recipient without words of its own.
    notice_providers = detect_providers(notice_text.lower())
    located: cause.Located = {}  # and where its words stand, found once
    in_notice = bool(parsed.headers) or report.kind == "bounce"
    stopped, still_trying = state.notice_says(
        parsed.headers.get("subject", "") + "\n" + notice_text)
    for recipient in report.recipients:
        providers = cause.explain_codes(recipient, tr)
        if report.kind in ("feedback", "autoreply", "delivered"):
            recipient.reason = _NOT_FAILURES[report.kind]
            recipient.variant = cause.fallback(recipient.reason, None, tr)
            recipient.state = "delivered" if report.kind == "delivered" else None
            continue
        cause.recognise(report, recipient, providers, notice_text, notice_providers,
                        located, tr)
        recipient.state = state.recipient_state(recipient, in_notice, stopped, still_trying)
        if recipient.permanent is None:
            # No code says whether the cause can clear: the cause and the state decide.
            recipient.permanent = state.permanent_from(recipient, in_notice)
        variant = recipient.variant
        if variant is not None and recipient.permanent and variant.retry in ("later",
                                                                              "automatic"):
            # A permanent refusal is not retried by the server: sending again helps only once
            # the cause (a full mailbox, say) is dealt with.
            variant.retry = "after_fix"
        if (recipient.state == "failed" and recipient.permanent is False
                and recipient.reason in GAVE_UP_REASONS and not _names_dns_failure(recipient)):
            # The server gave up after temporary errors that name no definite cause (a host
            # that did not answer, a vague error): its retries ran out, and that is what the
            # person needs to know. A definite last error (a full mailbox) stays the cause.
            last_error = recipient.variant
            recipient.reason = "expired"
            recipient.variant = cause.fallback("expired", None, tr)
            if last_error is not None:  # the last attempt's error, for the curious
                recipient.variant.runner_up = last_error.id
                recipient.variant.evidence = last_error.evidence
                recipient.variant.evidence_words = last_error.evidence_words
    if (tentative or report.kind == "codes" and not report.codes) and not any(
            r.cause_tier in ("variant", "lexicon") for r in report.recipients):
        # A short text without a code whose words name no cause: not a server's reply.
        report.kind = "unrecognised"
        report.recipients = []
    failures = [r for r in report.recipients if r.state in ("failed", "delayed")]
    if report.kind == "bounce" and failures and all(r.state == "delayed" for r in failures):
        report.kind = "delay"
        report.no_resend_needed = bool(state.NO_RESEND.search(notice_text))


def _notice_text(parsed: ParsedMessage) -> str:
    pieces = [s.text[: notice_end(s.text)] for s in parsed.segments]
    return "\n".join(pieces)[:cause.MAX_MATCHED_TEXT]


def _kind(report: Report, parsed: ParsedMessage) -> str:
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
    from_daemon = any(w in sender for w in ("mailer-daemon", "postmaster", "mail delivery"))
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
    variant_id = recipient.variant.id if recipient.variant else ""
    return "dns" in variant_id or "domain" in variant_id
