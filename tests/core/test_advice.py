"""The advice text and its request sentence: no holes where a fact is unknown."""

from __future__ import annotations

from smtphelper.core.advice import advice_text, format_date
from smtphelper.core.decode import decode
from smtphelper.core.tsreader import translator_for
from smtphelper.core.variants import fill_request


def test_optional_part_and_its_small_word_go_together() -> None:
    template = "My message to[ {recipient}] came back[ from {remote_mta}]."
    assert fill_request(template, {}) == "My message came back."
    assert fill_request(template, {"recipient": "a@example.org", "remote_mta": "mx.example"}) \
        == "My message to a@example.org came back from mx.example."


def test_advice_for_a_bare_reply_has_no_holes() -> None:
    report = decode("550 5.1.1 User unknown")
    text = advice_text(report, report.recipients[0])
    assert " to came" not in text and "{" not in text and "[" not in text
    assert text.startswith("Hello,")


def test_dates_are_written_per_language() -> None:
    date = "Mon, 2 Nov 2026 10:15:02 +0100"
    assert format_date(date) == "2026-11-02 10:15 (UTC+01:00)"
    assert format_date(date, translator_for("cs")) == "2. 11. 2026 10:15 (UTC+01:00)"
    assert format_date("not a date") == "not a date"


def test_success_reply_and_malformed_code() -> None:
    accepted = decode("250 2.0.0 OK queued as 12345")
    assert accepted.kind == "delivered" and accepted.recipients[0].reason == "delivered"
    malformed = decode("650")
    assert malformed.recipients[0].variant.id == "generic.class.invalid"
