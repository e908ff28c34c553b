"""Linear-time phrase matching over bounded text.

Variant patterns are plain lower-case phrases; ``*`` inside a phrase stands for a gap of at most
``GAP`` characters. Matching is ``str.find`` on a normalised copy of the text (lower case,
runs of white space folded to one space), so no input can make it backtrack.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

GAP = 80  # the longest gap a "*" may stand for, in characters
MAX_TRIES = 64  # how many occurrences of a phrase's first piece are tried before giving up


_WORD = re.compile(r"\S+")


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class NormalisedText:
    """A lower-cased, white-space-folded copy of a text that can map offsets back."""

    original: str
    text: str

    @cached_property
    def _words(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """For each word of the original: where it starts and ends in the original, and where
        it starts and ends in the normalised text. Built once, so that mapping a span back
        costs a binary search, not a walk over every word (once per recipient)."""
        starts, lengths, positions, ends = [], [], [], []
        position = 0  # offset in the normalised text of the current word
        for word in _WORD.finditer(self.original):
            starts.append(word.start())
            lengths.append(len(word.group(0)))
            positions.append(position)
            position += len(word.group(0).lower())
            ends.append(position)
            position += 1
        return starts, lengths, positions, ends

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span in the original text covering ``[start, end)`` of the normalised text."""
        starts, lengths, positions, ends = self._words
        first = bisect_right(ends, start)  # the first word ending after ``start``
        last = bisect_left(ends, end)  # the first word ending at or after ``end``
        if last == len(ends):
            stop = len(self.original)
            if first == len(ends):
                return stop, stop
        else:
            stop = starts[last] + min(max(0, end - positions[last]), lengths[last])
        if first > last:
            return stop, stop
        return starts[first] + min(max(0, start - positions[first]), lengths[first]), stop


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


GRAM = 4  # pieces are indexed by their first four characters (fewer pieces share a key than
# with three, so fewer substring tests; the same pieces are found)


GRAM_CHUNK = 20_000  # characters per step: one step must not hold the interpreter for long


@lru_cache(maxsize=8)
def text_grams(haystack: str) -> frozenset[tuple[str, ...]]:
    """Every run of ``GRAM`` characters in ``haystack`` (as tuples: built at C speed). Cached:
    the variants and the lexicon look in the same normalised text. Built in steps of
    overlapping slices: one C call over a 2 MB paste would keep the window's thread from
    running for a quarter of a second."""
    if len(haystack) <= GRAM_CHUNK:  # one step: no set to fill and copy
        return frozenset(zip(*(haystack[i:] for i in range(GRAM)), strict=False))
    grams: set[tuple[str, ...]] = set()
    for start in range(0, max(1, len(haystack) - GRAM + 1), GRAM_CHUNK):
        piece = haystack[start : start + GRAM_CHUNK + GRAM - 1]
        grams.update(zip(*(piece[i:] for i in range(GRAM)), strict=False))
    return frozenset(grams)


class PieceIndex:
    """Many phrases' leading pieces, indexed so that finding which of them occur in a text
    costs one pass over the text plus a substring test for each piece whose first characters
    occur, instead of a search for every piece."""

    def __init__(self, pieces: Iterable[str]) -> None:
        self.by_gram: dict[tuple[str, ...], list[str]] = {}
        self.short: list[str] = []
        for piece in dict.fromkeys(pieces):
            if len(piece) >= GRAM:
                self.by_gram.setdefault(tuple(piece[:GRAM]), []).append(piece)
            elif piece:
                self.short.append(piece)

    @classmethod
    def from_parts(cls, by_gram: dict[tuple[str, ...], list[str]], short: list[str]) -> PieceIndex:
        """An index as ``by_gram`` and ``short`` of one built before describe it."""
        index = cls(())
        index.by_gram, index.short = by_gram, short
        return index

    def present(self, haystack: str) -> set[str]:
        """The pieces that occur in ``haystack``."""
        found = {piece for piece in self.short if piece in haystack}
        by_gram = self.by_gram
        for gram in text_grams(haystack) & by_gram.keys():
            for piece in by_gram[gram]:
                if piece in haystack:
                    found.add(piece)
        return found


# A case-insensitive search of a long alternation of words costs the regular-expression engine
# several times more than the same search, case-sensitive, in lower-cased text (it cannot skip
# ahead to where a first letter occurs). For ASCII text the two find exactly the same (ASCII
# letters are the only ones an ASCII text has that IGNORECASE folds, and ``str.lower`` folds
# them alike), and so for other text without the few letters that IGNORECASE folds otherwise
# (``_unsafe_letters``); text with those keeps the case-insensitive pattern. A pattern with
# an upper-case letter, or with one of the few other letters that IGNORECASE folds to an
# ASCII one (dotted and dotless i, long s, Kelvin sign), always keeps it.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_CODE_POINT_ESCAPE = re.compile(r"\\[uUxN0-7]")  # a letter written as an escape
_TWINS: dict[re.Pattern[str], _Twin | None] = {}


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class _Twin:
    """The case-sensitive twin of a pattern, and the words every match of it starts with
    (None when some alternative does not start with a plain word)."""

    pattern: re.Pattern[str]
    prefixes: tuple[str, ...] | None


def _lower_twin(pattern: re.Pattern[str]) -> _Twin | None:
    if pattern not in _TWINS:
        source = pattern.pattern
        usable = (pattern.flags & re.IGNORECASE and isinstance(source, str)
                  and not _CODE_POINT_ESCAPE.search(source)
                  and not any(ch.isupper() or ch in _FOLDS_TO_ASCII
                              for ch in _ESCAPE.sub("", source)))
        twin = None
        if usable:
            flags = pattern.flags & ~re.IGNORECASE
            twin = _Twin(re.compile(source, flags), _leading_words(source, flags))
        _TWINS[pattern] = twin
    return _TWINS[pattern]


def _leading_words(source: str, flags: int) -> tuple[str, ...] | None:
    """The literal text each alternative of ``source`` starts with: a match can only start
    where one of them occurs. None when an alternative starts otherwise (a class, an anchor,
    a repeat)."""
    if source.startswith("^"):
        return None  # anchored: it starts with no word (known without parsing it)
    try:  # the standard library's own pattern parser (CPython 3.11+)
        parser = importlib.import_module("re._parser")
        constants = importlib.import_module("re._constants")
        words = _leading(list(parser.parse(source, flags)), constants)
    except Exception:  # noqa: BLE001 - another Python's parser: no shortcut, same results
        return None
    if not words or not all(words):
        return None
    # A word that starts with another listed word adds no place to look.
    kept = sorted(set(words), key=len)
    return tuple(w for i, w in enumerate(kept) if not any(w.startswith(k) for k in kept[:i]))


def _leading(items: list[Any], constants: Any) -> list[str] | None:
    if not items:
        return None
    op, value = items[0]
    if op is constants.LITERAL:
        run = []
        for item_op, item_value in items:
            if item_op is not constants.LITERAL:
                break
            run.append(chr(item_value))
        return ["".join(run)]
    if op is constants.BRANCH:
        words: list[str] = []
        for alternative in value[1]:
            found = _leading(list(alternative), constants)
            if not found:
                return None
            words.extend(found)
        return words
    if op is constants.SUBPATTERN and not value[1] and not value[2]:
        return _leading(list(value[3]), constants)
    return None


@cache
def _unsafe_letters() -> re.Pattern[str] | None:
    """Letters whose IGNORECASE match is not their ``str.lower``: the ones the regular
    expression engine folds together beyond lower case (long s, Kelvin sign, Greek and old
    Cyrillic variants), their capitals, and the dotted capital I (whose lower case is two
    characters). Text without them may be lowered; ASCII letters are never among them (the
    patterns twinned hold none of their non-ASCII partners). None: not known here."""
    try:
        extra = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    letters = {chr(c) for c in extra} | {chr(c) for pair in extra.values() for c in pair}
    letters |= {ch for letter in list(letters) for ch in letter.upper()} | {"\u0130"}
    unsafe = sorted(ch for ch in letters if not ch.isascii())
    return re.compile("[" + "".join(re.escape(ch) for ch in unsafe) + "]")


@lru_cache(maxsize=8)
def _lower_ascii(text: str) -> str | None:
    """``text.lower()`` where a case-sensitive search in it finds what IGNORECASE finds in
    ``text``, at the same offsets; None elsewhere."""
    if text.isascii():
        return text.lower()
    unsafe = _unsafe_letters()
    if unsafe is None or unsafe.search(text):
        return None
    return text.lower()


def prepare_caseless(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern``, its case-sensitive twin made now: called where the pattern is defined, so
    that the twin is compiled while the module loads and the regular-expression cache
    (``smtphelper/regexcache.py``) keeps it between runs."""
    _lower_twin(pattern)
    _unsafe_letters()
    return pattern


def caseless_start(pattern: re.Pattern[str], text: str) -> int | None:
    """Where case-insensitive ``pattern`` first occurs in ``text`` (``pattern.search(text)``'s
    start), or None; faster for ASCII text."""
    twin = _lower_twin(pattern)
    lowered = _lower_ascii(text) if twin is not None else None
    if twin is None or lowered is None:
        found = pattern.search(text)
        return found.start() if found else None
    if twin.prefixes is None:
        found = twin.pattern.search(lowered)
        return found.start() if found else None
    # Tried only where a match can start (the regular-expression engine would try each of a
    # long alternation's words at every position): the earliest place a match starts.
    best: int | None = None
    for word in twin.prefixes:
        at = lowered.find(word)
        while at != -1 and (best is None or at < best):
            if twin.pattern.match(lowered, at):
                best = at
                break
            at = lowered.find(word, at + 1)
    return best


_LEADS: dict[re.Pattern[str], tuple[str, ...] | None] = {}
MAX_LEAD_TRIES = 64  # matches tried at leading words before a plain search is cheaper
MIN_LEAD_TEXT = 320  # a shorter text (a line, a reply) is searched faster by the engine itself


def quick_search(pattern: re.Pattern[str], text: str) -> bool:
    """``bool(pattern.search(text))`` for a long alternation of phrases: the engine would try
    each alternative at every place in the text; here each phrase's leading word is found
    with ``str.find`` and the pattern tried only there. A text where the leading words occur
    often (a hostile paste of "no no no") gets the plain search after ``MAX_LEAD_TRIES``."""
    if len(text) < MIN_LEAD_TEXT:
        return pattern.search(text) is not None
    if pattern not in _LEADS:
        _LEADS[pattern] = _leading_words(pattern.pattern, pattern.flags)
    words = _LEADS[pattern]
    if words is None:
        return pattern.search(text) is not None
    tries = 0
    for word in words:
        at = text.find(word)
        while at != -1:
            if pattern.match(text, at):
                return True
            tries += 1
            if tries > MAX_LEAD_TRIES:
                return pattern.search(text) is not None
            at = text.find(word, at + 1)
    return False


def caseless_search(pattern: re.Pattern[str], text: str) -> bool:
    """Whether case-insensitive ``pattern`` occurs in ``text``: ``bool(pattern.search(text))``,
    faster for ASCII text."""
    return caseless_start(pattern, text) is not None
