"""The MIME structure of an email, split as the standard library's parser splits it.

``email.feedparser`` reads a message line by line in Python code: that was most of the time a
bounce took to read, and importing ``email`` was a fifth of every start. A bounce needs little
of it: the header blocks, the tree of parts and each leaf's text. This module splits a message
the same way (the same header lines, boundary lines, parts and part texts as the compat32
parser; ``tests/core/test_mimetree.py`` compares the two on the corpus and on generated
messages) but finds boundaries with ``str.find`` and keeps each part as positions in the text.
Decoding a transfer encoding and RFC 2231 parameters is left to ``email``, imported only when a
message needs it.

The rules followed, each as the standard parser applies them:

- a header block ends at a blank line (consumed) or at the first line that is not a header
  (which starts the body); lines end at CR LF, CR or LF;
- a multipart's parts are separated by lines starting with ``--`` and the boundary; delimiter
  lines that follow each other are all skipped; a part's text loses the line end before the
  next delimiter; without a delimiter the multipart's body is its text;
- ``message/delivery-status`` is a list of field blocks separated by blank lines; any other
  ``message/*`` holds one message; parts of ``multipart/digest`` default to
  ``message/rfc822``.
"""

from __future__ import annotations

import re

# A header line as the standard parser recognises one (its ``headerRE``): printable ASCII
# other than space and colon before the colon, a continuation, or an mbox "From " line.
_HEADER_LINE = re.compile(r"From |[!-9;-~]*:|[\t ]")
_LINE_END = re.compile(r"\r\n|\r|\n")
# One header with its continuation lines: the name, and the value after the colon's spaces,
# continuation lines as written, without the last line end (compat32's value).
_FIELD = re.compile(r"([!-9;-~]+):[ \t]*([^\r\n]*(?:(?:\r\n|\r|\n)[\t ][^\r\n]*)*)"
                    r"(?:\r\n|\r|\n|\Z)")
# A line end followed by a blank line: where the blank line starts (a CR of CR LF is never
# taken alone, so "\r\nx" holds no blank line).
_BEFORE_BLANK = re.compile(r"(?:\r\n|\r(?!\n)|\n)(?=[\r\n])")
_AFTER_SEPARATOR = re.compile(r"(?P<end>--)?[ \t]*(?:\r\n|\r|\n)?$")
_RFC2231_NAME = re.compile(r"\w+\*(?:[0-9]+\*?)?$", re.ASCII)
# Header values the standard library parses in time quadratic in their length: read only this
# much (the type, a boundary of at most 70 characters and a charset fit many times over).
MAX_PARAMETER_HEADER = 1000
_PARAMETER_HEADERS = ("content-type", "content-disposition")


class Entity:
    """A message or one of its parts: its headers and either its parts or its text."""

    __slots__ = ("text", "whole", "begin", "finish", "headers", "default_type", "_start", "_end",
                 "_parts", "_first", "_deferred", "_strip_pending")

    def __init__(self, text: str, begin: int, finish: int, default_type: str) -> None:
        self.text = text  # where the body is (see _Splitter.entity for when it is not ``whole``)
        self.whole = text
        self.begin, self.finish = begin, finish  # the whole entity is whole[begin:finish]
        self.headers: list[tuple[str, str]] = []  # (name, value) as written, folds kept
        self.default_type = default_type
        self._start = self._end = begin  # a leaf's text is text[start:end]
        self._parts: list[Entity] | None = None  # None for a leaf
        self._first: dict[str, str] | None = None  # lower-cased name: first value
        # A message's body inside a message/* part (a returned original, often the largest
        # part of a bounce, and rarely read past its headers) is split when first asked for:
        # (text, start, end) until then.
        self._deferred: tuple[str, int, int] | None = None
        self._strip_pending = False  # its last entity's line end goes to a delimiter

    def _settle(self) -> None:
        """Split a deferred body now, as it would have been split in its place."""
        if self._deferred is None:
            return
        text, position, end = self._deferred
        self._deferred = None
        splitter = _Splitter(text)
        splitter.last = self
        splitter.body(self, position, end)
        if self._strip_pending and splitter.last is not None:
            _give_line_end_to_delimiter(splitter.last)

    @property
    def parts(self) -> list[Entity] | None:
        """The parts (None for a leaf)."""
        self._settle()
        return self._parts

    @property
    def start(self) -> int:
        self._settle()
        return self._start

    @property
    def end(self) -> int:
        self._settle()
        return self._end

    def get(self, name: str, default: str | None = None) -> str | None:
        """The first header of this name (any case), as ``Message.get`` returns it."""
        if self._first is None:
            self._first = {}
            for header, value in reversed(self.headers):
                self._first[header.lower()] = value
        wanted = name.lower()
        found = self._first.get(wanted)
        if found is None:
            return default
        if len(found) > MAX_PARAMETER_HEADER and wanted in _PARAMETER_HEADERS:
            return found[:MAX_PARAMETER_HEADER]
        return found

    def items(self) -> list[tuple[str, str]]:
        """Every header as ``Message.items`` returns them (parameter headers cut)."""
        return [(name, value[:MAX_PARAMETER_HEADER] if name.lower() in _PARAMETER_HEADERS
                 else value) for name, value in self.headers]

    def content_type(self) -> str:
        value = self.get("content-type")
        if value is None:
            return self.default_type
        kind = value.partition(";")[0].strip().lower()
        return kind if kind.count("/") == 1 else "text/plain"

    def maintype(self) -> str:
        return self.content_type().split("/")[0]

    def content_disposition(self) -> str | None:
        value = self.get("content-disposition")
        return None if value is None else value.partition(";")[0].strip().lower()

    def param(self, name: str) -> str | None:
        """A Content-Type parameter, unquoted (``Message.get_param``)."""
        value = self.get("content-type")
        if value is None:
            return None
        pairs = _parameter_pairs(value)
        standard = _rfc2231_message(value, pairs)
        if standard is not None:
            found = standard.get_param(name)
            return found if isinstance(found, str) or found is None else str(found[2])
        wanted = name.lower()
        for index, (key, raw) in enumerate(pairs):
            if key.lower() == wanted:
                # The standard library unquotes, quotes again and unquotes once more.
                return _unquote(raw) if index == 0 else _unquote(f'"{_quote(_unquote(raw))}"')
        return None

    def boundary(self) -> str | None:
        standard = _rfc2231_message(self.get("content-type"))
        if standard is not None:
            return standard.get_boundary()
        found = self.param("boundary")
        return None if found is None else _unquote(found).rstrip()

    def charset(self) -> str | None:
        """The Content-Type charset, lower-cased; None when absent or not ASCII."""
        standard = _rfc2231_message(self.get("content-type"))
        if standard is not None:
            return standard.get_content_charset()
        found = self.param("charset")
        if found is None or not found.isascii():
            return None
        return found.lower()

    def payload(self) -> str:
        """A leaf's text as written (transfer encoding not undone)."""
        self._settle()
        return self.text[self._start : self._end]

    def decoded_payload(self) -> bytes:
        """A leaf's bytes with its transfer encoding undone (``get_payload(decode=True)``)."""
        raw = self.payload()
        try:
            data = raw.encode("ascii")
        except UnicodeError:
            data = raw.encode("raw-unicode-escape")
        encoding = (self.get("content-transfer-encoding") or "").lower()
        if encoding == "quoted-printable":
            import quopri

            return quopri.decodestring(data)
        if encoding == "base64":
            from email._encoded_words import decode_b  # type: ignore[import-not-found]

            return decode_b(b"".join(data.splitlines()))[0]
        if encoding in ("x-uuencode", "uuencode", "uue", "x-uue"):
            from email.message import _decode_uu  # type: ignore[attr-defined]

            try:
                return _decode_uu(data)
            except ValueError:
                return data
        return data

    def source(self) -> str:
        """The entity's whole text: its headers and body as written."""
        return self.whole[self.begin : self.finish]


def _parameter_pairs(value: str) -> list[tuple[str, str]]:
    """A parameterised header's pieces as (name, value) pairs; the first is the type."""
    pairs = []
    for piece in _parameter_pieces(value):
        name, equals, raw = piece.partition("=")
        pairs.append((name.strip(), raw.strip()) if equals else (piece.strip(), ""))
    return pairs


def _parameter_pieces(value: str) -> list[str]:
    """``value`` split at semicolons outside quotes, each piece's name lower-cased."""
    pieces = []
    rest = value
    while True:
        end = rest.find(";")
        # A semicolon after an odd number of unescaped quotes is inside a quoted value.
        while end > 0 and (rest.count('"', 0, end) - rest.count('\\"', 0, end)) % 2:
            end = rest.find(";", end + 1)
        piece = rest if end < 0 else rest[:end]
        name, equals, raw = piece.partition("=")
        if equals:
            piece = f"{name.strip().lower()}={raw.strip()}"
        pieces.append(piece.strip())
        if end < 0:
            return pieces
        rest = rest[end + 1 :]


def _unquote(value: str) -> str:
    if len(value) > 1:
        if value[0] == '"' and value[-1] == '"':
            return value[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if value[0] == "<" and value[-1] == ">":
            return value[1:-1]
    return value


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def _rfc2231_message(content_type: str | None,
                     pairs: list[tuple[str, str]] | None = None):  # noqa: ANN202 - see below
    """For a Content-Type with RFC 2231 parameters (split or encoded values, rare in bounces),
    a standard library ``email.message.Message`` holding only it, so that ``email`` decodes
    them; None for any other (``pairs``: its parameters, when already split)."""
    if content_type is None:
        return None
    if pairs is None:
        pairs = _parameter_pairs(content_type)
    if not any(_RFC2231_NAME.match(key) for key, _ in pairs[1:]):
        return None
    from email.message import Message

    message = Message()
    message.set_raw("Content-Type", content_type)
    return message


class _Splitter:
    """One message's split. ``last`` is the entity made most recently, as the standard parser
    tracks it: the line end before a delimiter is taken from that entity's text."""

    def __init__(self, text: str, headers_only: bool = False) -> None:
        self.text = text
        self.last: Entity | None = None
        self.headers_only = headers_only  # the first entity's body is left as text

    def line_end(self, position: int, end: int) -> int:
        found = _LINE_END.search(self.text, position, end)
        return found.end() if found else end

    def entity(self, position: int, end: int, default_type: str, defer: bool = False) -> Entity:
        """The entity written in text[position:end] (all of it is consumed); with ``defer``, a
        multipart or message body is split only when asked for."""
        entity = Entity(self.text, position, end, default_type)
        self.last = entity
        position, envelope = self.headers(entity, position, end)
        if envelope is not None:
            # The header block ended with an mbox "From " line: the standard parser puts that
            # line back in front of what follows the blank line, so the body is read from a
            # text of its own.
            body = _Splitter(self.text[envelope : self.line_end(envelope, end)]
                             + self.text[position:end])
            body.last = entity
            entity.text = body.text
            body.body(entity, 0, len(body.text))
            self.last = body.last
            return entity
        if defer and entity.maintype() in ("multipart", "message"):
            entity._deferred = (self.text, position, end)
            return entity
        self.body(entity, position, end)
        return entity

    def body(self, entity: Entity, position: int, end: int) -> None:
        kind = "text/plain" if self.headers_only else entity.content_type()
        self.headers_only = False
        if kind == "message/delivery-status":
            self.field_blocks(entity, position, end)
        elif kind.startswith("message/"):
            entity._parts = [self.entity(position, end, "text/plain", defer=True)]
        elif kind.startswith("multipart/"):
            self.multipart(entity, position, end)
        else:
            entity._start, entity._end = position, end

    def headers(self, entity: Entity, position: int, end: int) -> tuple[int, int | None]:
        """Read the header block at ``position``; returns where the body starts and, when the
        block ended with an mbox "From " line, where that line starts."""
        text = self.text
        # Header by header while each is an ordinary one (a name, a colon, its continuation
        # lines); the line it stops at is blank (the block's end), not a header (the body's
        # start), or one the line-by-line rules below must read.
        fields: list[tuple[str, str]] = []
        field_end = position
        while field_end < end:
            found = _FIELD.match(text, field_end, end)
            if found is None:
                break
            fields.append(found.groups())  # type: ignore[arg-type]
            field_end = found.end()
        if field_end >= end or not _HEADER_LINE.match(text, field_end, end):
            entity.headers = fields
            if field_end < end and text[field_end] in "\r\n":
                field_end = self.line_end(field_end, end)  # the blank line is consumed
            return field_end, None
        lines: list[tuple[int, int]] = []  # each header line's start and end
        while position < end:
            line_end = self.line_end(position, end)
            if not _HEADER_LINE.match(text, position, line_end):
                if text[position] in "\r\n":
                    position = line_end  # the blank line ending the block is consumed
                break
            lines.append((position, line_end))
            position = line_end
        name: str | None = None
        value: list[str] = []
        for number, (start, stop) in enumerate(lines):
            line = text[start:stop]
            if line[0] in " \t":
                if name is not None:
                    value.append(line)
                continue  # a continuation with nothing to continue is dropped
            if name is not None:
                entity.headers.append(_header(name, value))
                name, value = None, []
            if line.startswith("From "):
                if number == len(lines) - 1 and number:
                    return position, start  # a last "From " line goes back to the body
                continue  # an mbox envelope line, not a header
            colon = line.find(":")
            if colon > 0:
                name, value = line[:colon], [line]
        if name is not None:
            entity.headers.append(_header(name, value))
        return position, None

    def field_blocks(self, entity: Entity, position: int, end: int) -> None:
        """A delivery-status body: one entity per block of fields, blank lines between."""
        entity._parts = []
        text = self.text
        while True:
            if position < end and text[position] in "\r\n":
                blank = position
            else:
                found = _BEFORE_BLANK.search(text, position, end)
                blank = found.end() if found else end
            entity._parts.append(self.entity(position, blank, "text/plain"))
            if blank >= end:
                return
            position = self.line_end(blank, end)  # the blank line itself
            if position >= end:
                return

    def delimiter(self, separator: str, position: int, end: int) -> tuple[int, int, bool] | None:
        """The next delimiter line at or after ``position`` (a line start): its start, its end
        and whether it closes the multipart."""
        text = self.text
        found = position
        while True:
            found = text.find(separator, found, end)
            if found < 0:
                return None
            if found == position or text[found - 1] in "\r\n":
                line_end = self.line_end(found, end)
                match = _AFTER_SEPARATOR.match(text, found + len(separator), line_end)
                if match:
                    return found, line_end, match.group("end") is not None
            found += 1

    def multipart(self, entity: Entity, position: int, end: int) -> None:
        boundary = entity.boundary()
        if boundary is None:
            entity._start, entity._end = position, end  # no boundary: the body is text
            return
        separator = "--" + boundary
        found = self.delimiter(separator, position, end)
        if found is None or found[2]:
            # No opening delimiter: the text before any closing one is the body.
            entity._start, entity._end = position, found[0] if found else end
            return
        parts: list[Entity] = []
        entity._parts = parts
        child_type = ("message/rfc822" if entity.content_type() == "multipart/digest"
                      else "text/plain")
        while True:
            part_start = found[1]
            while self.text.startswith(separator, part_start, end):
                following = self.delimiter(separator, part_start, end)
                if following is None or following[0] != part_start:
                    break
                part_start = following[1]  # delimiter lines in a row: all skipped
            found = self.delimiter(separator, part_start, end)
            part_end = found[0] if found else end
            parts.append(self.entity(part_start, part_end, child_type))
            if self.last is not None:
                _give_line_end_to_delimiter(self.last)
            self.last = entity
            if found is None or found[2]:
                return


def _give_line_end_to_delimiter(last: Entity) -> None:
    """The line end before a delimiter belongs to the delimiter: it leaves the text of the
    entity made last (the standard parser's rule, whichever entity that is)."""
    if last._deferred is not None:
        last._strip_pending = True  # applied when the body is split
    elif last._parts is None and last.maintype() != "multipart":
        start, end = last._start, last._end
        if end - start >= 2 and last.text[end - 2 : end] == "\r\n":
            last._end = end - 2
        elif end > start and last.text[end - 1] in "\r\n":
            last._end = end - 1


def _header(name: str, lines: list[str]) -> tuple[str, str]:
    """A header as compat32 keeps it: the value after the colon, left-stripped, with its
    continuation lines as written and the last line end removed."""
    first = lines[0]
    value = first[first.find(":") + 1 :].lstrip(" \t") + "".join(lines[1:])
    return name, value.rstrip("\r\n")


def split_message(text: str, headers_only: bool = False) -> Entity:
    """The MIME tree of ``text`` (a whole message, from its first header line); with
    ``headers_only``, its header block and the rest as text."""
    return _Splitter(text, headers_only).entity(0, len(text), "text/plain")
