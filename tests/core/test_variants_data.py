"""Data-driven checks over the whole variant knowledge base in resources/variants/."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlparse

import pytest

from smtphelper.core.codescan import find_codes
from smtphelper.core.providers import detect_providers, load_providers
from smtphelper.core.variants import (
    PLACEHOLDERS,
    load_variants,
    match_variants,
)
from smtphelper.core.vocabulary import ACTORS, REASONS, RETRIES

VARIANTS = load_variants()
MIN_VARIANTS = 157


def test_enough_variants() -> None:
    assert len(VARIANTS) >= MIN_VARIANTS


def test_ids_unique_and_well_formed() -> None:
    counts = Counter(v.id for v in VARIANTS)
    assert [i for i, n in counts.items() if n > 1] == []
    for variant in VARIANTS:
        assert re.fullmatch(r"[a-z0-9]+(?:[.-][a-z0-9]+)+", variant.id), variant.id


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.id)
def test_entry_complete(variant) -> None:
    assert variant.reason in REASONS
    assert variant.actor in ACTORS
    assert variant.retry in RETRIES
    assert len(variant.title) >= 10 and len(variant.explanation) >= 40
    assert len(variant.checklist) >= 2 and all(len(step) >= 10 for step in variant.checklist)
    assert variant.match and all(phrase.strip(" *") for phrase in variant.match)
    assert variant.samples
    assert variant.request, "every variant says what to ask for"
    if variant.provider:
        assert variant.provider in load_providers(), variant.provider
    for link in variant.links:
        parsed = urlparse(link.url)
        assert parsed.scheme == "https" and parsed.netloc and " " not in link.url, link.url
        assert link.title
    names = set(re.findall(r"\{(\w+)\}", variant.request))
    assert names <= PLACEHOLDERS, names - PLACEHOLDERS
    outside = re.sub(r"\[[^\[\]]*\]", "", variant.request)
    assert not re.search(r"\{\w+\}", outside), "placeholders must sit inside [optional] parts"
    for text in (variant.title, variant.explanation, *variant.checklist):
        assert "{" not in text and "%" not in text and "TODO" not in text


@pytest.mark.parametrize(
    ("variant", "sample"),
    [(v, s) for v in VARIANTS for s in v.samples],
    ids=[f"{v.id}#{i}" for v in VARIANTS for i, _ in enumerate(v.samples)],
)
def test_sample_matches_its_variant_first(variant, sample: str) -> None:
    codes = [c.code for c in find_codes(sample)]
    candidates = match_variants(sample, codes, detect_providers(sample.lower()))
    assert candidates, f"{variant.id}: sample matches nothing"
    best = candidates[0]
    assert best.variant.id == variant.id, (
        f"sample of {variant.id} matched {best.variant.id} first "
        f"(scores: {[(c.variant.id, c.score) for c in candidates[:3]]})"
    )
