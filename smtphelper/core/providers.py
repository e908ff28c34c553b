"""Recognise which mail provider wrote a bounce, from marker words in its text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from smtphelper.core.resources import load_toml


@dataclass(frozen=True)
class Provider:
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


def detect_providers(lowered_text: str) -> list[str]:
    """Ids of the providers whose markers occur in ``lowered_text`` (already lower case)."""
    return [
        provider.id
        for provider in load_providers().values()
        if any(marker in lowered_text for marker in provider.markers)
    ]
