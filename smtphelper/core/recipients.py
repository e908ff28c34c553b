"""The recipients of a decoded message: one entry per failed (or delayed) address, from the
delivery-status part, the human-readable notice, X-Failed-Recipients and the returned
message, with the codes and the server's words that belong to each."""

from __future__ import annotations

import re

from smtphelper.core.codescan import find_codes, find_enhanced, valid_enhanced
from smtphelper.core.message import ParsedMessage, Segment, is_mail_system
from smtphelper.core.model import CodeHit, Recipient, Report, Span
from smtphelper.core.notice import (
    ADDRESS,
    NoticeEntry,
    clean_address,
    find_addresses,
    read_notice,
)
from smtphelper.core.state import MAX_CODELESS_PASTE

STRIP_TYPE = re.compile(r"^\s*[\w-]{1,30}\s*;\s*")
# A server's multi-line reply, unfolded, is well under this; the window shows what is kept.
MAX_FIELD_DIAGNOSTIC = 4000


def _field_address(value: str | None) -> str | None:
    if not value:
        return None
    value = clean_address(STRIP_TYPE.sub("", value).strip().strip("<>").strip())
    return value or None


def _dsn_address(fields: dict[str, str]) -> str | None:
    """The recipient a delivery-status record names: an Internet address (rfc822 type) before
    a local name ("LOCAL; jan"), the final recipient before the original one."""
    named = [a for a in (_field_address(fields.get("final-recipient")),
                         _field_address(fields.get("original-recipient"))) if a]
    return next((a for a in named if "@" in a), named[0] if named else None)


def build_recipients(parsed: ParsedMessage, text: str, report: Report) -> list[Recipient]:
    exclude = set()
    for name in ("from", "to", "reply-to", "return-path"):
        for match in ADDRESS.finditer(parsed.headers.get(name, "")):
            exclude.add(match.group(0).lower())
    if report.sender:
        exclude.add(report.sender.lower())
    failed_header = parsed.headers.get("x-failed-recipients", "")
    known = [a for a, _ in find_addresses(failed_header)]
    known += [a for r in parsed.dsn_records if (a := _dsn_address(r.fields))]
    exclude -= {k.lower() for k in known}
    entries: list[tuple[NoticeEntry, Segment]] = []
    for segment in parsed.segments:
        entries.extend((e, segment) for e in read_notice(segment.text, exclude, known))
    recipients = [_from_dsn(record.fields, record.offset) for record in parsed.dsn_records]
    if recipients:
        for recipient in recipients:
            pair = _entry_for(recipient.address, entries)
            if pair is None and len(recipients) == 1:
                # One recipient: an unaddressed transcript paragraph is about it.
                pair = next(((e, s) for e, s in entries if e.codes and e.address is None), None)
            if pair is not None:
                _merge_entry(recipient, *pair)
        return recipients
    for entry, segment in entries:
        recipient = Recipient(address=entry.address)
        _merge_entry(recipient, entry, segment)
        recipients.append(recipient)
    recipients = _fold(recipients)
    if known:
        named = {r.address.lower() for r in recipients if r.address}
        unnamed = [r for r in recipients if not r.address]
        for address in known:
            if address.lower() in named:
                continue
            if unnamed:
                unnamed.pop(0).address = address
            else:
                recipients.append(Recipient(address=address))
        # Some MTAs (Exim) write a local part only; the header names the full address.
        recipients = [r for r in recipients if r.address or r.reply_code or r.enhanced_code]
    if not recipients and not report.codes and parsed.original_to and from_mail_system(parsed):
        # A failure notice that names no recipient and no code ("delivery report
        # unavailable"): the returned message says whom it was for.
        for match in ADDRESS.finditer(parsed.original_to):
            recipients.append(Recipient(address=match.group(0)))
        return recipients
    if not recipients and report.codes:
        first = next((c for c in report.codes if c.valid and c.code[0] in "45"),
                     next((c for c in report.codes if c.valid), report.codes[0]))
        recipients.append(Recipient(address=None, diagnostic=first.line,
                                    diagnostic_span=_line_span(text, first)))
        _codes_from_text(recipients[0], first.line)
        if not first.valid:
            if first.kind == "reply":
                recipients[0].reply_code = first.code
            else:
                recipients[0].enhanced_code = first.code
    if not recipients and not report.codes and not parsed.headers:
        # A server's words pasted without any code ("maildir over quota"): one tentative
        # entry; it stays only if its words name a cause (classify.finish).
        words = text.strip()
        if 0 < len(words) <= MAX_CODELESS_PASTE:
            start = text.find(words)
            recipients.append(Recipient(address=None, diagnostic=words,
                                        diagnostic_span=Span(start, start + len(words))))
    return recipients


def _fold(recipients: list[Recipient]) -> list[Recipient]:
    """One entry per recipient: an address named twice (a summary and a transcript, or the
    text and the HTML part) is one recipient; and a notice that gives the error in one place
    and the address in another ("Error: 550 no such user" ... "RCPT TO: x@example.com")
    describes one failure."""
    folded: list[Recipient] = []
    by_address: dict[str, Recipient] = {}
    for recipient in recipients:
        key = recipient.address.lower() if recipient.address else None
        first = by_address.get(key) if key else None
        if first is None:
            folded.append(recipient)
            if key:
                by_address[key] = recipient
            continue
        first.reply_code = first.reply_code or recipient.reply_code
        first.enhanced_code = first.enhanced_code or recipient.enhanced_code
        first.diagnostic = first.diagnostic or recipient.diagnostic
        first.remote_mta = first.remote_mta or recipient.remote_mta
        first.command = first.command or recipient.command
    coded_unnamed = [r for r in folded if r.address is None and _failure_code(r)]
    named_uncoded = [r for r in folded if r.address and not _failure_code(r)]
    if len(coded_unnamed) == 1 and len(named_uncoded) == 1 and len(folded) == 2:
        coded_unnamed[0].address = named_uncoded[0].address
        folded.remove(named_uncoded[0])
    return folded


def _failure_code(recipient: Recipient) -> bool:
    return any(code and code[0] in "45" for code in (recipient.reply_code,
                                                     recipient.enhanced_code))


def from_mail_system(parsed: ParsedMessage) -> bool:
    return bool(parsed.dsn_message_fields) or is_mail_system(parsed.headers.get("from", ""))


def _line_span(text: str, hit: CodeHit) -> Span | None:
    if hit.span is None:
        return None
    start = text.rfind("\n", 0, hit.span.start) + 1
    end = text.find("\n", hit.span.end)
    return Span(start, end if end != -1 else len(text))


def _entry_for(address: str | None, entries: list[tuple[NoticeEntry, Segment]]
               ) -> tuple[NoticeEntry, Segment] | None:
    if address:
        for entry, segment in entries:
            if entry.address and entry.address.lower() == address.lower():
                return entry, segment
    if len(entries) == 1 and entries[0][0].address is None:
        return entries[0]
    return None


def _from_dsn(fields: dict[str, str], offset: int | None) -> Recipient:
    address = _dsn_address(fields)
    diagnostic = fields.get("diagnostic-code")
    diagnostic_type = None
    if diagnostic:
        typed = STRIP_TYPE.match(diagnostic)
        diagnostic_type = typed.group(0).strip(" ;\t").lower() if typed else None
        diagnostic = STRIP_TYPE.sub("", diagnostic)[:MAX_FIELD_DIAGNOSTIC]
    recipient = Recipient(
        address=address,
        diagnostic=diagnostic or None,
        remote_mta=STRIP_TYPE.sub("", fields["remote-mta"]) if fields.get("remote-mta") else None,
        action=(fields.get("action") or "").strip().lower() or None,
        diagnostic_type=diagnostic_type,
    )
    status = (fields.get("status") or "").strip()
    status_code = status.split()[0] if status else ""
    if valid_enhanced(status_code):
        recipient.enhanced_code = status_code
    if diagnostic:
        _codes_from_text(recipient, diagnostic)
    if diagnostic:
        # The remote server's own code (in its reply) is more telling than the reporting
        # server's summary in Status, unless it is the vaguer of the two.
        in_reply = [c.code for c in find_enhanced(diagnostic)]
        specific = [c for c in in_reply if not c.endswith(".0")]
        best = (specific or in_reply or [""])[0]
        status_vague = not recipient.enhanced_code or recipient.enhanced_code.endswith(".0")
        if best and (specific or status_vague):
            recipient.enhanced_code = best
    return recipient


def _codes_from_text(recipient: Recipient, text: str) -> None:
    codes = [c for c in find_codes(text) if c.valid]
    # A failure code before any other: a greeting ("220-mx.example.com 421 ...") or a
    # transcript's closing "221 Bye" is not what went wrong.
    codes.sort(key=lambda c: c.code[0] not in "45")
    if recipient.reply_code is None:
        recipient.reply_code = next((c.code for c in codes if c.kind == "reply"), None)
    if recipient.enhanced_code is None:
        recipient.enhanced_code = next((c.code for c in codes if c.kind == "enhanced"), None)


def _merge_entry(recipient: Recipient, entry: NoticeEntry, segment: Segment) -> None:
    if not recipient.diagnostic and entry.diagnostic:
        recipient.diagnostic = entry.diagnostic
    if segment.offset is not None and recipient.diagnostic == entry.diagnostic:
        recipient.diagnostic_span = Span(segment.offset + entry.start, segment.offset + entry.end)
    for code in sorted(entry.codes, key=lambda c: c.code[0] not in "45"):
        if code.kind == "reply" and recipient.reply_code is None:
            recipient.reply_code = code.code
        if code.kind == "enhanced" and (
            recipient.enhanced_code is None
            or recipient.enhanced_code.endswith(".0.0") and not code.code.endswith(".0.0")
        ):
            recipient.enhanced_code = code.code
    recipient.remote_mta = recipient.remote_mta or entry.remote_mta
    recipient.command = recipient.command or entry.command
