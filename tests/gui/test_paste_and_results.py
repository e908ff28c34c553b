"""Pasting a bounce shows the verdict, the digit tiles, the cause and the checklist."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt

from smtphelper.gui.verdict_banner import Tone

POSTFIX = "postfix-user-unknown.eml"


def paste(window, world, text: str) -> None:
    world.clipboard = text
    window.actions_.paste.trigger()


def test_empty_state_on_start(window) -> None:
    results = window.results
    assert results.report is None
    assert results.guidance.isVisibleTo(results)
    assert results.guidance.heading.text() == "Explain a returned email"
    assert not results.banner.isVisibleTo(results)
    assert results.examples.isVisibleTo(results)
    assert not window.actions_.copy_advice.isEnabled()


def test_pasted_bounce_shows_verdict_tiles_cause_and_checklist(
        window, world, wait_report, example_text) -> None:
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    results = window.results
    recipient = results.recipient()
    assert recipient.address == "jan.novak@example.org"
    assert recipient.reason == "userunknown"
    assert results.banner.isVisibleTo(results)
    assert results.banner.tone is Tone.PERMANENT
    assert results.banner.headline.text() == "Not delivered."
    assert "The cause is permanent" in results.banner.detail.text()
    assert "You need to act." in results.banner.detail.text()
    reply_tiles = [results.code_section.reply.tiles.itemAt(i).widget() for i in range(
        results.code_section.reply.tiles.count())]
    assert [tile.digit.text() for tile in reply_tiles] == ["5", "5", "0"]
    assert all(tile.role.text() and tile.meaning.text() for tile in reply_tiles)
    status_tiles = [results.code_section.enhanced.tiles.itemAt(i).widget() for i in range(
        results.code_section.enhanced.tiles.count())]
    assert [tile.digit.text() for tile in status_tiles] == ["5", "1", "1"]
    assert results.code_section.enhanced.title.text().startswith("Status code 5.1.1")
    assert results.variant.isVisibleTo(results)
    assert results.variant.title.text() == recipient.variant.title
    assert "User unknown" in results.variant.server_words.toPlainText()
    steps = recipient.variant.checklist
    assert steps
    assert [text.text() for text in results.checklist.texts] == steps
    assert not any(box.isChecked() for box in results.checklist.boxes)
    assert window.actions_.copy_advice.isEnabled()


def test_copy_advice_puts_the_advice_on_the_clipboard(
        qtbot, window, world, wait_report, example_text) -> None:
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    world.clipboard = ""
    qtbot.mouseClick(window.results.advice_panel.copy_button, Qt.MouseButton.LeftButton)
    assert "jan.novak@example.org" in world.clipboard
    assert world.clipboard == window.results.advice_panel.preview.toPlainText()
    assert window.results.advice_panel.confirmation.text().startswith("Copied")
    world.clipboard = ""
    window.actions_.copy_advice.trigger()
    assert world.clipboard.startswith("Hello,")


def test_copy_advice_without_a_message_says_so(window, world) -> None:
    window.copy_advice()
    assert world.clipboard == ""
    assert "no advice" in window.statusBar().currentMessage()


def test_typing_is_debounced_and_decoded_once(qtbot, window, wait_report) -> None:
    shown = []
    window.decoder.finished.connect(shown.append)
    window.paste_panel.field.setFocus()
    qtbot.keyClicks(window.paste_panel.field, "550 5.1.1 User unknown")
    wait_report(window)
    qtbot.wait(400)
    assert len(shown) == 1
    assert shown[0].report.text == "550 5.1.1 User unknown"
    assert window.results.report.kind == "codes"


def test_garbage_gets_what_to_try_next(window, world, wait_report) -> None:
    paste(window, world, "Hello Anna, see you on Monday at the office. Petr")
    wait_report(window)
    results = window.results
    assert results.report.kind == "unrecognised"
    assert results.guidance.heading.text() == "What to try next"
    assert results.banner.tone is Tone.INFO
    assert not results.advice_panel.isVisibleTo(results)
    assert not results.checklist.isVisibleTo(results)


def test_control_characters_are_called_not_an_email(window, world, wait_report) -> None:
    paste(window, world, "\x01\x02\x03\x04\x05\x06garbage\x07\x08" * 50)
    wait_report(window)
    assert window.results.report.kind == "binary"
    assert window.results.notes.text()


def test_only_the_latest_input_is_shown(window, world, wait_report, example_text) -> None:
    window.load_text(example_text(POSTFIX))
    window.load_text("421 4.7.0 Try again later")
    wait_report(window)
    assert window.results.report.text == "421 4.7.0 Try again later"
    assert window.results.banner.tone is Tone.TEMPORARY


def test_normal_paste_into_the_field_decodes_at_once(window, wait_report, example_text) -> None:
    mime = QMimeData()
    mime.setText(example_text(POSTFIX))
    window.paste_panel.field.insertFromMimeData(mime)
    assert window.decoder._debounce.remainingTime() <= 0
    wait_report(window)
    assert window.results.recipient().address == "jan.novak@example.org"


def test_matched_words_are_highlighted_in_the_field(window, world, wait_report,
                                                    example_text) -> None:
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    report, recipient = window.results.report, window.results.recipient()
    selections = window.paste_panel.field.extraSelections()
    strong = [s for s in selections if s.format.fontUnderline()]
    evidence = recipient.variant.evidence if not recipient.variant.generic else []
    assert len(strong) == len(evidence)
    for selection, span in zip(strong, evidence, strict=True):
        assert selection.cursor.selectedText() == report.text[span.start:span.end]
    assert window.results.variant.evidence_hint.isVisibleTo(window.results) == bool(evidence)


def test_clear_returns_to_the_empty_state(window, world, wait_report, example_text) -> None:
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    window.actions_.clear.trigger()
    assert window.paste_panel.field_text() == ""
    assert window.results.report is None
    assert window.results.guidance.heading.text() == "Explain a returned email"


def test_deleting_the_text_returns_to_the_empty_state(qtbot, window, world, wait_report,
                                                      example_text) -> None:
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    window.paste_panel.field.selectAll()
    qtbot.keyClick(window.paste_panel.field, Qt.Key.Key_Delete)
    assert window.results.report is None


def test_undo_brings_the_previous_text_back(qtbot, window, world, wait_report,
                                            example_text) -> None:
    window.paste_panel.field.setPlainText("550 5.1.1 User unknown")
    wait_report(window)
    paste(window, world, example_text(POSTFIX))
    wait_report(window)
    window.paste_panel.field.undo()
    assert window.paste_panel.field_text() == "550 5.1.1 User unknown"
    wait_report(window)
    assert window.results.report.kind == "codes"


def test_clicking_a_link_opens_it_in_the_browser_only_then(window, world) -> None:
    assert world.opened_urls == []
    window.results.variant.links.linkActivated.emit("https://example.com/help")
    assert world.opened_urls == ["https://example.com/help"]


def test_about_and_help(window, world) -> None:
    from smtphelper import __version__

    window.actions_.about.trigger()
    kind, title, text = world.messages[-1]
    assert kind == "about"
    assert __version__ in text and "MIT" in text
    assert "never leaves this computer" in text
    window.actions_.help.trigger()
    assert world.messages[-1][0] == "information"
    assert "Ctrl+A" in world.messages[-1][2]
