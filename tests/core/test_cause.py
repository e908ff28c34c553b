"""cause.py's helpers: the sending server's address quoted in a reply."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.cause import _IPV4, sending_ip

# The pattern as first written, look-behind first: the digit-first spelling finds the same.
_PLAIN_IPV4 = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.. a[]:", max_size=60))
def test_digit_first_address_pattern_finds_the_same(text: str) -> None:
    assert ([(m.span(), m.group(1)) for m in _IPV4.finditer(text)]
            == [(m.span(), m.group(1)) for m in _PLAIN_IPV4.finditer(text)])


def test_the_sending_address_after_the_code() -> None:
    reply = "550 5.7.1 Service unavailable; Client host [192.0.2.45] blocked using zen"
    assert sending_ip(reply, "mx.example.net") == "192.0.2.45"
    assert sending_ip("550 5.1.1 user unknown", None) is None
    assert sending_ip("550 5.7.1 rejected by 10.0.0.999", None) is None  # not an address
    assert sending_ip("421 try 198.51.100.7 later", "198.51.100.7") is None  # the remote MTA
