"""Standard dialogs (open a file, tell the user something), behind small functions.

The window calls these through ``Seams`` so tests can answer them without a real dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def ask_open_file(parent: QWidget | None, folder: str) -> Path | None:
    """Ask for one file to open, starting in ``folder``; None when cancelled."""
    title = translate("Dialogs", "Open the returned email")
    filters = ";;".join((
        translate("Dialogs", "Email messages (*.eml *.txt)"),
        translate("Dialogs", "Text files (*.txt *.log)"),
        translate("Dialogs", "All files (*)"),
    ))
    name, _selected = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return Path(name) if name else None


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str,
                text: str) -> QMessageBox:
    """A message box that shows ``text`` as plain text. File names and email text can hold
    markup (``<a href=...>``, ``<img>``): left to guess, QMessageBox would render it as rich
    text with clickable links."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Warning, title, text).exec()


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    message_box(parent, QMessageBox.Icon.Information, title, text).exec()


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    # Rich text on purpose: only the app's own words and its escaped version number.
    QMessageBox.about(parent, title, text)
