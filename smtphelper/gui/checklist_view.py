"""The checklist: what to do, as check boxes that stay ticked while the message stays open.

The boxes are drawn here from the current palette (outline in the text colour, ticked in the
highlight colour), so they read well on light and dark backgrounds and follow a palette change
at once; the step that has the keyboard focus gets a clear frame around its whole row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from smtphelper.core import wording
from smtphelper.gui.text_widgets import TextLabel, column
from smtphelper.gui.verdict_banner import draw_focus_frame


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``share`` of ``second`` mixed into ``first``."""
    return QColor(round(first.red() + (second.red() - first.red()) * share),
                  round(first.green() + (second.green() - first.green()) * share),
                  round(first.blue() + (second.blue() - first.blue()) * share))


class StepBox(QCheckBox):
    """A check box drawn from the palette: readable outline, filled tick when done."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        side = self.fontMetrics().height() + 4
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.sizeHint()

    def hitButton(self, pos) -> bool:  # noqa: N802, ANN001 - Qt override
        return self.rect().contains(pos)

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        base = palette.color(QPalette.ColorRole.Base)
        accent = palette.color(QPalette.ColorRole.Highlight)
        side = min(self.width(), self.height()) - 2
        box = QRectF(1, 1, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        checked = self.isChecked()
        painter.setPen(QPen(accent if checked else mix(base, text, 0.75), 1.6))
        painter.setBrush(accent if checked else base)
        painter.drawRoundedRect(box.adjusted(0.8, 0.8, -0.8, -0.8), 3, 3)
        if checked:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.HighlightedText),
                                max(2.0, side / 9), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            tick = QPainterPath(QPointF(box.left() + side * 0.24, box.top() + side * 0.52))
            tick.lineTo(box.left() + side * 0.43, box.top() + side * 0.72)
            tick.lineTo(box.left() + side * 0.78, box.top() + side * 0.3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.end()

    def focusInEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusInEvent(event)
        if self.parentWidget() is not None:
            self.parentWidget().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        super().focusOutEvent(event)
        if self.parentWidget() is not None:
            self.parentWidget().update()


class _StepRow(QWidget):
    """One step's row; framed while its box has the keyboard focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box: StepBox | None = None

    def paintEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt override
        if self.box is not None and self.box.hasFocus():
            painter = QPainter(self)
            draw_focus_frame(painter, QRectF(self.rect()), self.palette())
            painter.end()

translate = QCoreApplication.translate



class _StepText(TextLabel):
    """The step's words: wrapped (a QCheckBox cannot wrap) and clickable like the box."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.hasSelectedText():
            self.clicked.emit()


class ChecklistView(QWidget):
    """Ordered steps; ``ticked`` reports (step index, checked) when the user ticks one."""

    ticked = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel(size=1.1, bold=True)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(2)
        column(self, 6, self.heading, self.rows)
        self.boxes: list[StepBox] = []
        self.texts: list[_StepText] = []
        self.retranslate()

    def show_steps(self, steps: list[str], ticked: set[int]) -> None:
        if steps == [text.text() for text in self.texts]:
            # Same steps (a re-render): keep the widgets, so focus and ticks stay put.
            for index, box in enumerate(self.boxes):
                box.blockSignals(True)
                box.setChecked(index in ticked)
                box.blockSignals(False)
                self._dim(index, index in ticked)
            return
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.boxes, self.texts = [], []
        for index, step in enumerate(steps):
            row = _StepRow(self)
            box = StepBox(row)
            row.box = box
            box.setChecked(index in ticked)
            text = _StepText(step, row, tab_stop=False)
            text.clicked.connect(box.toggle)
            box.toggled.connect(lambda checked, i=index: self._on_toggled(i, checked))
            line = QHBoxLayout(row)
            line.setContentsMargins(4, 3, 4, 3)
            line.setSpacing(8)
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            self.rows.addWidget(row)
            row.show()  # at once, not when the layout gets round to it (clicks, focus, tests)
            self.boxes.append(box)
            self.texts.append(text)
            self._dim(index, index in ticked)
        self.retranslate()

    def _on_toggled(self, index: int, checked: bool) -> None:
        self._dim(index, checked)
        self.ticked.emit(index, checked)

    def _dim(self, index: int, done: bool) -> None:
        """A done step is drawn in the softer placeholder colour (the tick says it too)."""
        text = self.texts[index]
        palette = self.palette()
        if done:
            palette.setColor(QPalette.ColorRole.WindowText,
                             palette.color(QPalette.ColorRole.PlaceholderText))
        text.setPalette(palette)

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate(wording.CONTEXT,
                                                        wording.LABEL_WHAT_TO_DO))
        self.heading.setAccessibleDescription(translate(
            "ChecklistView", "Tick each step when you have done it."))
        total = len(self.boxes)
        for number, (box, text) in enumerate(zip(self.boxes, self.texts, strict=True), 1):
            box.setAccessibleName(text.text())
            box.setAccessibleDescription(translate(
                "ChecklistView", "Step {number} of {total}").format(number=number, total=total))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            for index, box in enumerate(self.boxes):
                self._dim(index, box.isChecked())
                box.update()
