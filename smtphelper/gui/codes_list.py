"""Other codes found in the message, for the curious: collapsed behind an arrow button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from smtphelper.core.model import CodeHit
from smtphelper.gui.text_widgets import WrappedText

translate = QCoreApplication.translate

MAX_LINE = 160


def describe(hit: CodeHit) -> str:
    line = " ".join(hit.line.split())
    if len(line) > MAX_LINE:
        line = line[: MAX_LINE - 1] + "…"
    kind = (translate("CodesList", "reply code") if hit.kind == "reply"
            else translate("CodesList", "status code"))
    if not hit.valid:
        kind = translate("CodesList", "{kind}, not valid").format(kind=kind)
    return translate("CodesList", "{code} ({kind}): {line}").format(
        code=hit.code, kind=kind, line=line)


class CodesList(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(False)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.toggle.toggled.connect(self._set_open)
        self.listing = WrappedText(monospace=True, max_lines=16)
        self.listing.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.listing)
        self.hits: list[CodeHit] = []
        self.retranslate()

    def show_codes(self, hits: list[CodeHit]) -> None:
        self.hits = hits
        self.toggle.setChecked(False)
        self.retranslate()

    def _set_open(self, open_: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        if open_ and not self.listing.toPlainText():
            self.listing.set_text("\n".join(describe(hit) for hit in self.hits))
        self.listing.setVisible(open_)

    def retranslate(self) -> None:
        # Counts are written "(3)", which needs no plural form in either language.
        self.toggle.setText(translate("CodesList", "All codes found in the message ({count})")
                            .format(count=len(self.hits)))
        self.toggle.setAccessibleName(translate(
            "CodesList", "Show all codes found in the message"))
        self.toggle.setAccessibleDescription(translate(
            "CodesList", "For the curious: every status code in the text and the line it stands "
            "in."))
        self.listing.setAccessibleName(translate("CodesList", "Codes found"))
        self.listing.set_text("")
        if self.toggle.isChecked():
            self._set_open(True)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
