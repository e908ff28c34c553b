"""Unexpected errors: logged to a file and shown in a friendly dialog; the app keeps running.

``install_excepthook`` replaces ``sys.excepthook`` (which PySide calls for exceptions raised in
slots and event handlers). The dialog offers the details as copyable text.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
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


MAX_LOG_BYTES = 1_000_000  # one log file; when full it becomes .1 (and .1 becomes .2)
LOG_FILES = 3  # the log and two older ones: at most about 3 MB
MAX_ENTRY_CHARS = 100_000
_ADDRESS = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")
_QUOTED = re.compile(r"'[^'\n]{8,}'|\"[^\"\n]{8,}\"")


def scrub(details: str) -> str:
    """``details`` (a traceback) without addresses or quoted text: what the log may keep.

    Source lines and file names stay. An exception's message can quote what the user pasted
    (``KeyError: 'bob@example.net'``): addresses become ``<address>``, quoted text of eight
    characters or more becomes ``'…'`` and a message line is cut to 300 characters.
    """
    lines = []
    for line in details[:MAX_ENTRY_CHARS].splitlines():
        line = _ADDRESS.sub("<address>", line)
        if line and not line[0].isspace():  # not a frame or code line: a message
            line = _QUOTED.sub("'…'", line)[:300]
        lines.append(line)
    return "\n".join(lines)


def _rotate(path: Path) -> None:
    """smtphelper-gui.log -> .1 -> .2; the oldest is dropped."""
    for number in range(LOG_FILES - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        newer = path.with_name(f"{path.name}.{number - 1}") if number > 1 else path
        if newer.exists():
            os.replace(newer, older)


def write_crash_log(details: str) -> Path | None:
    """Append ``details``, scrubbed, to the log file (private to the user: 0600, rotated at
    ``MAX_LOG_BYTES``); its path, or None when it could not be written."""
    path = paths.log_path()
    stamp = datetime.datetime.now().isoformat(timespec="seconds")
    entry = f"--- {stamp} SMTP Helper {__version__}\n{scrub(details)}\n".encode()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size + len(entry) > MAX_LOG_BYTES:
            _rotate(path)
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT
                             | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(descriptor, "ab") as handle:
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)  # a log from an older version was 0644
            handle.write(entry)
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
