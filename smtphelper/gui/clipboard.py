"""The system clipboard, behind three small functions (replaced by tests through ``Seams``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication


def clipboard_text() -> str:
    """The clipboard's text, or "" when it holds none."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasText():
        return ""
    return mime.text()


def clipboard_files() -> list[Path]:
    """Local files on the clipboard (a file copied in a file manager)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def set_clipboard_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
