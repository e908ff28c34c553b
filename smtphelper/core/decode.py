"""``decode``: from whatever the user pasted to a ``Report``. A pure function, no Qt, no I/O."""

from __future__ import annotations

import re

from smtphelper.core import classify
from smtphelper.core.codehits import code_hits
from smtphelper.core.codescan import find_codes
from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.message import (
    MAIL_SYSTEM_NAMES,
    MAX_RECIPIENTS,
    ParsedMessage,
    Segment,
    email_start,
    parse_message,
)
from smtphelper.core.model import Report
from smtphelper.core.notice import ADDRESS, notice_end
from smtphelper.core.recipients import STRIP_TYPE, build_recipients, from_mail_system
from smtphelper.core.textinput import MAX_ANALYSED_CHARS, read_input
from smtphelper.regexcache import seal

CONTEXT = "decode"
MAX_FORWARD_SEARCH = 200_000  # how far into a message a forwarded notice is looked for
NOTE_TRUNCATED = QT_TRANSLATE_NOOP(
    "decode",
    "This is much longer than a bounce message, so only its beginning was read.",
)
NOTE_BINARY = QT_TRANSLATE_NOOP(
    "decode",
    "This is not an email message (it looks like this kind of file: {kind}). Open the bounce "
    "email itself (an .eml file) or copy its text and paste it here.",
)


def decode(data: str | bytes, source: str = "-", tr: Translate = no_translation) -> Report:
    """Read a bounce (or a server line, or a bare code) and explain it."""
    seal()  # no regular expression built from this text is kept on disk
    given = read_input(data)
    if given.binary_kind:
        return Report(source, "binary", given.text if isinstance(data, str) else "",
                      notes=[tr(CONTEXT, NOTE_BINARY).format(kind=tr(CONTEXT, given.binary_kind))])
    text = given.text
    report = Report(source, "empty", text, truncated=given.truncated)
    if not text.strip():
        return report
    if given.truncated:
        report.notes.append(tr(CONTEXT, NOTE_TRUNCATED))
    analysed = text[:MAX_ANALYSED_CHARS]
    start = email_start(analysed)
    if start is not None:
        parsed = parse_message(analysed, start)
        inline = None if _speaks_as_notice(parsed) else _forwarded_inline(analysed, start)
        if inline is not None:
            # Someone forwarded the notice in the body ("---- Forwarded message ----" and the
            # notice's own headers): the notice is what to read, where it stands.
            parsed = parse_message(analysed, inline)
        elif parsed.forwarded_notice and not _speaks_as_notice(parsed):
            # Someone forwarded the notice as an attachment: the notice is what to read.
            parsed = parse_message(parsed.forwarded_notice)
            for segment in parsed.segments:
                segment.offset = None  # its text is re-assembled, not the user's own
            for record in parsed.dsn_records:
                record.offset = None
    else:
        parsed = ParsedMessage(segments=[Segment(analysed, 0)])
    _fill_headers(report, parsed)
    report.codes = code_hits(parsed, analysed)
    report.recipients = build_recipients(parsed, analysed, report)
    if parsed.cut_short or len(report.recipients) > MAX_RECIPIENTS:
        # Thousands of recipients (a long X-Failed-Recipients or delivery-status part): the
        # first ones are explained, as with any input too long to read whole.
        del report.recipients[MAX_RECIPIENTS:]
        if not report.truncated:
            report.truncated = True
            report.notes.append(tr(CONTEXT, NOTE_TRUNCATED))
    classify.finish(report, parsed, tr)
    return report


_FORWARD_MARKER = re.compile(r"^[ \t>-]*(?:-{3,}|_{3,})?\s*(?:forwarded message|weitergeleitete "
                             r"nachricht|message transféré|přeposlaná zpráva|mensaje reenviado)"
                             r"[ \t-]*$|^[ \t>]*begin forwarded message:?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
_MAIL_SYSTEM_FROM = re.compile(r"^[ \t>]*(?:from|od|von|de):[^\n]{0,200}?(?:"
                               + "|".join(map(re.escape, MAIL_SYSTEM_NAMES)) + ")",
                               re.IGNORECASE | re.MULTILINE)


def _forwarded_inline(text: str, start: int) -> int | None:
    """Where the headers of a notice forwarded in a message's body start, if it holds one: a
    forward marker, then within a few lines a "From:" line naming a mail system."""
    marker = _FORWARD_MARKER.search(text, start, start + MAX_FORWARD_SEARCH)
    if marker is None:
        return None
    sender = _MAIL_SYSTEM_FROM.search(text, marker.end(), marker.end() + 400)
    return sender.start() if sender is not None else None


def _speaks_as_notice(parsed: ParsedMessage) -> bool:
    """Whether a message is itself a notice (not a person forwarding one)."""
    return bool(parsed.dsn_records) or from_mail_system(parsed) or any(
        c.valid and c.code[0] in "45" for s in parsed.segments
        for c in find_codes(s.text[: notice_end(s.text)]))


def _fill_headers(report: Report, parsed: ParsedMessage) -> None:
    headers = parsed.headers
    report.subject = parsed.original_subject or None
    report.date = headers.get("date") or None
    sender = headers.get("to") or parsed.original_from
    match = ADDRESS.search(sender or "")
    report.sender = match.group(0) if match else None
    reporting = parsed.dsn_message_fields.get("reporting-mta")
    report.reporting_mta = STRIP_TYPE.sub("", reporting) if reporting else None
    if not report.reporting_mta:
        from_header = headers.get("from", "")
        domain = ADDRESS.search(from_header)
        report.reporting_mta = domain.group(0).split("@", 1)[1] if domain else None


