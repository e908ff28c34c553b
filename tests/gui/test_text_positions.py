"""Offsets in the decoded text map onto the field's positions (CRLF, emoji, preview)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit

from smtphelper.core.model import Span
from smtphelper.gui.text_positions import PositionMap


def field_text_at(text: str, span: Span, shown: int | None = None) -> str:
    field = QPlainTextEdit()
    field.setPlainText(text[:shown] if shown is not None else text)
    positions = PositionMap(text, shown).span(span)
    cursor = field.textCursor()
    cursor.setPosition(positions[0])
    cursor.setPosition(positions[1], cursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


def test_plain_text_maps_one_to_one(qtbot) -> None:
    text = "550 5.1.1 User unknown"
    assert field_text_at(text, Span(10, 22)) == "User unknown"


def test_crlf_and_emoji_before_the_span(qtbot) -> None:
    text = "Hi 😀 there\r\nline two\r\n550 User unknown\r\n"
    start = text.index("User")
    assert field_text_at(text, Span(start, start + 12)) == "User unknown"


def test_spans_outside_the_preview_are_skipped() -> None:
    text = "a" * 100 + "User unknown"
    assert PositionMap(text, 50).span(Span(100, 112)) is None
    assert PositionMap(text, 105).span(Span(100, 112)) == (100, 105)
