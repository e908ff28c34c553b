"""Turning bytes into text: UTF-16 and UTF-32 files with a byte order mark are text."""

from __future__ import annotations

import codecs
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.decode import decode
from smtphelper.core.textinput import read_input

BOUNCE = ("From: MAILER-DAEMON@mx.example.org\nTo: anna@example.com\nSubject: Nedoručeno\n\n"
          "<bob@example.net>: 550 5.1.1 Uživatel neexistuje (user unknown)\n")


@pytest.mark.parametrize(("bom", "codec"), [
    (codecs.BOM_UTF16_LE, "utf-16-le"),  # Notepad's "Unicode", PowerShell 5's ">"
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_wide_unicode_with_a_byte_order_mark_is_decoded(bom: bytes, codec: str) -> None:
    data = bom + BOUNCE.encode(codec)
    given = read_input(data)
    assert given.binary_kind is None
    assert given.text == BOUNCE
    report = decode(data)
    assert report.kind == "bounce"
    assert [r.address for r in report.recipients] == ["bob@example.net"]


def test_a_utf16_file_cut_in_the_middle_of_a_character() -> None:
    data = codecs.BOM_UTF16_LE + BOUNCE.encode("utf-16-le")[:-1]
    given = read_input(data)
    assert given.binary_kind is None
    assert given.text.startswith(BOUNCE[:-1])


def test_utf16_without_a_byte_order_mark_is_still_not_guessed() -> None:
    # Without a BOM, NUL bytes every other byte are what binary files look like.
    assert read_input(BOUNCE.encode("utf-16-le")).binary_kind == "binary file"


def test_utf8_byte_order_mark_is_dropped() -> None:
    assert read_input(codecs.BOM_UTF8 + BOUNCE.encode()).text == BOUNCE


_CONTROL_PATTERN = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_control_characters_are_counted_as_a_pattern_would(text: str) -> None:
    from smtphelper.core.textinput import _count_controls

    expected = len(_CONTROL_PATTERN.findall(text))
    assert _count_controls(text.encode("latin-1", "ignore")) == expected
    assert _count_controls(text.encode("utf-8", "surrogatepass")) == expected
