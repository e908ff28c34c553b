"""The paste side: a large field inviting the bounce, and buttons to paste, open or try one.

Huge input is never laid out in full: above ``LARGE_INPUT_CHARS`` the field shows only the
beginning (read-only, with a notice) while the whole text is decoded. Words that proved the
recognised cause are highlighted with ``QTextEdit.ExtraSelection``s.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QMimeData, QSize, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from smtphelper.core.model import Span
from smtphelper.gui.text_positions import PositionMap
from smtphelper.gui.text_widgets import TextLabel, data_size, monospace_font

translate = QCoreApplication.translate
LARGE_INPUT_CHARS = 1_000_000  # above this, the field shows only the beginning
PREVIEW_CHARS = 200_000


def local_files(mime: QMimeData) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def _mix(first: QColor, second: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(a + (b - a) * amount for a, b in zip(
        first.getRgbF()[:3], second.getRgbF()[:3], strict=True)))


class ButtonBar(QWidget):
    """The panel's buttons in one row when there is room, else in two: the panel can give up
    width to the explanation without cutting its buttons off."""

    def __init__(self, buttons: tuple[QWidget, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.rows = 0
        self._arrange(1)

    def _one_row_width(self) -> int:
        spacing = self.grid.horizontalSpacing()
        return sum(b.sizeHint().width() for b in self.buttons) + spacing * len(self.buttons)

    def _arrange(self, rows: int) -> None:
        if rows == self.rows:
            return
        self.rows = rows
        for button in self.buttons:
            self.grid.removeWidget(button)
        per_row = len(self.buttons) if rows == 1 else (len(self.buttons) + 1) // 2
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // per_row, index % per_row)
        for column in range(len(self.buttons) + 1):
            self.grid.setColumnStretch(column, 0)
        self.grid.setColumnStretch(per_row, 1)  # the space after the last column

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        half = (len(self.buttons) + 1) // 2
        widths = [b.sizeHint().width() for b in self.buttons]
        two_rows = max(sum(widths[:half]), sum(widths[half:])) + self.grid.horizontalSpacing()
        return QSize(two_rows, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().resizeEvent(event)
        self._arrange(1 if event.size().width() >= self._one_row_width() else 2)

    def refresh(self) -> None:
        """Arrange again (the buttons' words changed)."""
        self.rows = 0
        self._arrange(1 if self.width() >= self._one_row_width() else 2)
        self.updateGeometry()


class PasteField(QPlainTextEdit):
    """The text field. Large pastes and dropped files are handed to the panel, not inserted."""

    new_input = Signal(str)  # a paste or drop that replaces the whole input (too large, or
    # arriving while the field shows only the beginning of an earlier large input)
    files_dropped = Signal(list)  # list[Path]
    pasted = Signal()  # a normal paste or drop is about to be inserted
    paste_requested = Signal()  # Ctrl+V while the field is read-only (showing a preview)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(monospace_font())
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptDrops(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.isReadOnly() and event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        super().keyPressEvent(event)

    def _take(self, mime: QMimeData) -> bool:
        """Handle files and huge text ourselves; True when ``mime`` was taken."""
        files = local_files(mime)
        if files:
            self.files_dropped.emit(files)
            return True
        if mime.hasText():
            text = mime.text()
            if len(text) > LARGE_INPUT_CHARS or self.isReadOnly():
                self.new_input.emit(text)
                return True
        return False

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        return bool(local_files(source)) or super().canInsertFromMimeData(source)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        if self._take(source):
            return
        self.pasted.emit()
        super().insertFromMimeData(source)

    def _takes_drop(self, mime: QMimeData) -> bool:
        """Files always; text also while the field shows a read-only preview."""
        return bool(local_files(mime)) or (self.isReadOnly() and mime.hasText())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._takes_drop(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._takes_drop(event.mimeData()):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        if self._take(event.mimeData()):
            event.acceptProposedAction()
            return
        self.pasted.emit()
        super().dropEvent(event)


class PastePanel(QWidget):
    """Field, buttons, and a line saying where the text came from."""

    text_edited = Signal(str, bool)  # the field's text, and whether to decode at once
    new_input = Signal(str)
    files_dropped = Signal(list)
    paste_clicked = Signal()
    open_clicked = Signal()
    clear_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel(size=1.1, bold=True, tab_stop=False)
        self.field = PasteField(self)
        self.paste_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.examples_button = QPushButton(self)
        self.clear_button = QPushButton(self)
        self.info = TextLabel(tab_stop=False)
        self.notice = TextLabel(tab_stop=False)
        self.button_bar = ButtonBar((self.paste_button, self.open_button, self.examples_button,
                                     self.clear_button), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.button_bar)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.info)
        self.notice.setVisible(False)
        self._programmatic = False
        self._paste_pending = False
        self.shown_chars = 0  # how many characters of the current input the field shows
        # The last highlight's spans, redrawn in the new colours when the palette changes.
        self._highlighted: tuple[str, list[Span], Span | None] | None = None
        self.preview = False  # the field shows only the beginning of the input
        self.field.textChanged.connect(self._on_text_changed)
        self.field.pasted.connect(self._on_pasted)
        self.field.new_input.connect(self.new_input)
        self.field.files_dropped.connect(self.files_dropped)
        self.field.paste_requested.connect(self.paste_clicked)
        self.paste_button.clicked.connect(self.paste_clicked)
        self.open_button.clicked.connect(self.open_clicked)
        self.clear_button.clicked.connect(self.clear_clicked)
        self._preview_length = 0
        self.retranslate()

    # --- input ---------------------------------------------------------------------------

    def set_examples_menu(self, menu: QMenu) -> None:
        self.examples_button.setMenu(menu)

    def field_text(self) -> str:
        return self.field.toPlainText()

    def show_input(self, text: str) -> None:
        """Put ``text`` in the field without triggering a decode (it is being decoded)."""
        self._programmatic = True
        self._highlighted = None
        try:
            self.field.setExtraSelections([])
            if len(text) > LARGE_INPUT_CHARS:
                self.preview = True
                self.shown_chars = PREVIEW_CHARS
                self.field.setReadOnly(True)
                self.field.setPlainText(text[:PREVIEW_CHARS])
                self._show_preview_notice(len(text))
            else:
                self._leave_preview()
                cursor = QTextCursor(self.field.document())
                cursor.select(QTextCursor.SelectionType.Document)
                cursor.insertText(text)  # one undo step: Ctrl+Z brings the old text back
                self.shown_chars = len(text)
            self.field.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._programmatic = False

    def clear(self) -> None:
        self.show_input("")
        self.set_info("")

    def _leave_preview(self) -> None:
        if self.preview:
            self.preview = False
            self.field.setReadOnly(False)
            self.field.clear()
            self.notice.setVisible(False)

    def _on_pasted(self) -> None:
        self._paste_pending = True

    def _on_text_changed(self) -> None:
        if self._programmatic:
            return
        text = self.field.toPlainText()
        self.shown_chars = len(text)
        immediate, self._paste_pending = self._paste_pending, False
        self.text_edited.emit(text, immediate)

    # --- what the user sees about the input -----------------------------------------------

    def set_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.setVisible(bool(text))

    def _show_preview_notice(self, length: int) -> None:
        self._preview_length = length
        size = data_size(length)
        shown = QLocale().toString(PREVIEW_CHARS)
        self.notice.setText(translate(
            "PastePanel", "This text is very long ({size}). Only its first {shown} characters "
            "are shown here, but all of it is read. Click Clear to start again.").format(
            size=size, shown=shown))
        self.notice.setVisible(True)

    # --- highlighting ----------------------------------------------------------------------

    def highlight(self, text: str, evidence: list[Span], context: Span | None,
                  scroll: bool = False) -> int:
        """Highlight ``evidence`` (offsets in ``text``, the decoded text) and, more softly,
        ``context`` (the server's words). Returns how many evidence spans are visible."""
        self._highlighted = (text, list(evidence), context)
        mapping = PositionMap(text, self.shown_chars)
        lead = 1 if self.field.document().characterAt(0) == "\ufeff" and not text.startswith(
            "\ufeff") else 0
        # The panel's palette: on a palette change the panel hears of it before the field.
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        ink = palette.color(QPalette.ColorRole.Text)
        strong = QTextCharFormat()
        strong.setBackground(_mix(base, accent, 0.38))
        strong.setForeground(ink)
        strong.setFontUnderline(True)
        soft = QTextCharFormat()
        soft.setBackground(_mix(base, accent, 0.12))
        soft.setForeground(ink)
        selections = []
        first_position = None
        for span, form in [(context, soft)] + [(span, strong) for span in evidence]:
            positions = mapping.span(span) if span is not None else None
            if positions is None:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.field.document())
            cursor.setPosition(positions[0] + lead)
            cursor.setPosition(positions[1] + lead, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = form
            selections.append(selection)
            if form is strong and first_position is None:
                first_position = positions[0] + lead
        self.field.setExtraSelections(selections)
        if scroll and first_position is not None:
            cursor = QTextCursor(self.field.document())
            cursor.setPosition(first_position)
            self.field.setTextCursor(cursor)
            self.field.centerCursor()
        return sum(1 for s in selections if s.format.fontUnderline())

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(translate("PastePanel", "The returned email"))
        self.field.setPlaceholderText(translate(
            "PastePanel", "Paste the whole returned message here, or drop the email file.\n\n"
            "Ctrl+V pastes, Ctrl+O opens a file."))
        self.field.setAccessibleName(translate("PastePanel", "Returned email text"))
        self.field.setAccessibleDescription(translate(
            "PastePanel", "Paste the whole returned message here, or drop the email file. "
            "The explanation appears as soon as text arrives."))
        self.paste_button.setText(translate("PastePanel", "&Paste from clipboard"))
        self.paste_button.setToolTip(translate("PastePanel", "Replace the text with what is "
                                                             "on the clipboard (Ctrl+Shift+V)"))
        self.paste_button.setAccessibleName(translate("PastePanel", "Paste from clipboard"))
        self.paste_button.setAccessibleDescription(translate(
            "PastePanel", "Replaces the text in the field with the clipboard's text."))
        self.open_button.setText(translate("PastePanel", "&Open file…"))
        self.open_button.setToolTip(translate("PastePanel", "Open a saved email (.eml) or text "
                                                            "file (Ctrl+O)"))
        self.open_button.setAccessibleName(translate("PastePanel", "Open file"))
        self.open_button.setAccessibleDescription(translate(
            "PastePanel", "Opens a saved email file (.eml) or any text file."))
        self.examples_button.setText(translate("PastePanel", "Try an &example"))
        self.examples_button.setAccessibleName(translate("PastePanel", "Try an example"))
        self.examples_button.setAccessibleDescription(translate(
            "PastePanel", "Shows a menu of example returned messages to explore."))
        self.clear_button.setText(translate("PastePanel", "Clea&r"))
        self.clear_button.setAccessibleName(translate("PastePanel", "Clear"))
        self.clear_button.setAccessibleDescription(translate(
            "PastePanel", "Empties the field to start with another message."))
        self.button_bar.refresh()
        if self.preview:
            self._show_preview_notice(self._preview_length)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._highlighted is not None:
            text, evidence, context = self._highlighted
            self.highlight(text, evidence, context)
