"""The index of leading pieces finds exactly the pieces a substring test finds; the
case-insensitive search of ASCII text in lower case finds what the pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core import state
from smtphelper.core.textmatch import (
    GRAM,
    GRAM_CHUNK,
    PieceIndex,
    _lower_twin,
    caseless_search,
    caseless_start,
    quick_search,
    text_grams,
)

STATE_PATTERNS = (state.STOPPED, state.STILL_TRYING, state.RAN_OUT)

PIECES = ["user unknown", "no such user", "mailbox full", "ab", "a", "quota", "über", "550",
          "5.7.1", "spam", "spamhaus", "ошибка", "  ", "full"]


def test_present_pieces() -> None:
    index = PieceIndex(PIECES)
    text = "550 5.1.1 no such user here; mailbox fullness über alles"
    assert index.present(text) == {p for p in PIECES if p in text}
    assert index.present("") == set()
    assert index.present("ab") == {"a", "ab"}


def test_grams() -> None:
    assert text_grams("abcde") == {("a", "b", "c", "d"), ("b", "c", "d", "e")}
    assert text_grams("abc") == frozenset()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abu sernfl5.0ü", max_size=60),
       st.lists(st.text(alphabet="abu sernfl5.0ü", min_size=1, max_size=6), max_size=12))
def test_same_as_substring_tests(text: str, pieces: list[str]) -> None:
    assert PieceIndex(pieces).present(text) == {p for p in pieces if p in text}


WORDS = re.compile(r"gave up|will (?:try|retry) again|\bquota\b|zpožděn|\d+ days", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="GAVEUPgaveup WILTRYwiltry QUOTAquota 12 dsDSzpožděnZPOŽDĚNſKİıΣσςÖö\n",
               max_size=40))
def test_caseless_search_is_the_pattern_search(text: str) -> None:
    assert caseless_search(WORDS, text) == bool(WORDS.search(text))
    for pattern in STATE_PATTERNS:
        assert caseless_search(pattern, text) == bool(pattern.search(text))
    found = WORDS.search(text)
    assert caseless_start(WORDS, text) == (found.start() if found else None)


def test_caseless_search_of_czech_and_special_letters() -> None:
    delayed = re.compile(r"zpožděn|will be retried", re.IGNORECASE)
    assert caseless_search(delayed, "Zpráva byla ZPOŽDĚNA, čekejte")
    assert not caseless_search(delayed, "Zpráva nebyla doručena, čeština")
    # The state's own wording is searched in lower-cased text (state.notice_says).
    assert state.notice_says("Zpráva byla ZPOŽDĚNA, čekejte") == (False, True)
    assert caseless_start(WORDS, "žluťoučký: GAVE UP") == 11
    assert caseless_search(re.compile("mi(?:ss|x)", re.IGNORECASE), "MIſS")  # long s: kept
    assert caseless_start(WORDS, "ſ GAVE UP") == 2


def test_caseless_search_keeps_patterns_it_cannot_lower() -> None:
    assert _lower_twin(WORDS) is not None
    assert _lower_twin(re.compile("[A-Z]{3}", re.IGNORECASE)) is None
    assert _lower_twin(re.compile("mi\u017fs", re.IGNORECASE)) is None  # long s folds to s
    assert _lower_twin(re.compile(r"\u017f", re.IGNORECASE)) is None
    assert _lower_twin(re.compile("abc")) is None  # not case-insensitive at all
    assert caseless_search(re.compile("mi\u017fs", re.IGNORECASE), "MISS")
    assert caseless_search(re.compile(r"\bK\b", re.IGNORECASE), "ok k")


@pytest.mark.parametrize("extra", [-3, -1, 0, 1, 2, 3, 2 * GRAM_CHUNK + 1])
def test_grams_across_steps(extra: int) -> None:
    text = "".join("abcdefgh"[(i * 7 + i // 3) % 8] for i in range(GRAM_CHUNK + extra))
    assert text_grams(text) == {tuple(text[i : i + GRAM]) for i in range(len(text) - GRAM + 1)}


QUICK_PATTERNS = (state.STOPPED, state.STILL_TRYING, state.RAN_OUT, state.NO_RESEND,
                  state.NOTICE_MARKERS)
QUICK_WORDS = ["gave up", "no", "not ", "will not try again", "for 5 days", "delayed mail",
               "warning only", "don't need to resend", "do not", "will retry", "non",
               "undeliverable", "x", " ", "\n", "retry time exceeded", "nedoručena"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUICK_WORDS), max_size=40), st.integers(0, 400))
def test_quick_search_finds_what_the_pattern_finds(words: list[str], padding: int) -> None:
    text = " " * padding + "".join(words)  # both sides of MIN_LEAD_TEXT
    for pattern in QUICK_PATTERNS:
        assert quick_search(pattern, text) == bool(pattern.search(text))


def test_quick_search_on_many_leading_words_gives_the_plain_answer() -> None:
    text = "no " * 5000 + "will retry"
    assert quick_search(state.STILL_TRYING, text) is True
    assert quick_search(state.STOPPED, "no " * 5000) is False
