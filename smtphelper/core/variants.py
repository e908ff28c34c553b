"""The variant knowledge base (``resources/variants/*.toml``) and matching against it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from smtphelper.core.resources import (
    code_hash,
    derived,
    is_validated,
    load_toml,
    mark_validated,
    resources_dir,
)
from smtphelper.core.textmatch import (
    NormalisedText,
    PieceIndex,
    find_phrase,
    normalise,
    normalise_phrase,
)

# Placeholders a variant's request sentence may use; each must sit inside an optional
# "[ ... ]" segment unless it is always known (none is), so that a missing fact drops the
# segment instead of leaving a hole.
PLACEHOLDERS = frozenset(
    {"sending_ip", "remote_mta", "recipient", "recipient_domain", "sender", "sender_domain",
     "blocklist"}
)
PROVIDER_BONUS = 30
CODE_BONUS = 10
EXTRA_PHRASE_BONUS = 5


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class LinkData:
    """A variant's link, as the data gives it (its title untranslated)."""

    title: str
    url: str


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Variant:
    """One known variant of an error: how to recognise it and what to tell the person."""

    id: str
    provider: str | None
    reason: str
    actor: str
    retry: str
    title: str
    explanation: str
    checklist: tuple[str, ...]
    links: tuple[LinkData, ...]
    request: str
    match: tuple[str, ...]
    also: tuple[str, ...]
    codes: tuple[str, ...]
    samples: tuple[str, ...]
    source: str


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Candidate:
    """A variant that applies to a text, with its score and the words that prove it."""

    variant: Variant
    score: float
    # Spans in the text that was matched; for candidates after the first, spans in its
    # normalised form (only the winner's are mapped back, as only it is shown).
    evidence: tuple[tuple[int, int], ...]


def _variant_from(entry: dict, source: str) -> Variant:
    return Variant(
        id=entry["id"],
        provider=entry.get("provider") or None,
        reason=entry["reason"],
        actor=entry["actor"],
        retry=entry["retry"],
        title=entry["title"],
        explanation=entry["explanation"],
        checklist=tuple(entry["checklist"]),
        links=tuple(LinkData(link["title"], link["url"]) for link in entry.get("links", [])),
        request=entry.get("request", ""),
        match=tuple(normalise_phrase(p) for p in entry["match"]),
        also=tuple(normalise_phrase(p) for p in entry.get("also", [])),
        codes=tuple(entry.get("codes", [])),
        samples=tuple(entry["samples"]),
        source=source,
    )


# The code whose verdict a "validated" mark stands for: a mark left by other checks (an older
# or newer validator) does not count.
_CHECKER_SOURCES = ("validate.py", "vocabulary.py", "variants.py", "lexicon.py", "textmatch.py")


@cache
def checker_hash() -> str | None:
    """A hash of the validating code (``resources.code_hash``); None where it cannot be told:
    then the data is validated on every load."""
    return code_hash(*_CHECKER_SOURCES)


@cache
def load_variants() -> tuple[Variant, ...]:
    """Every variant, validated. Data that already passed the same checks byte for byte (a
    mark in the cache folder, keyed by the data's and the checking code's hashes) is not
    checked again; changed data always is."""
    checker = checker_hash()
    checked = checker is not None and is_validated(checker)
    variants: list[Variant] = []
    for path in sorted((resources_dir() / "variants").glob("*.toml")):
        data = load_toml(f"variants/{path.name}")
        if not checked:
            from smtphelper.core import validate

            validate.raise_for(validate.check_variant_file(f"variants/{path.name}", data))
        variants.extend(_variant_from(entry, path.name) for entry in data.get("variant", []))
    if checker is not None and not checked:
        mark_validated(checker)
    return tuple(variants)


def code_matches(wanted: str, code: str) -> bool:
    """``wanted`` is an exact code, a prefix ending in "." (``5.7.``) or a class like ``4xx``."""
    if wanted.endswith("xx"):
        return len(code) == 3 and code.isdigit() and code[0] == wanted[0]
    if wanted.endswith("."):
        return code.startswith(wanted)
    return code == wanted


def _bonus(variant: Variant, codes: list[str], providers: set[str]) -> int | None:
    """The part of a variant's score given by the codes and providers, or None when the
    variant wants codes that are not there."""
    if variant.codes and not any(code_matches(w, c) for w in variant.codes for c in codes):
        return None
    bonus = 0
    if variant.provider and variant.provider in providers:
        bonus += PROVIDER_BONUS
    if variant.codes:
        bonus += CODE_BONUS
    return bonus


def _text_score(variant: Variant, haystack: str, present: set[str] | None = None
                ) -> tuple[float, list[tuple[int, int]]] | None:
    """The part of a variant's score given by its phrases in normalised text, or None when
    they are not there. ``present``: the leading pieces known to occur (a phrase whose
    leading piece does not occur is not looked for)."""
    found = [(phrase, find_phrase(haystack, phrase)
              if present is None or (lead := _leading_piece(phrase)) in present or not lead
              else None) for phrase in variant.match]
    hits = [(phrase, where) for phrase, where in found if where is not None]
    if not hits:
        return None
    evidence = [where for _, where in hits]
    score = max(len(phrase) for phrase, _ in hits) + EXTRA_PHRASE_BONUS * (len(hits) - 1)
    if variant.also:
        also_hits = [(p, w) for p in variant.also if (w := find_phrase(haystack, p)) is not None]
        if not also_hits:
            return None
        score += max(len(p) for p, _ in also_hits)
        evidence.extend(w for _, w in also_hits)
    return score, evidence


# "550-5.7.1 " at the start of a continuation line of a multi-line reply: blanked out (same
# length, so offsets stay true) so that phrases broken across lines still match.
_CONTINUATION = re.compile(r"(?<=\n)[ \t<>]{0,8}\d{3}[- ](?:\d\.\d{1,3}\.\d{1,3}[ \t])?",
                           re.MULTILINE)


# The same prefix inside a line: a multi-line reply that a DSN field unfolded into one line.
# (The code at the very start is kept; codes are matched separately anyway.)
_INLINE_CONTINUATION = re.compile(r"(?<=\s)\d{3}[- ]\d\.\d{1,3}\.\d{1,3}(?=\s)")


def without_continuations(text: str) -> str:
    text = _CONTINUATION.sub(lambda m: " " * len(m.group(0)), text)
    head = _INLINE_CONTINUATION.sub(lambda m: " " * len(m.group(0)), text[:20_000])
    return head + text[20_000:]


def _leading_piece(phrase: str) -> str:
    return phrase.split("*", 1)[0].strip()


@cache
def _first_pieces() -> tuple[PieceIndex, dict[str, tuple[int, ...]]]:
    """Each distinct leading piece of a ``match`` phrase, indexed, with the variants that
    use it. Kept between runs (``resources.derived``): building it was a tenth of a start."""
    owners, by_gram, short = derived("variant-pieces", code_hash("variants.py", "textmatch.py"),
                                     _build_first_pieces, _are_first_pieces)
    return PieceIndex.from_parts(by_gram, short), owners


_Pieces = tuple[dict[str, tuple[int, ...]], dict[tuple[str, ...], list[str]], list[str]]


def _build_first_pieces() -> _Pieces:
    owners: dict[str, list[int]] = {}
    for index, variant in enumerate(load_variants()):
        for phrase in variant.match:
            piece = _leading_piece(phrase)
            if piece:
                owners.setdefault(piece, []).append(index)
    built = PieceIndex(owners)
    return ({piece: tuple(indexes) for piece, indexes in owners.items()}, built.by_gram,
            built.short)


def _are_first_pieces(stored: object) -> bool:
    """A stored copy has the shape built (marshal keeps types: tuples stay tuples)."""
    if not (isinstance(stored, tuple) and len(stored) == 3):
        return False
    owners, by_gram, short = stored
    count = len(load_variants())
    return (isinstance(owners, dict) and isinstance(by_gram, dict) and isinstance(short, list)
            and all(isinstance(i, int) and 0 <= i < count
                    for indexes in owners.values() for i in indexes))


def _possible_variants(haystack: str) -> tuple[list[Variant], set[str]]:
    """Variants with at least one phrase whose leading piece occurs: a cheap first pass so
    that only these are scored; and the leading pieces that occur. Only pieces whose first
    characters occur in the text are looked for, so a long text costs one pass plus a few
    substring tests."""
    variants = load_variants()
    index, owners = _first_pieces()
    present = index.present(haystack)
    hit: set[int] = set()
    for piece in present:
        hit.update(owners[piece])
    return [variants[i] for i in sorted(hit)], present


@lru_cache(maxsize=32)
def matching_text(text: str) -> NormalisedText:
    """``text`` as phrases are matched in it: continuation prefixes ("550-5.7.1 ") blanked,
    so that words broken over lines match, then lower-cased and white space folded. Cached:
    the variants and the lexicon match the same text."""
    return normalise(without_continuations(text))


# One variant whose phrases occur in a text: the text part of its score, and where.
_TextHit = tuple[Variant, float, tuple[tuple[int, int], ...]]


@lru_cache(maxsize=16)
def _search(text: str) -> tuple[NormalisedText, tuple[_TextHit, ...]]:
    """The variants whose phrases occur in ``text``. A notice is matched once for each of its
    recipients that has no words of its own (hundreds in a hostile message), with different
    codes: what depends on the text alone is computed once."""
    normalised = matching_text(text)
    hits: list[_TextHit] = []
    possible, present = _possible_variants(normalised.text)
    for variant in possible:
        scored = _text_score(variant, normalised.text, present)
        if scored is not None:
            hits.append((variant, scored[0], tuple(scored[1])))
    return normalised, tuple(hits)


def match_variants(
    text: str, codes: Iterable[str] = (), providers: Iterable[str] = ()
) -> list[Candidate]:
    """All variants that apply to ``text``, best first, with evidence spans in ``text``."""
    normalised, hits = _search(text)
    codes = list(codes)
    providers = set(providers)
    candidates: list[Candidate] = []
    for variant, score, evidence in hits:
        bonus = _bonus(variant, codes, providers)
        if bonus is not None:
            candidates.append(Candidate(variant, score + bonus, evidence))
    candidates.sort(key=lambda c: -c.score)
    if candidates:
        # Only the winner's evidence is shown, so only its spans are mapped back.
        best = candidates[0]
        spans = tuple(sorted({normalised.original_span(s, e) for s, e in best.evidence}))
        candidates[0] = Candidate(best.variant, best.score, spans)
    return candidates


# An optional part, with the small word that introduces it when the word stands outside the
# brackets ("My message to[ {recipient}] came back"): without the fact both go.
_OPTIONAL = re.compile(r"(?:(?<=\s)(?:to|from|of|for|as)(?=\[))?\[([^\[\]]*)\]", re.IGNORECASE)
_FIELD = re.compile(r"\{(\w+)\}")


def fill_request(template: str, facts: dict[str, str | None]) -> str:
    """Fill ``{placeholder}``s; an optional ``[...]`` segment whose fact is missing is dropped."""

    def optional(segment: re.Match[str]) -> str:
        names = _FIELD.findall(segment.group(1))
        if all(facts.get(name) for name in names):
            lead = segment.group(0)[: segment.group(0).index("[")]
            return lead + segment.group(1)
        return ""

    text = _OPTIONAL.sub(optional, template)
    text = _FIELD.sub(lambda m: facts.get(m.group(1)) or "", text)
    text = " ".join(text.split())
    # A dropped part can leave a space before punctuation ("message ." -> "message.").
    return re.sub(r" ([.,;:?!)])", r"\1", text)


@cache
def load_fallbacks() -> dict:
    return load_toml("fallbacks.toml")
