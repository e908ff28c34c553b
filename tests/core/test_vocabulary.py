"""The vocabulary is declared once (smtphelper/core/vocabulary.py); everything else follows it."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal, get_args

from smtphelper.core import model, vocabulary, wording
from smtphelper.core.variants import load_fallbacks

DOCS = Path(__file__).resolve().parents[2] / "docs" / "data-format.md"


def test_docs_list_exactly_the_declared_vocabulary() -> None:
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(r"<!-- vocabulary: begin -->\n(.*)<!-- vocabulary: end -->", text, re.S)
    assert found, "docs/data-format.md lost its vocabulary section"
    assert found.group(1) == vocabulary.markdown(), (
        "docs/data-format.md differs from smtphelper/core/vocabulary.py: paste the output of "
        "`python -m smtphelper.core.vocabulary` between the vocabulary markers")


def test_every_term_has_a_title_and_a_unique_value() -> None:
    for _heading, term in vocabulary.SECTIONS:
        values = [member.value for member in term]
        assert len(values) == len(set(values))
        for member in term:
            assert re.fullmatch(r"[a-z_]+", member.value)
            assert len(member.summary) >= 10 and not member.summary.endswith(".")


def members(alias: str) -> set[str]:
    """The values of a model type alias (written as a string, so that a start does not import
    ``typing``)."""
    return set(get_args(eval(alias, {"Literal": Literal})))  # noqa: S307 - our own source


def test_model_types_follow_the_vocabulary() -> None:
    assert members(model.Actor) == vocabulary.values(vocabulary.Actor)
    assert members(model.Retry) == vocabulary.values(vocabulary.Retry)
    assert members(model.RecipientState) == vocabulary.values(vocabulary.RecipientState)
    assert members(model.ReportKind) == vocabulary.values(vocabulary.ReportKind)


def test_labels_and_fallbacks_cover_the_vocabulary() -> None:
    assert set(wording.ACTOR_LABELS) == vocabulary.ACTORS
    assert set(wording.RETRY_LABELS) == vocabulary.RETRIES
    assert set(wording.KIND_LABELS) == vocabulary.values(vocabulary.ReportKind)
    assert set(load_fallbacks()["reason"]) == vocabulary.REASONS
