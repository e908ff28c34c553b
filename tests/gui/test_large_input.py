"""Huge pastes: the field shows only the beginning and the whole text is decoded.

How long the event loop stalls meanwhile is measured by ``benchmarks/gui.py``: wall-clock
limits do not belong in unit tests, which run on loaded machines.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt

from smtphelper.gui.paste_panel import LARGE_INPUT_CHARS, PREVIEW_CHARS

POSTFIX = Path(__file__).resolve().parents[2] / "resources" / "examples" / (
    "postfix-user-unknown.eml")


def big_text(size: int) -> str:
    text = POSTFIX.read_text(encoding="utf-8")
    filler = "This line is part of a very long forwarded thread.\n"
    return text + filler * (size // len(filler) + 1)


def test_large_paste_shows_only_the_beginning(qtbot, window, world, wait_report) -> None:
    text = big_text(LARGE_INPUT_CHARS * 2)
    mime = QMimeData()
    mime.setText(text)
    window.paste_panel.field.insertFromMimeData(mime)
    panel = window.paste_panel
    assert panel.preview
    assert panel.field.isReadOnly()
    assert len(panel.field_text()) == PREVIEW_CHARS
    assert panel.notice.isVisibleTo(panel)
    wait_report(window)
    assert len(window.results.report.text) == len(text)
    assert window.results.recipient().address == "jan.novak@example.org"
    assert panel.field.extraSelections()  # the evidence is near the top, inside the preview
    world.clipboard = "421 4.7.0 Try again later"
    qtbot.keyClick(panel.field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert not panel.preview and panel.field_text() == world.clipboard  # replaced, not ignored
    wait_report(window)
    assert window.results.report.text == world.clipboard
    window.load_text(text)
    window.actions_.clear.trigger()
    assert not panel.preview and not panel.field.isReadOnly()


def test_twenty_megabyte_paste_is_decoded_from_its_beginning(qtbot, window, world,
                                                             wait_report) -> None:
    text = big_text(20_000_000)
    world.clipboard = text
    window.actions_.paste.trigger()
    assert window.paste_panel.preview
    wait_report(window, timeout=120_000)
    report = window.results.report
    assert len(report.text) == len(text)
    assert report.truncated
    assert window.results.recipient().address == "jan.novak@example.org"
    assert window.results.notes.text()
