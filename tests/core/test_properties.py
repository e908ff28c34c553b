"""Property tests: ``decode`` takes anything (text, bytes, broken MIME, junk) and returns a
sound ``Report`` without raising.

A short, derandomised run (deterministic in CI); ``make fuzz`` runs the same strategies with
many more examples (tests/fuzz/fuzz_decode.py).
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from smtphelper.cli import report_json
from smtphelper.core.advice import advice_text
from smtphelper.core.decode import decode
from smtphelper.core.i18n import no_translation
from smtphelper.core.tsreader import translator_for
from smtphelper.core.wording import render_summary
from tests.fuzz.strategies import (
    ALL_CHARS,
    any_input,
    check_report,
    decode_twice,
    emails,
    mutated_samples,
    token_text,
)

SHORT = settings(
    max_examples=150,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@SHORT
@given(st.text(ALL_CHARS))
def test_any_text(text: str) -> None:
    check_report(decode(text))


@SHORT
@given(st.binary())
def test_any_bytes(data: bytes) -> None:
    check_report(decode(data))


@SHORT
@given(token_text())
def test_mixes_of_bounce_pieces(text: str) -> None:
    check_report(decode(text))


@SHORT
@given(emails(), st.sampled_from(["utf-8", "cp1252", "utf-16", None]))
@example("From: a@example.com\nTo: b@example.com\n\n550 5.1.1 \ud800", None)  # was a crash
def test_email_shaped_junk(text: str, encoding: str | None) -> None:
    errors = "surrogatepass" if encoding and encoding.startswith("utf") else "replace"
    data = text if encoding is None else text.encode(encoding, errors)
    check_report(decode(data))


@SHORT
@given(mutated_samples())
def test_real_bounces_with_random_edits(data: bytes) -> None:
    check_report(decode(data))


@SHORT
@given(any_input(), any_input())
def test_same_input_same_report(data: str | bytes, other: str | bytes) -> None:
    # Decoded again after another input: nothing carries over from one input to the next.
    check_report(decode_twice(decode, data, other))


@SHORT
@given(any_input(), st.booleans())
def test_command_line_output_can_always_be_written(data: str | bytes, czech: bool) -> None:
    tr = translator_for("cs") if czech else no_translation
    report = decode(data, tr=tr)
    item = report_json(report)
    item["advice"] = [advice_text(report, r, tr) for r in report.recipients]
    # What the command line writes must encode as UTF-8 (no lone surrogates).
    json.dumps(item, ensure_ascii=False).encode("utf-8")
    render_summary(report, tr).encode("utf-8")
