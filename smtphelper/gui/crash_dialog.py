"""Unexpected errors: logged to a file and shown in a friendly dialog; the app keeps running.

``install_excepthook`` replaces ``sys.excepthook`` (which PySide calls for exceptions raised in
slots and event handlers). The dialog offers the details as copyable text.
"""

from __future__ import annotations

import datetime
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtphelper import __version__
from smtphelper.gui import paths
from smtphelper.gui.text_widgets import TextLabel, monospace_font

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def write_crash_log(details: str) -> Path | None:
    """Append ``details`` to the log file; its path, or None when it could not be written."""
    path = paths.log_path()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} SMTP Helper {__version__}\n{details}\n")
    except OSError:
        return None
    return path


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "Something went wrong"))
        self.message = TextLabel(translate(
            "CrashDialog", "SMTP Helper ran into an unexpected problem. The window keeps "
            "working and your text is still there. If this happens again, please send the "
            "details below to the developers."))
        self.where = TextLabel()
        if log_file is not None:
            self.where.setText(translate("CrashDialog", "The details were also saved to "
                                                        "{path}.").format(path=log_file))
        self.where.setVisible(log_file is not None)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFont(monospace_font())
        self.details.setPlainText(details)
        self.details.setAccessibleName(translate("CrashDialog", "Error details"))
        self.details.setAccessibleDescription(translate(
            "CrashDialog", "Technical details of the problem, for the developers."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(translate("CrashDialog", "&Copy details"), self)
        self.copy_button.setAccessibleName(translate("CrashDialog", "Copy details"))
        self.copy_button.setAccessibleDescription(translate(
            "CrashDialog", "Puts the technical details on the clipboard."))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(
            lambda: QApplication.clipboard().setText(self.details.toPlainText()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)


class CrashHandler:
    """The ``sys.excepthook`` replacement. One dialog at a time; later errors are appended."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None,
                 show_dialog: bool = True) -> None:
        self.parent = parent
        self.show_dialog = show_dialog
        self.dialog: CrashDialog | None = None
        self.previous = sys.excepthook

    def __call__(self, kind: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, error, tb)
            return
        details = "".join(traceback.format_exception(kind, error, tb))
        try:
            self.report(details)
        except Exception:  # noqa: BLE001 - the handler itself must never raise
            _to_stderr(details)

    def report(self, details: str) -> None:
        _to_stderr(details)
        log_file = write_crash_log(details)
        if not self.show_dialog or QApplication.instance() is None:
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_details(details)
            return
        self.dialog = CrashDialog(details, log_file, self.parent())
        self.dialog.show()
        self.dialog.raise_()


def _to_stderr(details: str) -> None:
    """Windowed apps on Windows have no stderr at all."""
    if sys.__stderr__ is not None:
        try:
            sys.__stderr__.write(details)
        except (OSError, ValueError):
            pass


def install_excepthook(parent: Callable[[], QWidget | None] = lambda: None) -> CrashHandler:
    handler = CrashHandler(parent)
    sys.excepthook = handler
    return handler
