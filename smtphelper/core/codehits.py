"""Every SMTP code in a decoded message, with where it stands: for the curious, for the code
tiles, and for a pasted line that is nothing but a code or two."""

from __future__ import annotations

import re

from smtphelper.core.codescan import FoundCode, find_codes, find_enhanced, valid_enhanced
from smtphelper.core.message import ParsedMessage, Segment
from smtphelper.core.model import CodeHit, CodeKind, Span
from smtphelper.core.notice import notice_end

_LOOSE_CODE = re.compile(r"(?<![\w.])(?:[0-9][0-9A-Za-z]{2}|\d{1,2}\.\d{1,3}\.\d{1,3}(?:\.\d+)?)"
                         r"(?![\w.])")
MAX_CODES = 500  # codes listed for the curious; a hostile paste could hold millions
# A delivery-status field stands in its recipient's block, near the block's start: searching
# further for a value that is not there verbatim (it was folded) would read the whole text
# once per recipient.
_FIELD_WINDOW = 20_000


def code_hits(parsed: ParsedMessage, text: str) -> list[CodeHit]:
    hits: list[CodeHit] = []
    for segment in parsed.segments:
        notice = segment.text[: notice_end(segment.text)]
        for found in find_codes(notice):
            hits.append(_hit(found, segment, notice))
            if len(hits) >= MAX_CODES:
                return hits
    for record in parsed.dsn_records:
        for name in ("status", "diagnostic-code"):
            value = record.fields.get(name, "")
            for found in find_codes(value):
                span = None
                if record.offset is not None:
                    where = text.find(value, record.offset,
                                      record.offset + _FIELD_WINDOW + len(value))
                    if where != -1:
                        span = Span(where + found.start, where + found.end)
                hits.append(CodeHit(found.code, found.kind, found.valid, span, value[:300]))
    if not parsed.dsn_records and len(text.strip()) <= 200:
        hits = _short_input_codes(text) or hits
    return hits[:MAX_CODES]


def _hit(found: FoundCode, segment: Segment, notice: str) -> CodeHit:
    line_start = notice.rfind("\n", 0, found.start) + 1
    line_end = notice.find("\n", found.end)
    line = notice[line_start : line_end if line_end != -1 else len(notice)].strip()[:300]
    span = None
    if segment.offset is not None:
        span = Span(segment.offset + found.start, segment.offset + found.end)
    return CodeHit(found.code, found.kind, found.valid, span, line)


def _short_input_codes(text: str) -> list[CodeHit]:
    """A typed code or two: report malformed ones too (``650``, ``5.9.1``, ``55O``)."""
    hits = []
    found = {c.start: c for c in find_codes(text) + find_enhanced(text, include_invalid=True)}
    for match in _LOOSE_CODE.finditer(text):
        token = match.group(0)
        if match.start() in found:
            continue
        digits = sum(ch.isdigit() for ch in token)
        if "." in token or (digits >= 2 and len(token) == 3):
            kind: CodeKind = "enhanced" if "." in token else "reply"
            found[match.start()] = FoundCode(token, kind, False, match.start(), match.end())
    line = text.strip()
    for code in sorted(found.values(), key=lambda c: c.start):
        valid = code.valid and (valid_enhanced(code.code) if code.kind == "enhanced" else True)
        hits.append(CodeHit(code.code, code.kind, valid, Span(code.start, code.end), line))
    return hits


