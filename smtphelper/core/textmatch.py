"""Linear-time phrase matching over bounded text.

Variant patterns are plain lower-case phrases; ``*`` inside a phrase stands for a gap of at most
``GAP`` characters. Matching is ``str.find`` on a normalised copy of the text (lower case,
runs of white space folded to one space), so no input can make it backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

GAP = 80  # the longest gap a "*" may stand for, in characters
MAX_TRIES = 64  # how many occurrences of a phrase's first piece are tried before giving up


_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class NormalisedText:
    """A lower-cased, white-space-folded copy of a text that can map offsets back."""

    original: str
    text: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text covering ``[start, end)`` of the normalised text."""
        position = 0  # offset in the normalised text of the current word
        begin = None
        for word in _WORD.finditer(self.original):
            length = len(word.group(0).lower())
            word_end = position + length
            if begin is None and start < word_end:
                begin = word.start() + min(max(0, start - position), len(word.group(0)))
            if end <= word_end:
                stop = word.start() + min(max(0, end - position), len(word.group(0)))
                return begin if begin is not None else stop, stop
            position = word_end + 1
        stop = len(self.original)
        return (begin if begin is not None else stop), stop


def normalise(text: str) -> NormalisedText:
    return NormalisedText(text, " ".join(text.lower().split()))


def normalise_phrase(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def find_phrase(haystack: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` (already normalised, may contain ``*`` gaps) first occurs, or None."""
    pieces = [piece.strip() for piece in phrase.split("*")]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return None
    first = pieces[0]
    start = haystack.find(first)
    tries = 0
    while start != -1 and tries < MAX_TRIES:
        tries += 1
        end = start + len(first)
        for piece in pieces[1:]:
            window_end = end + GAP + len(piece) + 2
            found = haystack.find(piece, end, window_end)
            if found == -1:
                break
            end = found + len(piece)
        else:
            return start, end
        start = haystack.find(first, start + 1)
    return None
