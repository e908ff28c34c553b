"""Decide what a decoded message is and, for each recipient, which variant of error it is."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smtphelper.core.codebook import default_reason, explain_enhanced, explain_reply
from smtphelper.core.codescan import find_codes
from smtphelper.core.i18n import (
    FALLBACKS_CONTEXT,
    QT_TRANSLATE_NOOP,
    VARIANTS_CONTEXT,
    Translate,
)
from smtphelper.core.model import Link, Recipient, Report, Span, VariantMatch
from smtphelper.core.notice import ADDRESS, notice_end, smtp_command
from smtphelper.core.providers import detect_providers
from smtphelper.core.variants import Candidate, load_fallbacks, match_variants

if TYPE_CHECKING:
    from smtphelper.core.message import ParsedMessage

CONTEXT = "classify"
NOTE_TEXT_WINS = QT_TRANSLATE_NOOP(
    "classify",
    "The server's words say more than its status code {code}: the explanation follows the "
    "words.",
)
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NOTE_AFTER_DATA = QT_TRANSLATE_NOOP(
    "classify",
    "The server accepted the address and refused only after receiving the message itself. "
    "That usually means a filter on the recipient's side stopped it, even though the words "
    "say the address is unknown.",
)
# Reasons a code states plainly enough that a different cause in the words is worth a remark
# ("5.2.2 mailbox full" with "no such user" in the text); 5.7.1 and the like are too broad.
CODE_SPECIFIC_REASONS = frozenset({"userunknown", "mailboxfull", "hostunknown", "mesgtoobig",
                                   "suspend", "hasmoved", "systemfull", "exceedlimit"})
# Causes of a temporary failure that, in a final notice, mean the retries ran out.
GAVE_UP_REASONS = frozenset({"networkerror", "systemerror", "undefined", "onhold"})
_LINE_REPLY = re.compile(r"^[\s<>]{0,8}(\d{3})[ -]")
MAX_MATCHED_TEXT = 20_000  # how much notice text is searched for a variant when needed
LOCATE_WINDOW = 200_000  # how far from a diagnostic its matched words are looked for
# Where matched words stand in the user's text, by (words, diagnostic span): recipients that
# share the notice share its words.
_Located = dict[tuple[tuple[str, ...], Span | None], list[Span]]
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


_DELAY_WORDS = re.compile(
    r"\bdelayed\b|\bdelay\b|will (?:keep )?(?:re)?try|still (?:be )?trying|temporar|"
    r"warning message only|not yet been delivered|do not need to resend|will be retried|"
    r"zpožděn|verzögert|retard",
    re.IGNORECASE,
)


def finish(report: Report, parsed: ParsedMessage, tr: Translate) -> None:
    report.kind = _kind(report, parsed)
    if report.kind in ("feedback", "autoreply") and not report.recipients:
        # Not a failure, but the window and the scripts still get one entry that says what
        # the message is: for an auto-reply the person who answered, for a complaint the
        # address of the original message's recipient.
        who = parsed.headers.get("from", "") if report.kind == "autoreply" else (
            parsed.original_to or "")
        address = ADDRESS.search(who)
        report.recipients.append(Recipient(address=address.group(0) if address else None))
    notice_text = _notice_text(parsed)
    # Looked up once: the same notice serves every recipient without words of its own.
    notice_providers = detect_providers(notice_text.lower())
    located: _Located = {}  # and where its words stand, found once
    sounds_delayed = bool(_DELAY_WORDS.search(
        parsed.headers.get("subject", "") + "\n" + notice_text[:4000]))
    for recipient in report.recipients:
        _classify_recipient(report, recipient, notice_text, notice_providers, located, tr)
        variant = recipient.variant
        if variant is not None and recipient.permanent and variant.retry in ("later",
                                                                              "automatic"):
            # A permanent refusal is not retried by the server: sending again helps only once
            # the cause (a full mailbox, say) is dealt with.
            variant.retry = "after_fix"
        if recipient.permanent is None and report.kind == "bounce":
            # No code and no delivery-status action: the notice's own words decide.
            recipient.permanent = not sounds_delayed
        if (
            recipient.permanent is False
            and recipient.reason in GAVE_UP_REASONS
            and not _names_dns_failure(recipient)
            and (recipient.action == "failed" or (recipient.action is None and not sounds_delayed))
        ):
            # A temporary error in a final failure notice: the server kept retrying until the
            # message's time in the queue ran out. That is what the user needs to know.
            last_error = recipient.variant
            recipient.reason = "expired"
            recipient.variant = _fallback("expired", None, tr)
            if last_error is not None:  # the last attempt's error, for the curious
                recipient.variant.runner_up = last_error.id
                recipient.variant.evidence = last_error.evidence
                recipient.variant.evidence_words = last_error.evidence_words
    if report.kind == "bounce" and report.recipients and all(
        r.permanent is False for r in report.recipients
    ):
        report.kind = "delay"


def _notice_text(parsed: ParsedMessage) -> str:
    pieces = [s.text[: notice_end(s.text)] for s in parsed.segments]
    return "\n".join(pieces)[:MAX_MATCHED_TEXT]


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


def _classify_recipient(report: Report, recipient: Recipient, notice: str,
                        notice_providers: list[str], located: _Located, tr: Translate) -> None:
    marker_text = " ".join(filter(None, (recipient.diagnostic, recipient.remote_mta))).lower()
    providers = detect_providers(marker_text)
    if recipient.reply_code:
        recipient.reply = explain_reply(recipient.reply_code, tr)
    if recipient.enhanced_code:
        recipient.enhanced = explain_enhanced(recipient.enhanced_code, providers, tr)
    recipient.permanent = _permanent(recipient)
    recipient.sending_ip = sending_ip(recipient.diagnostic, recipient.remote_mta)
    if recipient.command is None and recipient.diagnostic:
        recipient.command = smtp_command(recipient.diagnostic)
    if report.kind in ("feedback", "autoreply", "delivered"):
        reason = {"feedback": "feedback", "autoreply": "vacation", "delivered": "delivered"}
        recipient.reason = reason[report.kind]
        recipient.variant = _fallback(recipient.reason, None, tr)
        return
    codes = [c for c in (recipient.reply_code, recipient.enhanced_code) if c]
    # A server's reply is a line or two; a delivery-status field can be made megabytes long.
    diagnostic = (recipient.diagnostic or "")[:MAX_MATCHED_TEXT]
    first = _first_reply(diagnostic)
    candidates = match_variants(first, codes, providers) if first else []
    if not candidates and first != diagnostic:
        candidates = match_variants(diagnostic, codes, providers)
    searched = diagnostic
    if not candidates and recipient.diagnostic_type == "x-unix":
        notice = ""  # a local program's exit status: the notice's other words are not about it
    if not candidates and notice and notice != diagnostic:
        candidates = match_variants(notice, codes, providers or notice_providers)
        searched = notice
    code_reason = default_reason(recipient.enhanced_code, providers) or default_reason(
        recipient.reply_code, providers)
    if code_reason == "undefined":  # a vague code ("5.0.0") says nothing about the cause
        code_reason = None
    if candidates:
        recipient.variant = _from_candidate(candidates, searched, report.text, recipient,
                                            located, tr)
        recipient.reason = recipient.variant.reason
        if recipient.reason == "userunknown" and recipient.variant.provider is None and (
            recipient.command == "DATA" or _policy_code(recipient.enhanced_code)
        ):
            # The server accepted the address and refused only after reading the message, or
            # answered "unknown user" with a policy status: a filter speaking, not a missing
            # mailbox. (A provider's own wording is trusted as it stands.)
            evidence = recipient.variant
            recipient.variant = _fallback("filtered", None, tr)
            recipient.variant.evidence = evidence.evidence
            recipient.variant.evidence_words = evidence.evidence_words
            recipient.variant.runner_up = evidence.id
            recipient.variant.note = tr(CONTEXT, NOTE_AFTER_DATA)
            recipient.reason = "filtered"
            return
        if code_reason in CODE_SPECIFIC_REASONS and code_reason != recipient.reason:
            recipient.variant.note = tr(CONTEXT, NOTE_TEXT_WINS).format(
                code=recipient.enhanced_code)
        return
    if code_reason is None and recipient.command == "CONNECT" and recipient.permanent:
        # Turned away before anything was sent: the server refuses the sending server itself.
        code_reason = "blocked"
    if recipient.diagnostic_type == "x-unix":
        # Sendmail's report of a local delivery program (a pipe) that failed.
        code_reason = "mailererror"
    # Nothing in the words or the codes says why: "onhold" when the server said something we
    # cannot place (too little information), "undefined" when it said nothing at all.
    recipient.reason = code_reason or ("onhold" if _says_anything(recipient) else "undefined")
    klass = (recipient.enhanced_code or recipient.reply_code or "?")[0]
    if all(e is None or not e.valid for e in (recipient.reply, recipient.enhanced)) and (
            recipient.reply or recipient.enhanced):
        klass = "invalid"  # only a malformed code ("650"): say so rather than guess
    recipient.variant = _fallback(recipient.reason if code_reason else None, klass, tr)


def _first_reply(diagnostic: str) -> str:
    """The first failure reply of a transcript: when a server answered with one error and
    then another ("550 User unknown", later "421 Connection timed out"), the first is the
    cause. Replies of one code continued over several lines stay together."""
    lines = diagnostic.splitlines()
    first_code = None
    for index, line in enumerate(lines):
        found = _LINE_REPLY.match(line)
        if not found or found.group(1)[0] not in "45":
            continue
        if first_code is None:
            first_code = found.group(1)
        elif found.group(1) != first_code:
            return "\n".join(lines[:index])
    return diagnostic


def _says_anything(recipient: Recipient) -> bool:
    """Whether the failure came with any words or code beyond the address itself."""
    if recipient.reply_code or recipient.enhanced_code:
        return True
    words = ADDRESS.sub(" ", recipient.diagnostic or "")
    return any(ch.isalnum() for ch in words)


def _names_dns_failure(recipient: Recipient) -> bool:
    """A domain that cannot be looked up is the cause whatever the retries did."""
    variant_id = recipient.variant.id if recipient.variant else ""
    return "dns" in variant_id or "domain" in variant_id


def _policy_code(code: str | None) -> bool:
    """Status codes of a policy or filter refusal (X.7.x)."""
    return bool(code) and code[1:4] == ".7."


def _permanent(recipient: Recipient) -> bool | None:
    for code in (recipient.enhanced_code, recipient.reply_code):
        if code and code[0] in "45" and (recipient.enhanced or recipient.reply) is not None:
            explanation = recipient.enhanced if code == recipient.enhanced_code else recipient.reply
            if explanation is not None and explanation.valid:
                return code[0] == "5"
    if recipient.action == "failed":
        return True
    if recipient.action == "delayed":
        return False
    return None


def _from_candidate(candidates: list[Candidate], searched: str, text: str,
                    recipient: Recipient, located: _Located, tr: Translate) -> VariantMatch:
    best = candidates[0].variant
    runner_up = next((c.variant.id for c in candidates[1:] if c.variant.id != best.id), None)
    words = [searched[s:e] for s, e in candidates[0].evidence]
    key = (tuple(words), recipient.diagnostic_span)
    if key not in located:
        located[key] = _locate(words, text, recipient.diagnostic_span)
    spans = list(located[key])
    return VariantMatch(
        id=best.id,
        title=tr(VARIANTS_CONTEXT, best.title),
        explanation=tr(VARIANTS_CONTEXT, best.explanation),
        reason=best.reason,
        actor=best.actor,  # type: ignore[arg-type]
        retry=best.retry,  # type: ignore[arg-type]
        checklist=[tr(VARIANTS_CONTEXT, step) for step in best.checklist],
        links=[Link(tr(VARIANTS_CONTEXT, link.title), link.url) for link in best.links],
        provider=best.provider,
        evidence=spans,
        evidence_words=words,
        runner_up=runner_up,
        request=tr(VARIANTS_CONTEXT, best.request),
    )


def _locate(words: list[str], text: str, near: Span | None) -> list[Span]:
    """Where the matched words stand in the user's text (first occurrence near the diagnostic).
    Words broken across lines in the original are matched with flexible white space."""
    spans = []
    start = near.start if near else 0
    for word in words:
        # Searched for near the diagnostic only: words that are not in the text verbatim
        # (a decoded part) must not cost a scan of the whole text for each recipient.
        where = text.find(word, start, start + LOCATE_WINDOW)
        if where == -1:
            where = text.find(word, max(0, start - LOCATE_WINDOW), start + LOCATE_WINDOW)
        if where == -1:
            pattern = r"\s+".join(re.escape(piece) for piece in word.split())
            found = re.compile(pattern, re.IGNORECASE).search(text, start, start + LOCATE_WINDOW)
            if found:
                spans.append(Span(found.start(), found.end()))
            continue
        spans.append(Span(where, where + len(word)))
    return spans


def _fallback(reason: str | None, klass: str | None, tr: Translate) -> VariantMatch:
    data = load_fallbacks()
    if reason and reason in data.get("reason", {}):
        entry, fallback_id = data["reason"][reason], f"generic.reason.{reason}"
    else:
        key = klass if klass in ("4", "5", "invalid") else "unknown"
        entry, fallback_id = data["class"][key], f"generic.class.{key}"
        reason = reason or "onhold"
    return VariantMatch(
        id=fallback_id,
        title=tr(FALLBACKS_CONTEXT, entry["title"]),
        explanation=tr(FALLBACKS_CONTEXT, entry["explanation"]),
        reason=reason,
        actor=entry["actor"],
        retry=entry["retry"],
        checklist=[tr(FALLBACKS_CONTEXT, step) for step in entry["checklist"]],
        generic=True,
        request=tr(FALLBACKS_CONTEXT, entry.get("request", "")),
    )


def sending_ip(diagnostic: str | None, remote_mta: str | None) -> str | None:
    """The sending server's IP address as the receiving server quoted it, if it did."""
    if not diagnostic:
        return None
    codes = find_codes(diagnostic)
    start = codes[0].end if codes else 0
    for match in _IPV4.finditer(diagnostic, start):
        ip = match.group(1)
        if all(int(part) <= 255 for part in ip.split(".")) and ip != remote_mta:
            return ip
    return None
