"""Standard dialogs (open a file, tell the user something), behind small functions.

The window calls these through ``Seams`` so tests can answer them without a real dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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


def show_warning(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_about(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.about(parent, title, text)
