"""Recognise which mail provider wrote a bounce, from marker words in its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from smtphelper.core.resources import load_toml


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class Provider:
    """An email provider and the markers (host names, tags) that give its servers away."""

    id: str
    name: str
    markers: tuple[str, ...]


@cache
def load_providers() -> dict[str, Provider]:
    data = load_toml("providers.toml")
    return {
        entry["id"]: Provider(entry["id"], entry["name"], tuple(entry.get("markers", ())))
        for entry in data.get("provider", [])
    }


@cache
def _owners() -> dict[str, str]:
    """Each marker's provider id."""
    return {m: p.id for p in load_providers().values() for m in p.markers}


@cache
def _markers() -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for p in load_providers().values() for m in p.markers))


def detect_providers(lowered_text: str) -> list[str]:
    """Ids of the providers whose markers occur in ``lowered_text`` (already lower case),
    in order of first appearance."""
    present = [marker for marker in _markers() if marker in lowered_text]
    if not present:
        return []  # no marker at all (substring tests cost less than a pattern's scan)
    owner = _owners()
    found: list[str] = []
    for match in _pattern_of(tuple(present)).finditer(lowered_text):
        provider = owner[match.group(0)]
        if provider not in found:
            found.append(provider)
    return found


@lru_cache(maxsize=64)
def _pattern_of(markers: tuple[str, ...]) -> re.Pattern[str]:
    """The markers that occur, longest first so that a longer marker is preferred where two
    start at one place: the same matches as an alternation of every marker (the others match
    nowhere), found far faster (an alternation of literals is tried alternative by
    alternative at each place)."""
    return re.compile("|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True)))
