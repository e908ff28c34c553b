"""The advice: a message to send to whoever must act, with a preview and two Copy buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from smtphelper.gui.text_widgets import TextLabel, WrappedText, column

translate = QCoreApplication.translate

CONFIRM_MS = 4000


class AdvicePanel(QWidget):
    copy_clicked = Signal()
    copy_english_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel(size=1.1, bold=True)
        self.intro = TextLabel(bold=True)
        self.preview = WrappedText(max_lines=12)
        self.copy_button = QPushButton(self)
        self.copy_english_button = QPushButton(self)
        self.confirmation = TextLabel(tab_stop=False)
        self.copy_button.clicked.connect(self.copy_clicked)
        self.copy_english_button.clicked.connect(self.copy_english_clicked)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copy_english_button)
        buttons.addWidget(self.confirmation, 1)
        # Whom to send it to and the Copy button first; the preview of the text follows.
        column(self, 6, self.heading, self.intro, buttons, self.preview)
        self._confirm_timer = QTimer(self, singleShot=True, interval=CONFIRM_MS)
        self._confirm_timer.timeout.connect(lambda: self.confirmation.setText(""))
        self.retranslate()

    def show_advice(self, text: str, offer_english: bool, send_to: str) -> None:
        """``send_to``: whom to send the text to, one sentence."""
        self.preview.set_text(text)
        self.copy_english_button.setVisible(offer_english)
        self.intro.setText(send_to)

    def confirm(self, english: bool = False) -> None:
        """Say that the text is on the clipboard (for a few seconds)."""
        message = (translate("AdvicePanel", "Copied in English. Paste it into an "
                                                       "email with Ctrl+V.")
                   if english else
                   translate("AdvicePanel", "Copied. Paste it into an email with "
                                                       "Ctrl+V."))
        self.confirmation.setText(message)
        self._confirm_timer.start()

    def retranslate(self) -> None:
        self.heading.setText(translate("AdvicePanel", "A message you can send"))
        self.preview.setAccessibleName(translate("AdvicePanel", "Advice text"))
        self.preview.setAccessibleDescription(translate(
            "AdvicePanel", "A preview of the message that Copy advice puts on the clipboard."))
        self.copy_button.setText(translate("AdvicePanel", "&Copy advice"))
        self.copy_button.setToolTip(translate(
            "AdvicePanel", "Put this message on the clipboard (Ctrl+Shift+C)"))
        self.copy_button.setAccessibleName(translate("AdvicePanel", "Copy advice"))
        self.copy_button.setAccessibleDescription(translate(
            "AdvicePanel", "Puts the advice text on the clipboard, ready to paste into an email."))
        self.copy_english_button.setText(translate("AdvicePanel",
                                                                    "Copy in &English"))
        self.copy_english_button.setToolTip(translate(
            "AdvicePanel", "The same message in English, for a support desk that does not read "
            "Czech"))
        self.copy_english_button.setAccessibleName(translate(
            "AdvicePanel", "Copy advice in English"))
        self.copy_english_button.setAccessibleDescription(translate(
            "AdvicePanel", "Puts the advice text in English on the clipboard."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
