"""Small text widgets shared by the results panels: selectable labels and wrapped text boxes.

Everything the results show is selectable with the mouse and the keyboard. Text that comes
from the message (server words, addresses) is always shown as plain text, never as rich text,
so nothing in a pasted message can format the window or load anything.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextOption
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLayout,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard)
LINKS = Qt.TextInteractionFlag.LinksAccessibleByMouse | (
    Qt.TextInteractionFlag.LinksAccessibleByKeyboard)


def column(owner: QWidget, spacing: int, *parts: QWidget | QLayout) -> QVBoxLayout:
    """The usual body of a results section: its parts stacked with no outer margin."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def scaled_font(base: QFont, factor: float = 1.0, bold: bool = False) -> QFont:
    """``base`` (the system font) made ``factor`` times larger, optionally bold."""
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


def data_size(size: int) -> str:
    """A file size as people know it ("2.9 KB", "20.0 MB"), in the current language."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def monospace_font() -> QFont:
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)


class TextLabel(QLabel):
    """A word-wrapped, selectable label for plain text.

    ``tab_stop=False`` keeps it out of the Tab chain (still selectable after a click), for
    labels whose content a nearby control already names.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, size: float = 1.0,
                 bold: bool = False, rich: bool = False, tab_stop: bool = True) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(SELECTABLE | (LINKS if rich else Qt.TextInteractionFlag(0)))
        self.setOpenExternalLinks(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        if size != 1.0 or bold:
            self.setFont(scaled_font(self.font(), size, bold))
        if not tab_stop:
            self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setText(text)
        if self.textFormat() == Qt.TextFormat.PlainText:
            self.setAccessibleName(text)


class WrappedText(QTextEdit):
    """Read-only plain text that wraps anywhere (long server lines, URLs) and grows to fit.

    Taller than ``max_lines`` lines, it scrolls instead of growing.
    """

    def __init__(self, parent: QWidget | None = None, *, monospace: bool = False,
                 max_lines: int = 12) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(SELECTABLE)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.max_lines = max_lines
        if monospace:
            self.setFont(monospace_font())
        self.document().setDocumentMargin(6)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def set_text(self, text: str) -> None:
        self.setPlainText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        content = math.ceil(self.document().size().height())
        line = self.fontMetrics().lineSpacing()
        limit = line * self.max_lines + 2 * self.document().documentMargin()
        frame = 2 * self.frameWidth()
        height = int(min(content, limit)) + frame
        too_tall = content > limit
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded if too_tall
            else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if self.height() != height:
            self.setFixedHeight(height)
