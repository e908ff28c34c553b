"""Linear-time phrase matching over bounded text.

Variant patterns are plain lower-case phrases; ``*`` inside a phrase stands for a gap of at most
``GAP`` characters. Matching is ``str.find`` on a normalised copy of the text (lower case,
runs of white space folded to one space), so no input can make it backtrack.
"""

from __future__ import annotations

from dataclasses import dataclass

GAP = 80  # the longest gap a "*" may stand for, in characters
MAX_TRIES = 64  # how many occurrences of a phrase's first piece are tried before giving up


@dataclass(frozen=True)
class NormalisedText:
    """A lower-cased, white-space-folded copy of a text, with a map back to the original."""

    text: str
    origin: tuple[int, ...]  # origin[i] = offset in the original text of self.text[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        if start >= len(self.origin):
            return (self.origin[-1] + 1, self.origin[-1] + 1) if self.origin else (0, 0)
        return self.origin[start], self.origin[max(start, end - 1)] + 1


def normalise(text: str) -> NormalisedText:
    chars: list[str] = []
    origin: list[int] = []
    in_space = True  # drop leading white space
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origin.append(index)
                in_space = True
            continue
        in_space = False
        lowered = char.lower()
        # A few characters lower-case to two (e.g. "İ"); keep one so offsets stay aligned.
        chars.append(lowered if len(lowered) == 1 else char)
        origin.append(index)
    return NormalisedText("".join(chars), tuple(origin))


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
