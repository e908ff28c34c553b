"""The code scan reads a text's first codes only: bounded work on hostile pastes, the same
codes in order on ordinary text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core import codescan
from smtphelper.core.codescan import (
    MAX_CANDIDATES,
    MAX_CODES_READ,
    find_codes,
    find_enhanced,
    find_replies,
)


def test_codes_in_order_from_both_scans() -> None:
    text = "550-5.7.1 no\n550 5.7.1 blocked\n421 4.4.2 timeout, 5.1.1 later"
    codes = find_codes(text, offset=10)
    expected = sorted(find_enhanced(text, 10) + find_replies(text, 10), key=lambda c: c.start)
    assert [vars(c) for c in codes] == [vars(c) for c in expected]
    assert [c.code for c in codes] == ["550", "5.7.1", "550", "5.7.1", "421", "4.4.2", "5.1.1"]


def test_at_most_the_first_codes_are_read() -> None:
    codes = find_codes("550 5.1.1 x\n" * (MAX_CODES_READ * 2))
    assert len(codes) == MAX_CODES_READ
    assert codes[0].start == 0 and codes[-1].code == "5.1.1"
    assert len(find_replies("550 x\n" * (MAX_CODES_READ * 2))) == MAX_CODES_READ


def test_a_run_of_numbers_is_looked_at_only_so_far() -> None:
    # "550 550 550 ...": numbers in a row are no replies; after MAX_CANDIDATES of them the
    # rest of the text is not looked at, so a code far behind them is not found.
    padding = "550 " * (MAX_CANDIDATES + 10)
    far = find_codes(padding + "\n550 5.1.1 unknown\n")
    # The first "550" stands at a line start (a reply); the late line's reply is not read,
    # its enhanced code (no candidates before it in that scan) is.
    assert [(c.code, c.start) for c in far] == [("550", 0), ("5.1.1", len(padding) + 5)]
    near = find_codes("550 " * 10 + "\n550 5.1.1 unknown\n")
    assert [(c.code, c.start) for c in near] == [("550", 0), ("550", 41), ("5.1.1", 45)]


# The patterns as first written, look-behind first: the faster spelling finds the same codes.
_PLAIN_ENHANCED = re.compile(r"(?<![\w.])(\d)\.(\d{1,3})\.(\d{1,3})(?![\w]|\.\d)")
_PLAIN_REPLY = re.compile(r"(?<![\w.,/#@=+-])(\d{3})(?=[ \t-]|$|[\"'),;:\]]|\.(?!\d))",
                          re.MULTILINE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123455.-,/#@=+ \n\t\"'();:]a<>_", max_size=200))
def test_digit_first_patterns_find_the_same(text: str) -> None:
    assert ([(m.span(), m.groups()) for m in codescan.ENHANCED.finditer(text)]
            == [(m.span(), m.groups()) for m in _PLAIN_ENHANCED.finditer(text)])
    assert ([m.span() for m in codescan.REPLY.finditer(text)]
            == [m.span() for m in _PLAIN_REPLY.finditer(text)])


def test_kept_codes_are_handed_out_as_new_lists() -> None:
    text = "550 5.1.1 user unknown"
    first = find_codes(text)
    first.clear()  # a caller's own list: what is kept stays whole
    assert [c.code for c in find_codes(text)] == ["550", "5.1.1"]
    long_text = "x " * codescan.MAX_KEPT_TEXT + "550 5.1.1 user unknown"
    assert [c.code for c in find_codes(long_text)] == ["550", "5.1.1"]
