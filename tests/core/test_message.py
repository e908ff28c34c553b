"""message.py's helpers for finding a message in a paste."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.message import first_lines


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab \r\n\x0b\x1c\u2028", max_size=400), st.integers(0, 70),
       st.integers(0, 100), st.one_of(st.none(), st.integers(0, 500)),
       st.integers(0, 20_000))
def test_first_lines_are_the_split_texts_first(text: str, count: int, start: int,
                                               stop: int | None, padding: int) -> None:
    # Long lines put the wanted lines past the first piece split (8,192 characters).
    text = text.replace("a", "a" * (padding // 10 + 1))
    stop = None if stop is None else stop * (padding // 10 + 1)
    assert first_lines(text, count, start, stop) == (
        text[start:stop].splitlines(keepends=True)[:count])


def test_a_cr_lf_cut_by_the_piece_end_is_one_line_end() -> None:
    text = "x" * 8191 + "\r\n" + "y\n" * 5
    assert first_lines(text, 3) == ["x" * 8191 + "\r\n", "y\n", "y\n"]
