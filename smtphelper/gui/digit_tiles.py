"""The digit-by-digit breakdown of a reply code (550) or an enhanced status code (5.1.1).

Each digit is a tile: the digit itself, large; its role ("Class", "Subject", ...); and what it
means here, word-wrapped. Above the tiles stand the whole code's name and explanation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from smtphelper.core.codebook import lower_first
from smtphelper.core.model import CodeExplanation, DigitMeaning
from smtphelper.core.providers import load_providers
from smtphelper.gui.text_widgets import TextLabel

translate = QCoreApplication.translate



class DigitTile(QWidget):
    """One digit: big digit, role, meaning."""

    def __init__(self, meaning: DigitMeaning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.digit = TextLabel(meaning.digit, size=2.2, bold=True, tab_stop=False)
        self.digit.setWordWrap(False)
        self.digit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.role = TextLabel(meaning.role, bold=True, tab_stop=False)
        self.meaning = TextLabel(meaning.meaning, tab_stop=False)
        layout = QGridLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.digit, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.role, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.meaning, 1, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(2, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(f"{meaning.digit}: {meaning.role}")
        self.setAccessibleDescription(meaning.meaning)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(QColor(palette.color(QPalette.ColorRole.AlternateBase)))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()


class CodeBreakdown(QWidget):
    """A code's name, explanation and digit tiles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = TextLabel(bold=True)
        self.explanation = TextLabel()
        self.provider_note = TextLabel()
        self.tiles = QGridLayout()
        self.tiles.setHorizontalSpacing(8)
        self.tiles.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addWidget(self.provider_note)
        layout.addSpacing(4)
        layout.addLayout(self.tiles)
        self.code: CodeExplanation | None = None

    def show_code(self, code: CodeExplanation, label: str) -> None:
        """``label`` is the translated kind of code ("Reply code", "Status code")."""
        self.code = code
        title = translate("DigitTiles", "{label} {code}: {name}").format(
            label=label, code=code.code, name=lower_first(code.name))
        if not code.valid:
            title = translate("DigitTiles", "{label} {code}: not a valid code").format(
                label=label, code=code.code)
        self.title.setText(title)
        self.explanation.setText(code.explanation)
        self.explanation.setVisible(bool(code.explanation))
        provider = load_providers().get(code.provider) if code.provider else None
        note = ""
        if provider is not None and code.registry_name:
            note = translate(
                "DigitTiles", "This is what {provider} means by this code. In the standard list "
                "it means “{registry}”; {provider} uses it in its own way.").format(
                provider=provider.name, registry=code.registry_name)
        elif provider is not None:
            note = translate(
                "DigitTiles", "This is what {provider} means by this code; other servers may use "
                "it differently.").format(provider=provider.name)
        elif code.valid and not code.known:
            note = translate(
                "DigitTiles", "This code is well-formed but not in the standard list; the meaning "
                "below comes from its digits.")
        self.provider_note.setText(note)
        self.provider_note.setVisible(bool(note))
        self._fill_tiles(code.digits)
        self.setAccessibleName(title)

    def _fill_tiles(self, digits: list[DigitMeaning]) -> None:
        while self.tiles.count():
            item = self.tiles.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for column, meaning in enumerate(digits):
            tile = DigitTile(meaning, self)
            self.tiles.addWidget(tile, 0, column)
            tile.show()
            self.tiles.setColumnStretch(column, 1)
        for column in range(len(digits), self.tiles.columnCount()):
            self.tiles.setColumnStretch(column, 0)


class CodesSection(QWidget):
    """"What the codes mean": the digit tiles of the reply and status codes behind a header
    that folds them away; ``folded_changed`` reports the person's choice (kept in settings)."""

    folded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        font = self.toggle.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.1)
        self.toggle.setFont(font)
        self.toggle.toggled.connect(self._on_toggled)
        self.disagreement = TextLabel()
        self.reply = CodeBreakdown(self)
        self.enhanced = CodeBreakdown(self)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(14)
        for widget in (self.disagreement, self.reply, self.enhanced):
            body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.retranslate()

    @property
    def folded(self) -> bool:
        return not self.toggle.isChecked()

    def set_folded(self, folded: bool) -> None:
        """Fold or open without reporting it (restoring the saved choice)."""
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not folded)
        self.toggle.blockSignals(False)
        self._show_body(not folded)

    def show_codes(self, reply: CodeExplanation | None, enhanced: CodeExplanation | None,
                   reply_label: str, status_label: str, disagreement: str) -> None:
        for widget, code, label in ((self.reply, reply, reply_label),
                                    (self.enhanced, enhanced, status_label)):
            widget.setVisible(code is not None)
            if code is not None:
                widget.show_code(code, label)
        self.disagreement.setText(disagreement)
        self.disagreement.setVisible(bool(disagreement))

    def _on_toggled(self, open_: bool) -> None:
        self._show_body(open_)
        self.folded_changed.emit(not open_)

    def _show_body(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        self.body.setVisible(open_)

    def retranslate(self) -> None:
        self.toggle.setText(translate("DigitTiles", "What the codes mean"))
        self.toggle.setAccessibleName(translate("DigitTiles", "What the codes mean"))
        self.toggle.setAccessibleDescription(translate(
            "DigitTiles", "Shows or hides what each digit of the codes means."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
