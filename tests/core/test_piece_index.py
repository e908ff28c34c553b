"""The index of leading pieces finds exactly the pieces a substring test finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.textmatch import PieceIndex, text_grams

PIECES = ["user unknown", "no such user", "mailbox full", "ab", "a", "quota", "über", "550",
          "5.7.1", "spam", "spamhaus", "ошибка", "  ", "full"]


def test_present_pieces() -> None:
    index = PieceIndex(PIECES)
    text = "550 5.1.1 no such user here; mailbox fullness über alles"
    assert index.present(text) == {p for p in PIECES if p in text}
    assert index.present("") == set()
    assert index.present("ab") == {"a", "ab"}


def test_grams() -> None:
    assert text_grams("abcd") == {("a", "b", "c"), ("b", "c", "d")}
    assert text_grams("ab") == frozenset()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abu sernfl5.0ü", max_size=60),
       st.lists(st.text(alphabet="abu sernfl5.0ü", min_size=1, max_size=6), max_size=12))
def test_same_as_substring_tests(text: str, pieces: list[str]) -> None:
    assert PieceIndex(pieces).present(text) == {p for p in pieces if p in text}
