"""Huge pastes: the field shows only the beginning, the window keeps responding."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QTimer

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


def test_twenty_megabytes_keep_the_event_loop_responsive(qtbot, window, world,
                                                         wait_report) -> None:
    text = big_text(20_000_000)
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(100)
    world.clipboard = text
    window.actions_.paste.trigger()
    wait_report(window, timeout=30_000)
    qtbot.wait(100)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert max(gaps) < 1.0, f"event loop stalled for {max(gaps) * 1000:.0f} ms"
    assert window.results.report.truncated
    assert window.results.notes.text()
