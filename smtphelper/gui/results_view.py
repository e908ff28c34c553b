"""The results side: plain language first, top to bottom, in a scroll area.

In the order a person needs it: the verdict banner, what happened (the cause, its explanation,
the server's words), what to do (the checklist), the message to send (with Copy), then "What
the codes mean" (the digit tiles, foldable) and every code found (collapsed). Several
recipients get a selector. Empty, unrecognised, not-text and failed inputs get calm guidance.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smtphelper.core import wording
from smtphelper.core.advice import addressee as advice_addressee
from smtphelper.core.advice import advice_text
from smtphelper.core.codebook import lower_first
from smtphelper.core.i18n import no_translation
from smtphelper.core.model import Recipient, Report
from smtphelper.gui import guidance
from smtphelper.gui.advice_panel import AdvicePanel
from smtphelper.gui.checklist_view import ChecklistView
from smtphelper.gui.codes_list import CodesList
from smtphelper.gui.decode_worker import DecodeResult
from smtphelper.gui.digit_tiles import CodesSection
from smtphelper.gui.guidance import GuidancePanel
from smtphelper.gui.text_widgets import TextLabel
from smtphelper.gui.variant_view import VariantView
from smtphelper.gui.verdict_banner import Tone, VerdictBanner

translate = QCoreApplication.translate
BOUNCE_KINDS = ("bounce", "delay", "codes")
CALM_KINDS = ("autoreply", "feedback", "delivered")


def _wording(text: str) -> str:
    return QCoreApplication.translate(wording.CONTEXT, text)


def tone_for(report: Report, recipient: Recipient | None) -> Tone:
    return Tone(wording.verdict_for(report, recipient).tone)


def outcome_of(report: Report, recipient: Recipient) -> str:
    """A few words for the recipient selector: the verdict's headline and the cause."""
    if report.kind in BOUNCE_KINDS:
        state = wording.state_of(report, recipient)
        headline = _wording(wording.STATE_SHORT[state]) if state else (
            wording.verdict_for(report, recipient, translate).headline.rstrip("."))
        if recipient.variant is None or recipient.variant.generic:
            return headline
        # The cause tells recipients apart better than "not delivered" twice.
        return translate("ResultsView", "{permanence}: {cause}").format(
            permanence=headline, cause=lower_first(recipient.variant.title))
    return recipient.variant.title if recipient.variant else ""


def _widgets_in_order(layout: QLayout | None) -> list[QWidget]:
    """Every widget under ``layout``, in layout (reading) order."""
    found: list[QWidget] = []
    if layout is None:
        return found
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
            found.extend(_widgets_in_order(item.widget().layout()))
        elif item.layout() is not None:
            found.extend(_widgets_in_order(item.layout()))
    return found


class ResultsView(QScrollArea):
    copy_requested = Signal(bool)  # True: the English advice
    example_requested = Signal(str)  # file name of a bundled example
    link_clicked = Signal(str)
    recipient_changed = Signal()
    codes_folded_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget(self)
        # The height follows the width (wrapped text): with no minimum size of its own, the
        # scroll area sizes the content by heightForWidth instead of its narrowest layout.
        content.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.notes = TextLabel()
        self.selector_label = TextLabel(tab_stop=False)
        self.selector = QComboBox(self)
        self.selector.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.selector.setMinimumContentsLength(24)
        self.selector.currentIndexChanged.connect(self._on_selected)
        self.selector_row = QWidget(self)
        row = QVBoxLayout(self.selector_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.selector_label)
        row.addWidget(self.selector)
        self.banner = VerdictBanner(self)
        self.guidance = GuidancePanel(self)
        self.examples = TextLabel(rich=True)
        self.examples.linkActivated.connect(self._on_example_link)
        self.example_titles: list[tuple[str, str]] = []  # (file name, translated title)
        self.code_section = CodesSection(self)
        self.code_section.folded_changed.connect(self.codes_folded_changed)
        self.variant = VariantView(self)
        self.checklist = ChecklistView(self)
        self.advice_panel = AdvicePanel(self)
        self.codes = CodesList(self)
        self.variant.link_clicked.connect(self.link_clicked)
        self.checklist.ticked.connect(self._on_ticked)
        self.advice_panel.copy_clicked.connect(lambda: self.copy_requested.emit(False))
        self.advice_panel.copy_english_clicked.connect(lambda: self.copy_requested.emit(True))
        layout = QVBoxLayout(content)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(16, 14, 16, 16)
        layout.setSpacing(18)
        for item in (self.selector_row, self.banner, self.notes, self.guidance, self.examples,
                     self.variant, self.checklist, self.advice_panel, self.code_section,
                     self.codes):
            layout.addWidget(item)
        layout.addStretch(1)
        self.setWidget(content)
        self.result: DecodeResult | None = None
        self.failure_log: str | None = None
        self.extra_notes: list[str] = []
        self.index = 0
        self.ticks: dict[tuple[int, int], set[int]] = {}
        self.evidence_visible = False
        self.retranslate()

    # --- what to show ----------------------------------------------------------------------

    def show_empty(self) -> None:
        self.result, self.failure_log, self.extra_notes = None, None, []
        self.ticks = {}
        self._render()

    def show_failure(self, log_file: str | None) -> None:
        self.result, self.failure_log, self.extra_notes = None, log_file, []
        self._render()

    def show_result(self, result: DecodeResult, notes: list[str]) -> None:
        """A new decode result; ``notes`` are the window's own remarks (file cut short)."""
        same_text = self.result is not None and self.result.text_key == result.text_key
        if not same_text:
            self.ticks = {key: ticks for key, ticks in self.ticks.items()
                          if key[0] == result.text_key}
            self.index = 0
        recipients = result.report.recipients if result.report else []
        self.index = min(self.index, max(0, len(recipients) - 1))
        self.result, self.failure_log, self.extra_notes = result, None, notes
        self._render()
        if not same_text:
            self.verticalScrollBar().setValue(0)

    @property
    def report(self) -> Report | None:
        return self.result.report if self.result else None

    def select_recipient(self, index: int) -> None:
        """Show the ``index``-th recipient (as choosing it in the selector does)."""
        self.selector.setCurrentIndex(index)

    def recipient(self) -> Recipient | None:
        report = self.report
        if report is None or not report.recipients:
            return None
        return report.recipients[self.index]

    def advice_for(self, english: bool = False) -> str | None:
        """The advice for the shown recipient, in the UI language or in English."""
        report, recipient = self.report, self.recipient()
        if report is None or recipient is None or report.kind not in BOUNCE_KINDS:
            return None
        if english and self.result.english is not None:
            english_report = self.result.english
            if self.index < len(english_report.recipients):
                return advice_text(english_report, english_report.recipients[self.index],
                                   no_translation)
        return advice_text(report, recipient, translate)

    def set_evidence_visible(self, visible: bool) -> None:
        self.evidence_visible = visible
        recipient = self.recipient()
        if recipient is not None and self.variant.isVisible():
            self._show_variant(self.report, recipient)

    # --- rendering -------------------------------------------------------------------------

    def _render(self) -> None:
        report, recipient = self.report, self.recipient()
        kind = report.kind if report is not None else "empty"
        bounce = kind in BOUNCE_KINDS and recipient is not None
        notes = (report.notes if report else []) + self.extra_notes
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        self._render_selector(report)
        self._render_banner(report, recipient)
        self._render_guidance(report, recipient)
        self._render_examples(kind == "empty" and self.failure_log is None)
        has_codes = bounce and (recipient.reply or recipient.enhanced) is not None
        self.code_section.setVisible(has_codes)
        if has_codes:
            self.code_section.show_codes(
                recipient.reply, recipient.enhanced, _wording(wording.LABEL_REPLY_CODE),
                _wording(wording.LABEL_STATUS_CODE), self._disagreement(recipient))
        self.variant.setVisible(bounce)
        if bounce:
            self._show_variant(report, recipient)
        steps = wording.checklist(report, recipient, translate) if recipient else []
        show_steps = bool(steps) and (bounce or kind in CALM_KINDS)
        self.checklist.setVisible(show_steps)
        if show_steps:
            key = (self.result.text_key, self.index)
            self.checklist.show_steps(steps, self.ticks.get(key, set()))
        advice = self.advice_for() if bounce else None
        self.advice_panel.setVisible(advice is not None)
        if advice is not None:
            offer_english = self.result.english is not None and (
                self.result.english is not self.result.report)
            to = advice_addressee(report, recipient)
            self.advice_panel.show_advice(advice, offer_english,
                                          _wording(wording.ADDRESSEE_LABELS[to]))
        hits = report.codes if report is not None and kind != "binary" else []
        self.codes.setVisible(bool(hits))
        if hits:
            self.codes.show_codes(hits)
        self._chain_focus()

    def _chain_focus(self) -> None:
        """Tab through the results top to bottom (rebuilt rows would otherwise come last)."""
        chain = [w for w in _widgets_in_order(self.widget().layout())
                 if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _render_selector(self, report: Report | None) -> None:
        # Text that is not a returned message has no recipients to choose from.
        recipients = report.recipients if report and report.kind not in (
            "unrecognised", "empty", "binary") else []
        several = len(recipients) > 1
        self.selector_row.setVisible(several)
        if not several:
            return
        self.selector.blockSignals(True)
        self.selector.clear()
        for recipient in recipients:
            address = recipient.address or _wording(wording.LABEL_NO_ADDRESS)
            self.selector.addItem(translate("ResultsView", "{address} — {outcome}").format(
                address=address, outcome=outcome_of(report, recipient)))
        self.selector.setCurrentIndex(self.index)
        self.selector.blockSignals(False)
        self.selector_label.setText(translate(
            "ResultsView", "This message reports on several recipients ({count}). Choose one:"
        ).format(count=len(recipients)))

    def _render_banner(self, report: Report | None, recipient: Recipient | None) -> None:
        if report is None:
            self.banner.setVisible(self.failure_log is not None)
            self.banner.show_verdict(Tone.INFO, translate(
                "ResultsView", "This text could not be explained."), "",
                translate("ResultsView", "Information"))
            return
        found = wording.verdict_for(report, recipient, translate)
        tone = Tone(found.tone)
        names = {Tone.PERMANENT: translate("ResultsView", "Permanent failure"),
                 Tone.TEMPORARY: translate("ResultsView", "Temporary problem"),
                 Tone.DELIVERED: translate("ResultsView", "Delivered"),
                 Tone.INFO: translate("ResultsView", "Information")}
        self.banner.show_verdict(tone, found.headline, " ".join(found.details), names[tone])
        self.banner.setVisible(report.kind != "empty")

    def _show_variant(self, report: Report, recipient: Recipient) -> None:
        remote = recipient.remote_mta if wording.remote_is_named(report, recipient) else None
        self.variant.show_recipient(recipient, self.evidence_visible,
                                    wording.cause_recognised(recipient),
                                    wording.server_reply(recipient), remote)

    def _disagreement(self, recipient: Recipient) -> str:
        """One sentence when the status code's standard meaning is not the one believed."""
        enhanced = recipient.enhanced
        variant = recipient.variant
        if enhanced is None or enhanced.provider is not None or variant is None or (
                not wording.code_disagrees(recipient)):
            return ""
        return translate(
            "ResultsView", "The status code {code} usually means “{meaning}”, but the server's "
            "words point to “{cause}”. SMTP Helper goes by the words: they are more specific "
            "than the code.").format(code=enhanced.code, meaning=enhanced.name,
                                      cause=variant.title)

    def _render_guidance(self, report: Report | None, recipient: Recipient | None) -> None:
        kind = report.kind if report is not None else "empty"
        if report is None and self.failure_log is not None:
            heading, paragraphs = guidance.failure(self.failure_log)
        elif kind == "empty":
            heading, paragraphs = guidance.empty_state()
        elif kind == "unrecognised":
            heading, paragraphs = guidance.unrecognised(report)
        elif kind == "binary":
            heading, paragraphs = guidance.not_text()
        elif kind in CALM_KINDS and recipient is not None and recipient.variant is not None:
            heading, paragraphs = recipient.variant.title, [recipient.variant.explanation]
        else:
            heading, paragraphs = "", []
        self.guidance.setVisible(bool(heading or paragraphs))
        self.guidance.show_text(heading, paragraphs)

    def above_the_fold(self) -> dict[str, bool | None]:
        """For the parts a person came for (the verdict banner, the cause's title, the first
        step and the Copy button): whether each is wholly visible without scrolling; None for
        a part not shown for this input."""
        first_step = self.checklist.rows.itemAt(0).widget() if self.checklist.rows.count() else (
            None)
        parts = {"banner": self.banner, "cause": self.variant.title, "first step": first_step,
                 "copy": self.advice_panel.copy_button}
        height = self.viewport().height()
        seen: dict[str, bool | None] = {}
        for name, widget in parts.items():
            if widget is None or not widget.isVisibleTo(self):
                seen[name] = None
                continue
            top = widget.mapTo(self.viewport(), QPoint(0, 0)).y()
            seen[name] = top >= 0 and top + widget.height() <= height
        return seen

    # --- user actions ----------------------------------------------------------------------

    def _on_selected(self, index: int) -> None:
        if index < 0 or index == self.index:
            return
        self.index = index
        self._render()
        self.recipient_changed.emit()

    def set_examples(self, examples: list[tuple[str, str]]) -> None:
        """(file name, title) of the bundled examples, offered in the empty state."""
        self.example_titles = examples
        self._render()

    def _on_example_link(self, link: str) -> None:
        if link.startswith("example:"):
            self.example_requested.emit(link.removeprefix("example:"))

    def _render_examples(self, empty: bool) -> None:
        self.examples.setVisible(empty and bool(self.example_titles))
        if not self.examples.isVisibleTo(self):
            return
        links = "".join(
            f'<li><a href="example:{html.escape(name, quote=True)}">{html.escape(title)}</a></li>'
            for name, title in self.example_titles)
        heading = html.escape(translate("ResultsView", "Try an example:"))
        self.examples.setText(f"<p>{heading}</p><ul>{links}</ul>")
        self.examples.setAccessibleName(translate("ResultsView", "Example bounces"))

    def _on_ticked(self, step: int, checked: bool) -> None:
        if self.result is None:
            return
        ticks = self.ticks.setdefault((self.result.text_key, self.index), set())
        if checked:
            ticks.add(step)
        else:
            ticks.discard(step)

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.selector.setAccessibleName(translate("ResultsView", "Recipient"))
        self.selector.setAccessibleDescription(translate(
            "ResultsView", "Choose which recipient's problem to explain."))
        self.setAccessibleName(translate("ResultsView", "Explanation"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
