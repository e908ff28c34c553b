"""Digit-by-digit explanations of reply codes and enhanced status codes."""

from __future__ import annotations

import pytest

from smtphelper.core.codebook import explain_enhanced, explain_reply
from smtphelper.core.decode import decode


def test_reply_code_digits_follow_rfc_5321() -> None:
    explained = explain_reply("550")
    assert explained.valid and explained.known
    assert [d.digit for d in explained.digits] == ["5", "5", "0"]
    assert "ermanent" in explained.digits[0].meaning
    assert "mail system" in explained.digits[1].meaning.lower()


@pytest.mark.parametrize("code", ["421", "451", "452", "535", "554", "556", "523"])
def test_listed_reply_codes_are_known(code: str) -> None:
    assert explain_reply(code).known


def test_well_formed_unknown_reply_code_still_gets_digits() -> None:
    explained = explain_reply("559")
    assert explained.valid and not explained.known
    assert len(explained.digits) == 3 and explained.digits[0].meaning


def test_enhanced_code_class_subject_detail() -> None:
    explained = explain_enhanced("5.7.1")
    assert explained.valid and explained.known
    roles = [d.role for d in explained.digits]
    assert roles == ["Class", "Area of the problem", "Detail"]
    assert "ermanent" in explained.digits[0].meaning


def test_unregistered_enhanced_code_keeps_class_and_subject() -> None:
    explained = explain_enhanced("4.7.999")
    assert explained.valid and not explained.known
    assert explained.digits[1].meaning


def test_provider_meaning_wins_when_provider_seen() -> None:
    assert explain_enhanced("5.1.10", ["microsoft"]).provider == "microsoft"
    assert explain_enhanced("5.1.10").provider is None


@pytest.mark.parametrize("code", ["650", "55O", "5.9.1", "7.1.1"])
def test_malformed_codes_are_explained_not_dropped(code: str) -> None:
    report = decode(code)
    assert report.codes, code
    hit = report.codes[0]
    assert hit.code == code and not hit.valid
    r = report.recipients[0]
    explanation = r.reply or r.enhanced
    assert explanation is not None and not explanation.valid
    assert code in explanation.explanation


def test_lone_valid_codes() -> None:
    report = decode("550 5.7.1")
    r = report.recipients[0]
    assert (r.reply_code, r.enhanced_code) == ("550", "5.7.1")
    assert r.reply is not None and r.enhanced is not None
