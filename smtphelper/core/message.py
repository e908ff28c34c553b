"""Read an email (a bounce): the pieces the rest of the core works on.

The readable notice segments (with their offset in the user's text when the text is there
verbatim), the per-recipient fields of an RFC 3464 delivery-status part, the headers of the
bounce, and what the message is (a bounce, a feedback report, an auto-reply). The returned
original message is set aside and never read for codes. The MIME structure comes from
``mimetree``, which splits a message as the standard library's parser does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from smtphelper.core.codescan import find_codes
from smtphelper.core.mimetree import Entity, split_message
from smtphelper.core.sesjson import ses_records
from smtphelper.core.textinput import (
    decode_bytes,
    decode_escape_sequences,
    text_codec,
    without_surrogates,
)

MAX_PARTS = 200  # a bounce has a handful of parts; beyond this the message is hostile
MAX_DEPTH = 20
MAX_RECIPIENTS = 500  # delivery-status records read; a real bounce names a few recipients
# The standard library's parser recurses once per nested multipart or message/* part, deep
# enough to overflow the stack (RecursionError, or a crash in a small worker-thread stack).
# Each nesting level needs a Content-Type header, so the headers are counted and the text is
# cut before the one over this limit: far more than any bounce holds.
MAX_NESTED_TYPES = 100
_NESTING_TYPE = re.compile(
    r"(?:^|[\r\n])content-type:[ \t]*(?:(?:\r\n|\r|\n)[ \t]+)*(?:multipart|message)/",
    re.IGNORECASE,
)
# RFC 2047 decoding (decode_header) is quadratic in the number of encoded words: only this
# much of a header is decoded, the rest is shown as it stands.
MAX_DECODED_HEADER = 4000
_HEADER_LINE = re.compile(r"^[!-9;-~]{1,76}:", re.ASCII)
_FROM_LINE = re.compile(r"^From \S+")
ORIGINAL_TYPES = frozenset(
    {"message/rfc822", "text/rfc822-headers", "message/rfc822-headers", "message/global",
     "message/global-headers", "message/partial"}
)
DSN_TYPES = frozenset({"message/delivery-status", "message/global-delivery-status"})


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Segment:
    """Readable text of the bounce notice; ``offset`` locates it in the user's text."""

    text: str
    offset: int | None


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class DsnRecord:
    """One per-recipient block of a delivery-status part (RFC 3464 section 2.3)."""

    fields: dict[str, str]
    offset: int | None  # where the block's text starts in the user's text, if verbatim


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class ParsedMessage:
    """What a bounce holds: its headers, notice text, delivery-status fields and original."""

    headers: dict[str, str] = field(default_factory=dict)
    segments: list[Segment] = field(default_factory=list)
    dsn_message_fields: dict[str, str] = field(default_factory=dict)
    dsn_records: list[DsnRecord] = field(default_factory=list)
    has_feedback_report: bool = False
    original_subject: str | None = None
    original_from: str | None = None
    original_to: str | None = None
    content_types: list[str] = field(default_factory=list)
    # Part of the message was left unread: more than MAX_RECIPIENTS delivery-status records,
    # MAX_PARTS parts, MAX_DEPTH levels or MAX_NESTED_TYPES nested types.
    cut_short: bool = False
    forwarded_notice: str | None = None  # a notice attached to a forwarding message, as text


def _add_record(result: ParsedMessage, fields: dict[str, str], offset: int | None) -> None:
    if len(result.dsn_records) >= MAX_RECIPIENTS:
        result.cut_short = True
        return
    result.dsn_records.append(DsnRecord(fields, offset))


def first_lines(text: str, count: int, start: int = 0, stop: int | None = None) -> list[str]:
    """``text[start:stop].splitlines(keepends=True)[:count]``, splitting only as much of the
    text as those lines need (a header block is looked for in a message's first lines; a
    pasted message can be megabytes long)."""
    stop = len(text) if stop is None else min(stop, len(text))
    size = 8192
    while True:
        lines = text[start : min(start + size, stop)].splitlines(keepends=True)
        # With a line more than wanted, the wanted ones are whole (a cut can only shorten
        # the last line, or split a CR LF into two line ends).
        if len(lines) > count or start + size >= stop:
            return lines[:count]
        size *= 4


def _with_header_end(text: str) -> str:
    """The message with a blank line after its header block where a paste lost it: the
    standard parser would otherwise read the notice's first line as a broken header."""
    position = 0
    seen = 0
    for line in first_lines(text, 200):
        if not line.strip():
            return text
        if line[:1] in " \t" and seen:
            position += len(line)
            continue
        if not _HEADER_LINE.match(line) and not (seen == 0 and _FROM_LINE.match(line)):
            return text[:position] + "\n" + text[position:] if seen >= 2 else text
        seen += 1
        position += len(line)
    return text


def _bounded_nesting(body: str) -> str:
    """``body`` cut before its ``MAX_NESTED_TYPES + 1``-th multipart or message/* header."""
    if body.lower().count("content-type") <= MAX_NESTED_TYPES:
        return body  # too few Content-Type headers of any kind (counting them is cheap)
    for count, match in enumerate(_NESTING_TYPE.finditer(body), 1):
        if count > MAX_NESTED_TYPES:
            return body[: match.start()]
    return body


def _nesting_cut(body: str) -> tuple[str, bool]:
    """``_bounded_nesting(body)`` and whether it cut anything."""
    bounded = _bounded_nesting(body)
    return bounded, len(bounded) < len(body)


# Header names that only a message's own header block has (not a delivery-status part's).
_MESSAGE_HEADERS = frozenset(
    {"from", "to", "subject", "date", "sent", "cc", "reply-to", "received", "return-path",
     "message-id", "mime-version", "content-type", "delivered-to", "x-failed-recipients"})
_EMBEDDED_SEARCH_LINES = 60  # how far into a paste a copied header block is looked for


def email_start(text: str) -> int | None:
    """Where an email's header block starts in ``text``: 0 for a whole message, later for a
    paste with the person's own words above the copied headers, None for no header block.

    People copy headers without the blank line that ends them (the notice's first line then
    follows "To:" directly), so a block also ends at the first line that is not a header."""
    offset = len(text) - len(text.lstrip("\r\n"))
    lines = first_lines(text, _EMBEDDED_SEARCH_LINES, offset, offset + 200_000)
    if lines and _FROM_LINE.match(lines[0]) and _header_block(lines[1:]):
        return offset
    position = offset
    for index, line in enumerate(lines):
        if _header_block(lines[index:]):
            return position if _only_prose(text[offset:position]) else None
        position += len(line)
    return None


_PREAMBLE_LINES = 8


def _only_prose(preamble: str) -> bool:
    """Whether what stands above a header block is a person's few words ("Hi, I got this:"),
    not a notice whose returned message's headers follow."""
    lines = [line for line in preamble.splitlines() if line.strip()]
    return len(lines) <= _PREAMBLE_LINES and not find_codes(preamble)


def _header_block(lines: list[str]) -> bool:
    names: list[str] = []
    for line in lines[:40]:
        if not line.strip():
            break
        if line[:1] in " \t" and names:
            continue
        match = _HEADER_LINE.match(line)
        if not match:
            break
        names.append(match.group(0)[:-1].lower())
    return len(names) >= 2 and any(name in _MESSAGE_HEADERS for name in names)


def header_text(value: object) -> str:
    """A header value as readable text (RFC 2047 words decoded; garbage tolerated)."""
    if value is None:
        return ""
    text = str(value)
    if "=?" not in text:
        return text
    head, tail = text[:MAX_DECODED_HEADER], text[MAX_DECODED_HEADER:]
    from email.header import decode_header, make_header  # only encoded words need it

    try:
        return without_surrogates(str(make_header(decode_header(head)))) + tail
    except Exception:  # noqa: BLE001 - any malformed encoded word: show it raw
        return text


def _part_text(part: Entity) -> tuple[str, bool]:
    """Decoded text of a leaf part, and whether it is the raw text verbatim."""
    if part.parts is not None:
        return "", False
    raw = part.payload()
    encoding = (part.get("content-transfer-encoding") or "").strip().lower()
    if encoding in ("", "7bit", "8bit", "binary"):
        decoded = decode_escape_sequences(raw)
        return decoded, decoded is raw
    payload = part.decoded_payload()
    codec = text_codec(part.charset() or "")
    if codec:
        try:
            return without_surrogates(payload.decode(codec, errors="replace")), False
        except (LookupError, ValueError):
            pass
    return decode_bytes(payload), False


_TAGS = re.compile(r"<[^<>]{0,2000}>")
_HIDDEN_OPEN = re.compile(r"<(script|style)\b[^>]{0,200}>", re.IGNORECASE)
_HIDDEN_CLOSE = {name: re.compile(rf"</{name}\s{{0,5}}>", re.IGNORECASE)
                 for name in ("script", "style")}
MAX_HIDDEN = 100_000  # the longest script or style element removed with its content
_BREAKS = re.compile(r"<\s{0,5}(br|/p|/div|/tr|/h\d|/li|p|div|tr|li)\b[^>]{0,200}>", re.IGNORECASE)


def _without_hidden(markup: str) -> str:
    """``markup`` without its script and style elements (their content is not text).

    The closing tag is searched for once per closing tag, not once per opening tag: with a
    lazy regex, every unclosed ``<script>`` cost a scan of the next 100,000 characters."""
    kept: list[str] = []
    position = 0
    closes: dict[str, re.Match[str] | None] = {}
    for opening in _HIDDEN_OPEN.finditer(markup):
        if opening.start() < position:
            continue  # inside an element already removed
        name = opening.group(1).lower()
        previous = closes.get(name)
        if name not in closes or (previous is not None and previous.start() < opening.end()):
            closes[name] = _HIDDEN_CLOSE[name].search(markup, opening.end())
        close = closes[name]
        if close is None or close.start() - opening.end() > MAX_HIDDEN:
            continue  # unclosed: only the tag itself goes, with the other tags
        kept.append(markup[position : opening.start()])
        position = close.end()
    kept.append(markup[position:])
    return "".join(kept)


def html_to_text(markup: str) -> str:
    """Readable text of an HTML part; nothing is loaded, links stay as their text."""
    text = _BREAKS.sub("\n", markup)
    text = _TAGS.sub("", _without_hidden(text))
    import html  # only HTML parts need it

    text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def parse_field_blocks(text: str) -> list[tuple[list[tuple[str, str]], int]]:
    """Split RFC 822-style field blocks separated by blank lines; returns (fields, offset)."""
    blocks: list[tuple[list[tuple[str, str]], int]] = []
    # Each field as its name and value pieces: continuation lines are joined once at the end
    # of the block (appending to a string line by line took quadratic time).
    current: list[tuple[str, list[str]]] = []
    block_start = 0
    position = 0

    def joined() -> list[tuple[str, str]]:
        return [(name, " ".join(pieces)) for name, pieces in current]

    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        if not stripped.strip():
            if current:
                blocks.append((joined(), block_start))
            current = []
            position += len(line)
            block_start = position
            continue
        if stripped[:1] in " \t" and current:
            current[-1][1].append(stripped.strip())
        elif ":" in stripped:
            name, _, value = stripped.partition(":")
            current.append((name.strip().lower(), [value.strip()]))
        position += len(line)
    if current:
        blocks.append((joined(), block_start))
    return blocks


# The bounce's own headers that are read, in the order they are kept.
_WANTED_HEADERS = (
    "from", "to", "subject", "date", "x-failed-recipients", "auto-submitted", "x-autoreply",
    "x-autorespond", "precedence", "content-type", "x-mailer", "received", "reply-to",
    "return-path", "x-ses-outgoing", "message-id")


def parse_message(text: str, start: int = 0) -> ParsedMessage:
    """Parse a whole email given as text (from ``start``, where its headers begin); never
    raises on malformed MIME."""
    result = ParsedMessage()
    body = text[start:]
    lead = start
    if _FROM_LINE.match(body):
        first_line = body.split("\n", 1)[0]
        body = body[len(first_line) + 1:]
        lead += len(first_line) + 1
    body = _with_header_end(body)
    bounded, result.cut_short = _nesting_cut(body)
    message = split_message(bounded)
    for name in _WANTED_HEADERS:  # the first header of each name, as Entity.get gives it
        value = message.get(name)
        if value is not None:
            result.headers[name] = header_text(value)
    search_from = lead
    parts_seen = 0

    def locate(raw: str) -> int | None:
        nonlocal search_from
        if not raw:
            return None
        found = text.find(raw[:2000], search_from)
        if found == -1:
            return None
        search_from = found + min(len(raw), 2000)
        return found

    def walk(part: Entity, depth: int) -> None:
        nonlocal parts_seen
        parts_seen += 1
        if parts_seen > MAX_PARTS or depth > MAX_DEPTH:
            result.cut_short = True  # the rest of the message is not read: say so
            return
        ctype = part.content_type()
        result.content_types.append(ctype)
        if ctype in ORIGINAL_TYPES:
            _read_original(part, result)
            return
        if ctype in DSN_TYPES:
            _read_dsn(part, result, locate)
            return
        if ctype == "message/feedback-report":
            # (Checked before the parts: MIME splits a message/* part as a message, and the
            # report's fields became that message's headers.)
            result.has_feedback_report = True
            return
        if part.parts is not None:
            for sub in part.parts:
                walk(sub, depth + 1)
            return
        if not (ctype.startswith("text/") or ctype == "application/octet-stream" and depth == 0):
            return
        if part.content_disposition() == "attachment" and not ctype.startswith("text/"):
            return  # an attached file, not the notice
        content, verbatim = _part_text(part)
        offset = locate(content) if verbatim else None
        if ctype == "text/html":
            content, offset = html_to_text(content), None
        if content.strip():
            result.segments.append(Segment(content, offset))

    walk(message, 0)
    if not result.segments and not result.dsn_records and not result.has_feedback_report:
        # Broken MIME (a boundary that never appears, a part we cannot read): fall back to the
        # body as plain text so the notice is still read.
        raw_body = message.payload() if message.parts is None else None
        if raw_body is None:
            # A multipart whose parts could not be found: read the whole body as text.
            split = re.search(r"\r?\n\r?\n", body)
            raw_body = body[split.end():] if split else ""
        if raw_body.strip():
            result.segments.append(Segment(raw_body, locate(raw_body)))
    if not result.dsn_records:
        for segment in result.segments:
            if not _read_ses_json(segment, result):
                _read_inline_dsn(segment, result)
    return result


def _read_ses_json(segment: Segment, result: ParsedMessage) -> bool:
    found = ses_records(segment.text) if segment.text.lstrip()[:1] == "{" else None
    if found is None:
        return False
    kind, records = found
    if kind == "Complaint":
        result.has_feedback_report = True
    for fields in records:
        if kind != "Complaint":
            _add_record(result, fields, None)
    segment.text = ""  # the JSON itself is not a notice to read
    return True


_INLINE_DSN_START = re.compile(r"^(?:Reporting-MTA|Final-Recipient|Original-Recipient):",
                               re.IGNORECASE | re.MULTILINE)
_INLINE_DSN_STOP = re.compile(r"^(?:--|Content-Type:\s*(?:message|text)/rfc822)",
                              re.IGNORECASE | re.MULTILINE)


def _read_inline_dsn(segment: Segment, result: ParsedMessage) -> None:
    """Delivery-status fields written in the text itself: MIME that the parser could not
    split (a broken boundary) or a server that writes the fields into its notice."""
    start = _INLINE_DSN_START.search(segment.text)
    if start is None:
        return
    stop = _INLINE_DSN_STOP.search(segment.text, start.start())
    region = segment.text[start.start() : stop.start() if stop else start.start() + 20_000]
    base = segment.offset + start.start() if segment.offset is not None else None
    for items, offset in parse_field_blocks(region):
        for fields in split_recipient_fields(items):
            if _is_recipient_block(fields):
                _add_record(result, fields, base + offset if base is not None else None)
            else:
                for name, value in fields.items():
                    result.dsn_message_fields.setdefault(name, value)
    # The notice is what stands before the fields.
    segment.text = segment.text[: start.start()]


# The names a mail system signs its notices with (in a From header, lower-cased).
MAIL_SYSTEM_NAMES = ("mailer-daemon", "mailerdaemon", "postmaster", "mail delivery",
                     "mail system")


def is_mail_system(sender: str) -> bool:
    """Whether a From header names a mail system rather than a person."""
    lowered = sender.lower()
    return any(name in lowered for name in MAIL_SYSTEM_NAMES)
_NOTICE_SUBJECT = re.compile(r"undeliver|delivery status notification|returned mail|"
                             r"delivery failure|failure notice|nelze doručit|unzustellbar",
                             re.IGNORECASE)
MAX_FORWARDED_CHARS = 2_000_000


def _is_notice_message(message: Entity) -> bool:
    ctype = message.content_type()
    report_type = (message.param("report-type") or "").lower()
    return (ctype == "multipart/report" and report_type == "delivery-status"
            or is_mail_system(header_text(message.get("from")))
            and bool(_NOTICE_SUBJECT.search(header_text(message.get("subject")))))


def _read_original(part: Entity, result: ParsedMessage) -> None:
    inner: Entity | None = None
    if part.parts:
        inner = part.parts[0]
    elif part.parts is None:
        # Only its headers are wanted: do not parse the whole original again.
        inner = split_message(part.payload()[:65536], headers_only=True)
    if inner is None:
        return
    if result.forwarded_notice is None and _is_notice_message(inner):
        # A returned-message notice forwarded as an attachment ("Fwd: Undeliverable"): kept
        # whole, so that decode can read it when the outer message is only a person's note.
        result.forwarded_notice = inner.source()[:MAX_FORWARDED_CHARS]
        return
    if result.original_subject is None and inner.get("subject"):
        result.original_subject = header_text(inner.get("subject"))
    if result.original_from is None and inner.get("from"):
        result.original_from = header_text(inner.get("from"))
    if result.original_to is None and inner.get("to"):
        result.original_to = header_text(inner.get("to"))


def _read_dsn(part: Entity, result: ParsedMessage, locate) -> None:  # noqa: ANN001
    """Per-message and per-recipient fields; the part may be parsed or left as text."""
    blocks: list[tuple[list[tuple[str, str]], int | None]] = []
    if part.parts is not None and part.content_type() == "message/global-delivery-status":
        # RFC 6533's delivery status: MIME splits any message/* part other than RFC 3464's
        # as one message, whose "headers" would be only the per-message fields; its text is
        # read as the field blocks it is.
        content = decode_escape_sequences(part.parts[0].source())
        start = locate(content)
        for items, at in parse_field_blocks(content):
            blocks.append((items, start + at if start is not None else None))
    elif part.parts is not None:
        for sub in part.parts:
            if len(blocks) > MAX_RECIPIENTS:
                result.cut_short = True
                break
            items = [(k.lower(), " ".join(decode_escape_sequences(v).split()))
                     for k, v in sub.items()]
            offset = locate(f"{sub.headers[0][0]}:") if items else None
            blocks.append((items, offset))
    else:
        content, verbatim = _part_text(part)
        base = locate(content) if verbatim else None
        for items, offset in parse_field_blocks(content):
            blocks.append((items, base + offset if base is not None else None))
    for items, offset in blocks:
        for fields in split_recipient_fields(items):
            if _is_recipient_block(fields):
                _add_record(result, fields, offset)
            else:
                for name, value in fields.items():
                    result.dsn_message_fields.setdefault(name, value)


def split_recipient_fields(items: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Split a field list into the per-message part and one dict per recipient. Some servers
    forget the blank line between recipients, so a repeated recipient field starts a new one."""
    groups: list[dict[str, str]] = [{}]
    for name, value in items:
        current = groups[-1]
        starts_recipient = name in ("final-recipient", "original-recipient")
        if starts_recipient and (name in current or (
                name == "original-recipient" and "final-recipient" in current
                and "status" in current)):
            groups.append({})
            current = groups[-1]
        elif starts_recipient and current and not _is_recipient_block(current) and (
                "reporting-mta" in current or "arrival-date" in current):
            groups.append({})
            current = groups[-1]
        current.setdefault(name, value)
    return [g for g in groups if g]


def _is_recipient_block(fields: dict[str, str]) -> bool:
    return "final-recipient" in fields or "original-recipient" in fields or (
        "status" in fields and "action" in fields
    )
