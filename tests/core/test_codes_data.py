"""Completeness and consistency of the bundled code data (resources/codes.toml, providers.toml)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from smtphelper.core.vocabulary import REASONS

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

REPLY_CODES = (
    "211 214 220 221 235 250 251 252 334 354 421 432 450 451 452 454 455 458 459 "
    "500 501 502 503 504 521 523 530 534 535 538 541 550 551 552 553 554 555 556"
).split()

# subject -> highest detail of the IANA "SMTP Enhanced Status Codes" registry
IANA_DETAILS = {0: 0, 1: 10, 2: 4, 3: 6, 4: 7, 5: 6, 6: 10, 7: 30}
IANA_CODES = [f"{s}.{d}" for s, top in IANA_DETAILS.items() for d in range(top + 1)]


FORBIDDEN_CHARS = re.compile(r"[%{}]")


def _load(name: str) -> dict:
    with (RESOURCES / name).open("rb") as handle:
        return tomllib.load(handle)


@pytest.fixture(scope="module")
def codes() -> dict:
    return _load("codes.toml")


@pytest.fixture(scope="module")
def providers() -> dict:
    return _load("providers.toml")


def _texts(entry: dict) -> list[str]:
    return [entry["name"], entry["explanation"]]


def _assert_named(entry: dict, what: str) -> None:
    assert isinstance(entry.get("name"), str) and entry["name"].strip(), f"{what}: empty name"
    assert isinstance(entry.get("explanation"), str) and entry["explanation"].strip(), (
        f"{what}: empty explanation"
    )
    for text in _texts(entry):
        assert not FORBIDDEN_CHARS.search(text), f"{what}: forbidden character in {text!r}"
        assert "TODO" not in text, f"{what}: placeholder text"


def test_reply_digit_tables_complete(codes):
    digits = codes["reply_digits"]
    assert set(digits["first"]) == {"1", "2", "3", "4", "5"}
    assert set(digits["second"]) == {"0", "1", "2", "3", "4", "5"}
    for table in ("first", "second"):
        for digit, text in digits[table].items():
            assert isinstance(text, str) and text.strip(), f"{table} {digit} is empty"
    assert isinstance(digits["third"], str) and digits["third"].strip()


def test_enhanced_classes_and_subjects(codes):
    assert set(codes["enhanced_class"]) == {"2", "4", "5"}
    assert set(codes["enhanced_subject"]) == {str(s) for s in range(8)}
    for key, entry in codes["enhanced_class"].items():
        _assert_named(entry, f"class {key}")
    for key, entry in codes["enhanced_subject"].items():
        _assert_named(entry, f"subject {key}")


@pytest.mark.parametrize("code", REPLY_CODES)
def test_reply_code_present(codes, code):
    assert code in codes["reply"], f"reply code {code} missing"
    _assert_named(codes["reply"][code], f"reply {code}")


def test_reply_keys_are_three_digit_codes(codes):
    for key in codes["reply"]:
        assert re.fullmatch(r"[1-5][0-5][0-9]", key), f"bad reply key {key!r}"


@pytest.mark.parametrize("code", IANA_CODES)
def test_iana_enhanced_code_present(codes, code):
    assert code in codes["enhanced"], f"enhanced code X.{code} missing"
    _assert_named(codes["enhanced"][code], f"enhanced X.{code}")
    assert codes["enhanced"][code].get("reason") in REASONS, f"X.{code} needs a valid reason"


def test_enhanced_keys_are_subject_detail(codes):
    for key in codes["enhanced"]:
        assert re.fullmatch(r"[0-7]\.(0|[1-9][0-9]{0,2})", key), f"bad enhanced key {key!r}"


def test_every_reason_in_vocabulary(codes):
    entries = [
        *(("reply " + k, v) for k, v in codes["reply"].items()),
        *(("enhanced " + k, v) for k, v in codes["enhanced"].items()),
        *(("provider_code " + v["code"], v) for v in codes.get("provider_code", [])),
    ]
    for what, entry in entries:
        if "reason" in entry:
            assert entry["reason"] in REASONS, f"{what}: unknown reason {entry['reason']!r}"


def test_provider_codes(codes, providers):
    ids = {p["id"] for p in providers["provider"]}
    seen = set()
    assert codes.get("provider_code"), "no provider_code entries"
    for entry in codes["provider_code"]:
        what = f"provider_code {entry.get('provider')} {entry.get('code')}"
        assert entry["provider"] in ids, f"{what}: unknown provider"
        assert re.fullmatch(r"[245]\.[0-9]{1,3}\.[0-9]{1,3}", entry["code"]), f"{what}: bad code"
        assert (entry["provider"], entry["code"]) not in seen, f"{what}: duplicate"
        seen.add((entry["provider"], entry["code"]))
        _assert_named(entry, what)
        assert entry.get("reason") in REASONS, f"{what}: needs a valid reason"


def test_providers(providers):
    entries = providers["provider"]
    ids = [p["id"] for p in entries]
    assert len(ids) == len(set(ids)), "provider ids are not unique"
    for entry in entries:
        assert re.fullmatch(r"[a-z0-9]+", entry["id"]), f"bad provider id {entry['id']!r}"
        assert isinstance(entry.get("name"), str) and entry["name"].strip()
        markers = entry.get("markers")
        assert markers, f"{entry['id']}: no markers"
        for marker in markers:
            assert isinstance(marker, str) and marker.strip(), f"{entry['id']}: empty marker"
            assert marker == marker.lower(), f"{entry['id']}: marker {marker!r} not lower-case"


def test_markers_not_shared_between_providers(providers):
    owner: dict[str, str] = {}
    for entry in providers["provider"]:
        for marker in entry["markers"]:
            assert marker not in owner, (
                f"marker {marker!r} used by {owner.get(marker)} and {entry['id']}"
            )
            owner[marker] = entry["id"]


@pytest.mark.parametrize(
    "provider_id",
    "google microsoft yahoo aol apple seznam centrum atlas volny o2 gmx webde tonline orange "
    "free zoho yandex mailru proton fastmail mimecast proofpoint barracuda cisco sophos "
    "trendmicro amazonses sendgrid mailgun rackspace godaddy".split(),
)
def test_required_providers_present(providers, provider_id):
    assert provider_id in {p["id"] for p in providers["provider"]}
