"""A table of our own server lines through the whole decoding chain: each names its cause
(reason) and its state. The lines are written for this test, in the manner servers word their
replies; they are not copied from any bounce collection."""

from __future__ import annotations

from pathlib import Path

import pytest

from smtphelper.core.decode import decode

TABLE = Path(__file__).parent / "data" / "cause_table.tsv"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for raw in TABLE.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            line, reason, state = raw.split("\t")
            rows.append((line, reason, state))
    return rows


ROWS = _rows()


def test_the_table_is_large_enough() -> None:
    assert len(ROWS) >= 150
    assert len({line for line, _, _ in ROWS}) == len(ROWS)


@pytest.mark.parametrize(("line", "reason", "state"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_line(line: str, reason: str, state: str) -> None:
    report = decode(line)
    # A line naming an address reads as a notice about that recipient.
    assert report.kind in ("codes", "delay", "bounce"), report.kind
    assert len(report.recipients) == 1
    recipient = report.recipients[0]
    assert (recipient.reason, recipient.state) == (reason, state), (
        recipient.cause_tier, recipient.variant.id if recipient.variant else None)
    if recipient.cause_tier in ("variant", "lexicon"):
        # The words that decided it are shown to the person, and stand in what they pasted.
        assert recipient.variant is not None and recipient.variant.evidence
        for span in recipient.variant.evidence:
            assert line[span.start:span.end].strip()
