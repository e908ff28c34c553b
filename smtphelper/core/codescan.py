"""Find SMTP reply codes and enhanced status codes in text.

Every pattern here is a fixed-shape token with bounded repeats and no nested quantifiers, so a
scan is linear in the length of the text whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from smtphelper.core.model import CodeKind

# Both patterns start with the digit and look behind it from there ("(?<!x)\d" written as
# "\d(?<!x\d)"): a pattern that starts with a character class is scanned for that class
# quickly, one that starts with a look-behind is tried at every position (twice as slow).
# Enhanced status code: class.subject.detail, not part of a longer dotted number (an IP address
# or version) and not glued to letters.
ENHANCED = re.compile(r"(\d)(?<![\w.]\d)\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
# Reply code: three digits standing where servers put them: at the start of a line or after
# a quote, bracket, colon or "said"/"<<<", and followed by a space, "-" or the line end.
REPLY = re.compile(r"\d(?<![\w.,/#@=+-]\d)\d\d(?=[ \t-]|$|[\"'),;:\]]|\.(?!\d))", re.MULTILINE)
# A text's first codes are read, no more: a bounce names a few, a hostile paste millions
# ("550 " a million times took seconds to scan whole, though only the first codes are used).
MAX_CODES_READ = 1000
# Code-shaped numbers looked at per text: "550 550 550 ..." holds a million that are not codes
# (a number in a row of numbers is no reply), each costing a look at its neighbours.
MAX_CANDIDATES = 5000


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class FoundCode:
    """A code found in text: the code, its kind, whether the standards define it, and where."""

    code: str
    kind: CodeKind  # "reply" or "enhanced"
    valid: bool
    start: int
    end: int


def valid_enhanced(code: str) -> bool:
    parts = code.split(".")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return False
    klass, subject, detail = parts
    if klass not in ("2", "4", "5"):
        return False
    if len(subject) > 1 and subject.startswith("0") or len(detail) > 1 and detail.startswith("0"):
        return False
    return int(subject) <= 7 and int(detail) <= 999


def valid_reply(code: str) -> bool:
    return (
        len(code) == 3
        and code.isdigit()
        and code[0] in "2345"
        and code[1] in "012345"
    )


def find_enhanced(text: str, offset: int = 0, include_invalid: bool = False) -> list[FoundCode]:
    """Enhanced codes in ``text``. Invalid ones (``5.9.1``) only when asked: in running text a
    dotted triple that is not a status is usually a version number."""
    return list(islice(_iter_enhanced(text, offset, include_invalid), MAX_CODES_READ))


def _iter_enhanced(text: str, offset: int = 0,
                   include_invalid: bool = False) -> Iterator[FoundCode]:
    for m in islice(ENHANCED.finditer(text), MAX_CANDIDATES):
        code = m.group(0)
        valid = valid_enhanced(code)
        if valid or include_invalid:
            yield FoundCode(code, "enhanced", valid, m.start() + offset, m.end() + offset)


_DIGIT = re.compile(r"\d")
_STRONG_BEFORE = re.compile(r"(?:[:\[('\"]|<<<)\s{0,3}$")
_REPLY_CONTEXT = re.compile(r"(?:^|[\s\"'(\[<:>]|said:?|reply:?)$", re.IGNORECASE)


def find_replies(text: str, offset: int = 0) -> list[FoundCode]:
    """Reply codes in server-like positions; an invalid code is reported only next to an
    enhanced code or alone on a line (where a person typed it)."""
    return list(islice(_iter_replies(text, offset), MAX_CODES_READ))


def _iter_replies(text: str, offset: int = 0) -> Iterator[FoundCode]:
    for m in islice(REPLY.finditer(text), MAX_CANDIDATES):
        code = m.group(0)
        before = text[max(0, m.start() - 8) : m.start()]
        if not _REPLY_CONTEXT.search(before):
            continue
        valid = valid_reply(code)
        after = text[m.end() : m.end() + 12]
        window = max(0, m.start() - 40)  # bounded look-back keeps the scan linear
        line_start = text.rfind("\n", window, m.start()) + 1
        if line_start == 0 and window > 0:
            line_start = window
        at_line_start = line_start != window and not text[line_start : m.start()].strip(" \t>")
        if line_start == 0 and window == 0:
            at_line_start = not text[: m.start()].strip(" \t>")
        # After a colon or bracket only an error code counts: "Size (in bytes): 222" is not
        # a reply, "said: 550 ..." is.
        strong = at_line_start or (code[0] in "45" and _STRONG_BEFORE.search(before))
        if valid and strong and after[:1] in (" ", "-", "", "\r", "\n", ",", "]", "'", '"'):
            pass
        elif valid:
            # A bare number in prose ("send 250 messages") is not a reply: want a code-like
            # follower (an enhanced code, a dash continuation, upper-case text, or line end).
            if not _looks_like_reply_tail(after):
                continue
        else:
            if not (ENHANCED.match(after.lstrip(" -")) or after.strip() == ""):
                continue
        yield FoundCode(code, "reply", valid, m.start() + offset, m.end() + offset)


def _looks_like_reply_tail(after: str) -> bool:
    if after == "" or after[0] in "\r\n\"')];,":
        return True
    if after[0] == "-":
        return True
    rest = after[1:].lstrip()
    if not rest:
        return True
    if rest[0].isdigit() and ENHANCED.match(rest):
        return True
    return rest[0].isupper() or rest[0] in "<[#(\"'"


def find_codes(text: str, offset: int = 0) -> list[FoundCode]:
    """The first ``MAX_CODES_READ`` codes in ``text``, in order. Each scan stops after its
    first ``MAX_CODES_READ`` codes (or ``MAX_CANDIDATES`` code-shaped numbers), so a text
    holding millions of codes is read only as far as its first ones. A message asks about the
    same texts several times (a notice, its paragraphs, a reply): the last few short texts'
    codes are kept."""
    if len(text) > MAX_KEPT_TEXT:
        return _codes_in(text, offset)
    return list(_kept_codes_in(text, offset))


MAX_KEPT_TEXT = 20_000  # longer texts are not kept (a pasted megabyte would stay in memory)


@lru_cache(maxsize=32)
def _kept_codes_in(text: str, offset: int) -> tuple[FoundCode, ...]:
    return tuple(_codes_in(text, offset))


def _codes_in(text: str, offset: int) -> list[FoundCode]:
    if not _DIGIT.search(text):
        return []  # prose without a digit (nearly half the texts asked about): no scans
    codes = find_enhanced(text, offset) + find_replies(text, offset)
    codes.sort(key=lambda c: c.start)
    return codes[:MAX_CODES_READ]
