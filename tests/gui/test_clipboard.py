"""One real round trip through the system clipboard (offscreen), with the default seams."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from smtphelper.gui import clipboard
from smtphelper.gui.language import LanguageSwitcher
from smtphelper.gui.main_window import MainWindow
from smtphelper.gui.settings import Settings

POSTFIX = Path(__file__).resolve().parents[2] / "resources" / "examples" / (
    "postfix-user-unknown.eml")


def test_text_round_trip(qapp) -> None:
    clipboard.set_clipboard_text("550 5.1.1 Příliš žluťoučký kůň")
    assert clipboard.clipboard_text() == "550 5.1.1 Příliš žluťoučký kůň"


def test_files_on_the_clipboard(qapp, tmp_path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.eml"))])
    QGuiApplication.clipboard().setMimeData(mime)
    assert clipboard.clipboard_files() == [tmp_path / "a.eml"]


def test_window_pastes_and_copies_through_the_real_clipboard(qtbot, wait_report) -> None:
    switcher = LanguageSwitcher()
    switcher.apply("en")
    window = MainWindow(Settings(language="en"), None, switcher)  # the real seams
    qtbot.addWidget(window)
    window.show()
    clipboard.set_clipboard_text(POSTFIX.read_text(encoding="utf-8"))
    window.actions_.paste.trigger()
    wait_report(window)
    assert window.results.recipient().address == "jan.novak@example.org"
    window.actions_.copy_advice.trigger()
    assert clipboard.clipboard_text() == window.results.advice_for()
    assert "jan.novak@example.org" in clipboard.clipboard_text()
    window.decoder.wait()
