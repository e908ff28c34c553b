"""The report model compares and prints as plain dataclasses do."""

from __future__ import annotations

import dataclasses

import pytest

from smtphelper.core import model
from smtphelper.core.decode import decode

RECORDS = [model.DigitMeaning, model.CodeExplanation, model.CodeHit, model.Link,
           model.VariantMatch, model.Recipient, model.Report]


@pytest.mark.parametrize("record", RECORDS)
def test_repr_and_eq_are_a_dataclass_s(record: type) -> None:
    # The same class as the standard decorator writes it: its repr and eq are the reference.
    reference = dataclasses.make_dataclass(
        record.__name__, [(f.name, f.type, f) for f in dataclasses.fields(record)])
    reference.__qualname__ = record.__qualname__
    report = decode("550 5.1.1 <petr@example.net>: Recipient address rejected: User unknown")
    samples = {
        model.Report: report, model.Recipient: report.recipients[0],
        model.VariantMatch: report.recipients[0].variant, model.CodeHit: report.codes[0],
        model.CodeExplanation: report.recipients[0].enhanced,
        model.DigitMeaning: report.recipients[0].enhanced.digits[0],  # type: ignore[union-attr]
        model.Link: model.Link("Help", "https://example.org/help"),
    }
    ours = samples[record]
    values = {f.name: getattr(ours, f.name) for f in dataclasses.fields(record)}
    theirs = reference(**values)
    assert repr(ours) == repr(theirs)
    assert ours == record(**values) and ours != theirs  # another class never compares equal
    changed = dict(values)
    name = dataclasses.fields(record)[0].name
    changed[name] = "something else"
    assert ours != record(**changed)
    with pytest.raises(TypeError):
        hash(ours)
