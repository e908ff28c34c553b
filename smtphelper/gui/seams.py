"""Everything the window asks of the outside world, as replaceable callables.

Tests build a ``Seams`` with fakes (a dict for the clipboard, a fixed answer for the Open
dialog, a list collecting messages and opened links); the app uses the defaults.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from smtphelper.gui import clipboard, dialogs


def open_in_browser(url: str) -> None:
    """Open a link in the system browser; called only when the user clicks a link."""
    QDesktopServices.openUrl(QUrl(url))


@dataclass
class Seams:
    clipboard_text: Callable[[], str] = clipboard.clipboard_text
    clipboard_files: Callable[[], list[Path]] = clipboard.clipboard_files
    set_clipboard_text: Callable[[str], None] = clipboard.set_clipboard_text
    ask_open_file: Callable[[QWidget | None, str], Path | None] = dialogs.ask_open_file
    show_warning: Callable[[QWidget | None, str, str], None] = dialogs.show_warning
    show_information: Callable[[QWidget | None, str, str], None] = dialogs.show_information
    show_about: Callable[[QWidget | None, str, str], None] = dialogs.show_about
    open_url: Callable[[str], None] = field(default=open_in_browser)
