"""Checks over resources/fallbacks.toml: the generic explanations used when no variant applies."""

from __future__ import annotations

import re

import pytest

from smtphelper.core.variants import (
    PLACEHOLDERS,
    fill_request,
    load_fallbacks,
)
from smtphelper.core.vocabulary import ACTORS, REASONS, RETRIES

FALLBACKS = load_fallbacks()
CLASSES = ("4", "5", "unknown", "invalid")
FIELDS = {"title", "explanation", "actor", "retry", "checklist", "request"}

ENTRIES = [(f"reason.{name}", entry) for name, entry in sorted(FALLBACKS["reason"].items())] + [
    (f"class.{name}", entry) for name, entry in sorted(FALLBACKS["class"].items())
]


def test_every_reason_has_a_fallback() -> None:
    assert set(FALLBACKS["reason"]) == set(REASONS)


def test_every_class_has_a_fallback() -> None:
    assert set(FALLBACKS["class"]) == set(CLASSES)


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=[key for key, _ in ENTRIES])
def test_fallback_complete(key: str, entry: dict) -> None:
    assert set(entry) == FIELDS, f"{key}: fields {sorted(set(entry) ^ FIELDS)}"
    assert entry["actor"] in ACTORS
    assert entry["retry"] in RETRIES
    assert isinstance(entry["title"], str) and len(entry["title"]) >= 10
    assert isinstance(entry["explanation"], str) and len(entry["explanation"]) >= 40
    checklist = entry["checklist"]
    assert isinstance(checklist, list) and 2 <= len(checklist) <= 6
    assert all(isinstance(step, str) and len(step) >= 10 for step in checklist)
    for text in (entry["title"], entry["explanation"], *checklist):
        assert "{" not in text and "}" not in text, text
        assert "%" not in text and "TODO" not in text, text


@pytest.mark.parametrize(("key", "entry"), ENTRIES, ids=[key for key, _ in ENTRIES])
def test_fallback_request(key: str, entry: dict) -> None:
    request = entry["request"]
    assert isinstance(request, str) and len(request) >= 20, key
    assert "%" not in request and "TODO" not in request
    names = set(re.findall(r"\{(\w+)\}", request))
    assert names <= PLACEHOLDERS, names - PLACEHOLDERS
    outside = re.sub(r"\[[^\[\]]*\]", "", request)
    assert not re.search(r"[{}\[\]]", outside), "placeholders must sit inside [optional] parts"
    # The sentence must read well with no facts known and with all of them known.
    for facts in ({}, {name: "x" for name in PLACEHOLDERS}):
        filled = fill_request(request, facts)
        assert not re.search(r"[{}\[\]]", filled), filled
        assert "  " not in filled and " ." not in filled and " ," not in filled, filled
        assert filled[0].isupper() and filled[-1] in ".?!", filled
