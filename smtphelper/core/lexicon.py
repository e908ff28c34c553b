"""The cause lexicon (``resources/lexicon.toml``): short word families per cause, matched on
word boundaries over a server's words. The second tier of cause recognition, after the
variants and before the status codes.

Matching is ``str.find`` over a lower-cased, white-space-folded copy of the text with a bounded
number of tries per phrase, so its cost stays linear in the text's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from smtphelper.core.resources import is_validated, load_toml, mark_validated
from smtphelper.core.textmatch import PieceIndex, normalise_phrase
from smtphelper.core.variants import checker_hash, matching_text

GAP = 40  # the longest gap a "*" between words may stand for, in characters
MAX_TRIES = 64  # occurrences of a phrase's first piece tried before giving up
# From here on (CJK punctuation, kana, ideographs, Hangul) words are not separated by spaces.
_UNSPACED_SCRIPTS = 0x3000


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Phrase:
    """One lexicon phrase: its pieces (a ``*`` gap between each), and if its last word is a stem."""

    pieces: tuple[str, ...]
    stem: bool  # the last word may continue ("blacklist*" matches "blacklisted")



@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Family:
    """A word family naming one cause, with the contexts and SMTP stages it holds in."""

    reason: str
    words: tuple[Phrase, ...]
    unless: tuple[Phrase, ...]
    commands: frozenset[str]  # empty: any stage
    not_commands: frozenset[str]
    when: str | None  # "permanent", "temporary" or None for both
    weak: bool  # the status code's meaning, when there is one, is trusted more


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class LexiconHit:
    """The family a text's words belong to: its cause, the matched words and where they stand."""

    reason: str
    evidence: tuple[tuple[int, int], ...]  # spans in the text that was searched
    words: tuple[str, ...]
    weak: bool


def parse_phrase(raw: str) -> Phrase:
    text = normalise_phrase(raw)
    stem = text.endswith("*")
    pieces = tuple(p.strip() for p in text.rstrip("*").split("*") if p.strip())
    return Phrase(pieces, stem)


@cache
def load_families() -> tuple[Family, ...]:
    data = load_toml("lexicon.toml")
    # A contributor's slip is named, not a KeyError; data that passed the same checks byte
    # for byte in an earlier run is not checked again (as the variants).
    checker = checker_hash()
    mark = None if checker is None else f"{checker}-lexicon"
    if mark is None or not is_validated(mark):
        from smtphelper.core.validate import check_lexicon, raise_for

        raise_for(check_lexicon(data))
        if mark is not None:
            mark_validated(mark)
    families = []
    for entry in data.get("family", []):
        families.append(Family(
            reason=entry["reason"],
            words=tuple(parse_phrase(w) for w in entry["words"]),
            unless=tuple(parse_phrase(w) for w in entry.get("unless", [])),
            commands=frozenset(entry.get("commands", [])),
            not_commands=frozenset(entry.get("not_commands", [])),
            when=entry.get("when"),
            weak=bool(entry.get("weak", False)),
        ))
    return tuple(families)


def _bounded(text: str, start: int, end: int, stem: bool) -> bool:
    """Whether ``text[start:end]`` stands on word boundaries. Scripts written without spaces
    (Chinese, Japanese) have none: a phrase in them may stand anywhere."""
    if start > 0 and text[start - 1].isalnum() and _spaced(text[start]):
        return False
    if stem or end >= len(text):
        return True
    return not (text[end].isalnum() and _spaced(text[end - 1]))


def _spaced(char: str) -> bool:
    """Whether ``char`` belongs to a script that separates words with spaces."""
    return ord(char) < _UNSPACED_SCRIPTS


def find(text: str, phrase: Phrase) -> tuple[int, int] | None:
    """Where ``phrase`` first occurs in normalised ``text`` on word boundaries, or None."""
    if not phrase.pieces:
        return None
    first, rest = phrase.pieces[0], phrase.pieces[1:]
    start = text.find(first)
    tries = 0
    while start != -1 and tries < MAX_TRIES:
        tries += 1
        end = start + len(first)
        ok = _bounded(text, start, end, phrase.stem and not rest)
        for index, piece in enumerate(rest):
            if not ok:
                break
            found = text.find(piece, end, end + GAP + len(piece) + 2)
            while found != -1 and not _bounded(text, found, found + len(piece),
                                               phrase.stem and index == len(rest) - 1):
                found = text.find(piece, found + 1, end + GAP + len(piece) + 2)
            if found == -1:
                ok = False
                break
            end = found + len(piece)
        if ok:
            if phrase.stem:  # the whole word, for the evidence shown
                while end < len(text) and text[end].isalnum():
                    end += 1
            return start, end
        start = text.find(first, start + 1)
    return None


@cache
def _first_pieces() -> tuple[PieceIndex, tuple[frozenset[str], ...]]:
    """The first piece of every family's words, indexed, and each family's set of them: a
    family none of whose first pieces occurs in a text cannot match it (``find`` starts by
    looking for the first piece), so its words are not tried."""
    firsts = tuple(frozenset(p.pieces[0] for p in family.words if p.pieces)
                   for family in load_families())
    return PieceIndex(piece for pieces in firsts for piece in pieces), firsts


@lru_cache(maxsize=64)
def match_lexicon(text: str, command: str | None = None,
                  permanent: bool | None = None) -> LexiconHit | None:
    """The first family (in the lexicon's order) whose words occur in ``text``."""
    if not text:
        return None
    normalised = matching_text(text)  # shared with the variants' matching
    haystack = normalised.text
    index, family_firsts = _first_pieces()
    present = index.present(haystack)
    for family, firsts in zip(load_families(), family_firsts, strict=True):
        if family.commands and command not in family.commands:
            continue
        if command in family.not_commands:
            continue
        if family.when == "permanent" and permanent is not True:
            continue
        if family.when == "temporary" and permanent is not False:
            continue
        if present.isdisjoint(firsts):
            continue
        spans = [span for phrase in family.words
                 if phrase.pieces and phrase.pieces[0] in present
                 and (span := find(haystack, phrase))]
        if not spans:
            continue
        if any(find(haystack, phrase) for phrase in family.unless):
            continue
        spans.sort(key=lambda s: (s[0], -s[1]))
        best = max(spans, key=lambda s: s[1] - s[0])
        original = normalised.original_span(*best)
        return LexiconHit(family.reason, (original,), (text[original[0]:original[1]],),
                          family.weak)
    return None
