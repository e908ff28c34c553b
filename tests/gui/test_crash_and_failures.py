"""Unexpected errors open a friendly dialog and a log entry; the window keeps working."""

from __future__ import annotations

import sys

from smtphelper.gui import crash_dialog, decode_worker, paths


def raise_and_catch() -> tuple:
    try:
        raise ValueError("something odd")
    except ValueError:
        return sys.exc_info()


def test_handler_logs_and_shows_copyable_details(qtbot, window) -> None:
    handler = crash_dialog.CrashHandler(lambda: window)
    handler(*raise_and_catch())
    dialog = handler.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert "ValueError: something odd" in dialog.details.toPlainText()
    assert "something odd" in paths.log_path().read_text(encoding="utf-8")
    handler(*raise_and_catch())
    assert dialog.details.toPlainText().count("ValueError: something odd") == 2  # one dialog
    dialog.copy_button.click()
    from PySide6.QtWidgets import QApplication

    assert "something odd" in QApplication.clipboard().text()
    dialog.close()
    assert window.isVisible()


def test_install_replaces_the_excepthook(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handler = crash_dialog.install_excepthook()
    assert sys.excepthook is handler


def test_a_decoder_bug_is_shown_calmly(qtbot, window, wait_report, monkeypatch) -> None:
    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("decoder bug")

    monkeypatch.setattr(decode_worker, "decode", broken)
    window.load_text("550 5.1.1 User unknown")
    results = window.results
    heading = "Something went wrong while reading this text"
    qtbot.waitUntil(lambda: results.guidance.heading.text() == heading)
    assert results.report is None
    assert window.paste_panel.field_text() == "550 5.1.1 User unknown"
    assert "decoder bug" in paths.log_path().read_text(encoding="utf-8")
    monkeypatch.undo()
    window.load_text("550 5.1.1 User unknown")
    wait_report(window)
    assert results.report is not None
