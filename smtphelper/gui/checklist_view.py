"""The checklist: what to do, as check boxes that stay ticked while the message stays open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from smtphelper.core import wording
from smtphelper.gui.text_widgets import TextLabel, column

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
        self.intro = TextLabel()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        column(self, 6, self.heading, self.intro, self.rows)
        self.boxes: list[QCheckBox] = []
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
            row = QWidget(self)
            box = QCheckBox(row)
            box.setChecked(index in ticked)
            text = _StepText(step, row, tab_stop=False)
            text.clicked.connect(box.toggle)
            box.toggled.connect(lambda checked, i=index: self._on_toggled(i, checked))
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
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
        self.intro.setText(translate(
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
