"""What happened: the cause's title, explanation, the server's own words, a note, and links.

Links are shown as links and open in the system browser only when clicked; nothing remote is
ever loaded into the window.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smtphelper.core import wording
from smtphelper.core.codebook import lower_first
from smtphelper.core.model import Recipient
from smtphelper.gui.text_widgets import TextLabel, WrappedText

translate = QCoreApplication.translate



def _wording(text: str) -> str:
    return QCoreApplication.translate(wording.CONTEXT, text)


class VariantView(QWidget):
    link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = TextLabel(size=1.1, bold=True)
        self.generic_hint = TextLabel()
        self.title = TextLabel(size=1.05, bold=True)
        self.title.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a stop in the focus order
        self.explanation = TextLabel()
        self.note = TextLabel()
        self.server_heading = TextLabel(bold=True)
        self.server_words = WrappedText(monospace=True, max_lines=4)
        self.evidence_hint = TextLabel(tab_stop=False)
        self.remote = TextLabel()
        self.links = TextLabel(rich=True)
        self.links.linkActivated.connect(self.link_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget in (self.heading, self.generic_hint, self.title, self.explanation, self.note):
            layout.addWidget(widget)
        layout.addSpacing(4)
        for widget in (self.server_heading, self.server_words, self.evidence_hint, self.remote,
                       self.links):
            layout.addWidget(widget)
        self.recipient: Recipient | None = None
        self.evidence_shown = False
        self.recognised = True
        self.reply: str | None = None
        self.remote_server: str | None = None
        self.retranslate()

    def show_recipient(self, recipient: Recipient, evidence_shown: bool, recognised: bool = True,
                       reply: str | None = None, remote: str | None = None) -> None:
        """``evidence_shown``: some matched words are highlighted in the paste field;
        ``recognised``: the cause was recognised (not only the code's class); ``reply``: the
        server's reply as shown (None: no reply to show); ``remote``: the receiving server, when
        something in the message names it."""
        self.recipient = recipient
        self.evidence_shown = evidence_shown
        self.recognised = recognised
        self.reply = reply
        self.remote_server = remote
        variant = recipient.variant
        if variant is not None:
            self.title.setText(variant.title)
            self.explanation.setText(variant.explanation)
            note = translate("VariantView", "Note: {note}").format(
                note=lower_first(variant.note)) if variant.note else ""
            self.note.setText(note)
            items = "<br>".join(
                f'<a href="{html.escape(link.url, quote=True)}">{html.escape(link.title)}</a>'
                for link in variant.links)
            self.links.setText(items)
        self.server_words.set_text(" ".join((reply or "").split()))
        self.retranslate()

    def retranslate(self) -> None:
        recipient = self.recipient
        variant = recipient.variant if recipient else None
        generic = variant is not None and variant.generic
        unrecognised = variant is not None and not self.recognised
        self.heading.setText(_wording(wording.LABEL_CAUSE_UNKNOWN if unrecognised
                                      else wording.LABEL_CAUSE))
        self.generic_hint.setText(_wording(wording.CAUSE_NOT_RECOGNISED) if unrecognised
                                  else translate(
            "VariantView", "SMTP Helper does not know this server's exact wording, so the "
            "explanation below follows the codes and may be less precise."))
        if variant is not None:
            # The cause is a stop of its own in the focus order, named for a screen reader.
            self.title.setAccessibleName(translate("VariantView", "Cause: {title}").format(
                title=variant.title))
            self.title.setAccessibleDescription(variant.explanation)
        self.server_heading.setText(_wording(wording.LABEL_SERVER_SAID))
        self.server_words.setAccessibleName(_wording(wording.LABEL_SERVER_SAID))
        self.server_words.setAccessibleDescription(translate(
            "VariantView", "The receiving server's own words, exactly as it wrote them."))
        self.evidence_hint.setText(translate(
            "VariantView", "The words that gave it away are highlighted in the pasted "
            "message."))
        remote = self.remote_server
        self.remote.setText(translate("VariantView", "{label}: {server}").format(
            label=_wording(wording.LABEL_REMOTE), server=remote or ""))
        self.links.setAccessibleName(translate("VariantView", "Further reading"))
        self.links.setAccessibleDescription(translate(
            "VariantView", "Links open in your web browser."))
        self.heading.setVisible(variant is not None)
        self.title.setVisible(variant is not None)
        self.explanation.setVisible(variant is not None and bool(variant.explanation))
        self.generic_hint.setVisible(generic)
        self.note.setVisible(variant is not None and bool(variant.note))
        has_words = bool(self.reply)
        self.server_heading.setVisible(has_words)
        self.server_words.setVisible(has_words)
        self.evidence_hint.setVisible(self.evidence_shown)
        self.remote.setVisible(bool(remote))
        self.links.setVisible(variant is not None and bool(variant.links))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
