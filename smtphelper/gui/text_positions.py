"""Map character offsets in ``Report.text`` to cursor positions in the paste field.

The field is a ``QPlainTextEdit``: it stores line breaks ("\\r\\n", "\\r") as one character and
counts positions in UTF-16 code units, so an emoji takes two. Python offsets count code points
and keep "\\r\\n" as two characters. This module converts between the two, for the part of the
text that the field shows.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from smtphelper.core.model import Span

_CRLF = re.compile(r"\r\n")
_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")


class PositionMap:
    """Offsets in ``text`` (as decoded) to positions in a document showing ``text[:shown]``."""

    def __init__(self, text: str, shown: int | None = None) -> None:
        self.shown = len(text) if shown is None else min(shown, len(text))
        visible = text[: self.shown]
        # Offsets of the "\r" of each "\r\n": Qt drops it, so later positions move left.
        self._dropped = [m.start() for m in _CRLF.finditer(visible)]
        # Offsets of characters outside the BMP: Qt counts two positions, so later ones move right.
        self._wide = [m.start() for m in _ASTRAL.finditer(visible)]

    def position(self, offset: int) -> int:
        offset = max(0, min(offset, self.shown))
        return offset - bisect_left(self._dropped, offset) + bisect_left(self._wide, offset)

    def span(self, span: Span) -> tuple[int, int] | None:
        """Field positions of ``span``, or None when it lies outside the shown text."""
        if span.start >= self.shown or span.end <= span.start:
            return None
        return self.position(span.start), self.position(min(span.end, self.shown))
