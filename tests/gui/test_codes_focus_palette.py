"""The codes section folds and stays folded; the verdict and the cause are stops in the focus
order with accessible names; check boxes and highlights follow the palette at once; an input
is decoded once whatever the language."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from smtphelper.gui import decode_worker
from smtphelper.gui.settings import Settings, SettingsStore

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
POSTFIX = EXAMPLES / "postfix-user-unknown.eml"


def dark() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Highlight, "#3f7fd8")):
        palette.setColor(role, QColor(colour))
    return palette


def test_codes_section_folds_and_the_choice_is_kept(make_window, wait_report, tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    window = make_window(store=store)
    window.open_file(POSTFIX)
    wait_report(window)
    section = window.results.code_section
    assert section.isVisibleTo(window.results) and section.body.isVisibleTo(window.results)
    section.toggle.click()
    assert not section.body.isVisibleTo(window.results)
    assert json.loads((tmp_path / "settings.json").read_text())["codes_folded"] is True
    again = make_window(store.load(), store)
    again.open_file(POSTFIX)
    wait_report(again)
    assert again.results.code_section.folded
    assert not again.results.code_section.body.isVisibleTo(again.results)


def test_settings_ignore_a_folded_flag_of_the_wrong_type() -> None:
    assert Settings.from_dict({"codes_folded": "yes"}).codes_folded is False
    assert Settings.from_dict({"codes_folded": True}).codes_folded is True


def test_verdict_and_cause_are_in_the_focus_order_with_names(window, wait_report) -> None:
    window.open_file(POSTFIX)
    wait_report(window)
    results = window.results
    banner, title = results.banner, results.variant.title
    assert banner.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert title.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert banner.accessibleName().endswith("Not delivered.")
    assert "permanent" in banner.accessibleDescription()
    assert title.accessibleName() == f"Cause: {results.recipient().variant.title}"
    chain, widget = [], window.paste_panel.clear_button
    for _ in range(60):
        widget = widget.nextInFocusChain()
        chain.append(widget)
    assert banner in chain and title in chain
    assert chain.index(banner) < chain.index(title) < chain.index(results.checklist.boxes[0])


def test_checklist_step_has_a_focus_frame(window, wait_report, qtbot) -> None:
    window.open_file(POSTFIX)
    wait_report(window)
    window.activateWindow()
    box = window.results.checklist.boxes[0]
    row = box.parentWidget()
    before = row.grab().toImage()
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    after = row.grab().toImage()
    highlight = row.palette().color(QPalette.ColorRole.Highlight)
    corner = after.pixelColor(row.width() // 2, 1)
    assert before != after
    assert abs(corner.blue() - highlight.blue()) < 60 and abs(corner.red() - highlight.red()) < 60


def test_check_boxes_and_highlights_follow_a_palette_change(window, wait_report) -> None:
    window.open_file(POSTFIX)
    wait_report(window)
    app = QApplication.instance()
    light = app.palette()
    box = window.results.checklist.boxes[0]
    field = window.paste_panel.field
    light_box = box.grab().toImage().pixelColor(box.width() // 2, box.height() // 2)
    light_marks = [s.format.background().color().name() for s in field.extraSelections()]
    try:
        app.setPalette(dark())
        QApplication.processEvents()
        dark_box = box.grab().toImage().pixelColor(box.width() // 2, box.height() // 2)
        dark_marks = [s.format.background().color().name() for s in field.extraSelections()]
        ink = {s.format.foreground().color().name() for s in field.extraSelections()}
    finally:
        app.setPalette(light)
    assert dark_box.lightness() < 80 < light_box.lightness()
    assert dark_marks and dark_marks != light_marks
    assert all(QColor(mark).lightness() < 128 for mark in dark_marks)
    assert ink == {"#e8eaed"}


def test_one_decode_per_input_whatever_the_language(make_window, wait_report, monkeypatch
                                                    ) -> None:
    calls = []
    real = decode_worker.decode
    monkeypatch.setattr(decode_worker, "decode",
                        lambda *args, **kwargs: calls.append(1) or real(*args, **kwargs))
    window = make_window()
    window.set_language("cs")
    window.open_file(POSTFIX)
    wait_report(window)
    assert len(calls) == 1
    assert window.results.advice_for(english=True).startswith("Hello,")
    window.set_language("en")
    window.set_language("cs")
    assert len(calls) == 1
    assert window.results.advice_for(english=True).startswith("Hello,")


def test_tiles_say_which_meaning_the_app_believes(window) -> None:
    from smtphelper.core.codebook import explain_enhanced, explain_reply
    from smtphelper.core.model import Recipient, Report, VariantMatch
    from smtphelper.gui.decode_worker import DecodeRequest, DecodeResult

    cause = VariantMatch(id="x.policy", title="Your message broke one of the recipient's rules",
                         explanation="The receiving side refused it by its rules.",
                         reason="policyviolation", actor="provider", retry="after_fix",
                         checklist=["Forward this to your email provider."])
    recipient = Recipient("eva@example.org", reply_code="554", enhanced_code="5.7.9",
                          reply=explain_reply("554"), enhanced=explain_enhanced("5.7.9"),
                          diagnostic="554 5.7.9 Message not accepted for policy reasons",
                          permanent=True, state="failed", reason="policyviolation",
                          variant=cause, cause_tier="lexicon")
    given = Report("typed", "bounce", recipient.diagnostic, [recipient])
    window.results.show_result(DecodeResult(1, DecodeRequest(given.text, "typed"), given,
                                            given, text_key=1), [])
    sentence = window.results.code_section.disagreement
    assert sentence.isVisibleTo(window.results)
    assert "“Sign-in method too weak”" in sentence.text()
    assert "goes by the words" in sentence.text()
    provider = explain_enhanced("5.7.9", ["yahoo"])
    recipient.enhanced = provider
    window.results.show_result(DecodeResult(2, DecodeRequest(given.text, "typed"), given,
                                            given, text_key=2), [])
    assert not window.results.code_section.disagreement.isVisibleTo(window.results)
    note = window.results.code_section.enhanced.provider_note.text()
    assert "Yahoo" in note and "“Sign-in method too weak”" in note
