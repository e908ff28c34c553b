"""Recognise which mail provider wrote a bounce, from marker words in its text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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
def _marker_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    owner = {m: p.id for p in load_providers().values() for m in p.markers}
    # Longest first so that a longer marker is preferred where two start at one place;
    # an alternation of plain literals scans in linear time.
    alternatives = sorted(owner, key=len, reverse=True)
    return re.compile("|".join(re.escape(m) for m in alternatives)), owner


@cache
def _markers() -> tuple[str, ...]:
    return tuple(dict.fromkeys(m for p in load_providers().values() for m in p.markers))


def detect_providers(lowered_text: str) -> list[str]:
    """Ids of the providers whose markers occur in ``lowered_text`` (already lower case),
    in order of first appearance."""
    if not any(marker in lowered_text for marker in _markers()):
        return []  # no marker at all (substring tests cost less than the alternation's scan)
    pattern, owner = _marker_pattern()
    found: list[str] = []
    for match in pattern.finditer(lowered_text):
        provider = owner[match.group(0)]
        if provider not in found:
            found.append(provider)
    return found
