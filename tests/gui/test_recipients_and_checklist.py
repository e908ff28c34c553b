"""Several recipients: a selector switches the shown one; ticks stay with their message."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
EXIM = EXAMPLES / "exim-several-recipients.eml"
POSTFIX = EXAMPLES / "postfix-user-unknown.eml"


def test_selector_lists_recipients_and_switches(window, wait_report) -> None:
    window.open_file(EXIM)
    wait_report(window)
    results = window.results
    selector = results.selector
    assert results.selector_row.isVisibleTo(results)
    assert selector.count() == 2
    assert selector.itemText(0).startswith("petra.pokorna@example.org")
    assert "Not delivered: " in selector.itemText(0)
    assert "(2)" in results.selector_label.text()
    assert results.recipient().address == "petra.pokorna@example.org"
    first_words = results.variant.server_words.toPlainText()
    first_highlight = [s.cursor.selectionStart()
                       for s in window.paste_panel.field.extraSelections()]
    selector.setCurrentIndex(1)
    assert results.recipient().address == "karel.benes@example.net"
    assert results.code_section.enhanced.title.text().startswith("Status code 5.3.4")
    assert results.variant.server_words.toPlainText() != first_words
    assert "karel.benes@example.net" in results.advice_panel.preview.toPlainText()
    second_highlight = [s.cursor.selectionStart()
                        for s in window.paste_panel.field.extraSelections()]
    assert second_highlight != first_highlight


def test_single_recipient_has_no_selector(window, wait_report) -> None:
    window.open_file(POSTFIX)
    wait_report(window)
    assert not window.results.selector_row.isVisibleTo(window.results)


def test_ticks_stay_with_the_message_and_recipient(qtbot, window, wait_report) -> None:
    window.open_file(EXIM)
    wait_report(window)
    results = window.results
    qtbot.mouseClick(results.checklist.boxes[0], Qt.MouseButton.LeftButton)
    assert results.checklist.boxes[0].isChecked()
    results.selector.setCurrentIndex(1)
    assert not any(box.isChecked() for box in results.checklist.boxes)
    results.selector.setCurrentIndex(0)
    assert results.checklist.boxes[0].isChecked()
    window.decoder.redecode()  # the same text decoded again (as after a language change)
    wait_report(window)
    assert results.checklist.boxes[0].isChecked()
    window.open_file(POSTFIX)
    wait_report(window)
    assert not any(box.isChecked() for box in results.checklist.boxes)
    window.open_file(EXIM)
    wait_report(window)
    assert not any(box.isChecked() for box in results.checklist.boxes)


def test_clicking_the_step_text_ticks_it(qtbot, window, wait_report) -> None:
    window.open_file(POSTFIX)
    wait_report(window)
    text = window.results.checklist.texts[0]
    qtbot.mouseClick(text, Qt.MouseButton.LeftButton)
    assert window.results.checklist.boxes[0].isChecked()


def test_other_codes_are_collapsed_until_asked(qtbot, window, wait_report) -> None:
    window.open_file(EXIM)
    wait_report(window)
    codes = window.results.codes
    assert codes.isVisibleTo(window.results)
    assert not codes.listing.isVisibleTo(window.results)
    codes.toggle.click()
    assert codes.listing.isVisibleTo(window.results)
    assert "550" in codes.listing.toPlainText()
    assert codes.toggle.arrowType() == Qt.ArrowType.DownArrow
