"""Opening and dropping files: bytes go to the decoder, errors never lose the user's text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from smtphelper.gui import decode_worker

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
POSTFIX = EXAMPLES / "postfix-user-unknown.eml"


def drop(widget, mime: QMimeData) -> bool:
    """Send a drag-enter and a drop of ``mime`` onto the middle of ``widget``."""
    where = QPointF(widget.width() / 2, widget.height() / 2)
    actions = Qt.DropAction.CopyAction
    # Qt 6.11 takes the drag-enter position as a whole-pixel QPoint, the drop as a QPointF.
    enter = QDragEnterEvent(where.toPoint(), actions, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(where, actions, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def file_mime(path: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return mime


def test_open_file_remembers_the_folder(window, world, wait_report, tmp_path) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    target = folder / "bounce.eml"
    target.write_bytes(POSTFIX.read_bytes())
    world.open_answer = target
    window.actions_.open.trigger()
    wait_report(window)
    assert window.results.recipient().reason == "userunknown"
    assert window.paste_panel.field_text().startswith("Return-Path: <>")
    assert "bounce.eml" in window.paste_panel.info.text()
    assert window.settings.last_folder == str(folder)
    assert str(folder) in (tmp_path / "settings.json").read_text(encoding="utf-8")
    window.actions_.open.trigger()
    assert world.open_folders[-1] == str(folder)


def test_cancelled_open_changes_nothing(window, world) -> None:
    world.open_answer = None
    window.paste_panel.field.setPlainText("my notes")
    window.actions_.open.trigger()
    assert window.paste_panel.field_text() == "my notes"


def test_dropping_an_eml_on_the_field(window, wait_report, tmp_path) -> None:
    target = tmp_path / "dropped.eml"
    target.write_bytes(POSTFIX.read_bytes())
    assert drop(window.paste_panel.field, file_mime(target))
    wait_report(window)
    assert window.results.recipient().address == "jan.novak@example.org"


def test_dropping_an_eml_on_the_results(window, wait_report, tmp_path) -> None:
    target = tmp_path / "dropped.eml"
    target.write_bytes(POSTFIX.read_bytes())
    assert drop(window.results.viewport(), file_mime(target))
    wait_report(window)
    assert window.results.recipient().reason == "userunknown"


def test_dropping_text_on_the_results(window, wait_report) -> None:
    mime = QMimeData()
    mime.setText("550 5.1.1 <a@example.com>: Recipient address rejected: User unknown")
    assert drop(window.results.viewport(), mime)
    wait_report(window)
    assert window.results.recipient().reason == "userunknown"
    assert window.paste_panel.field_text().startswith("550 5.1.1")


def test_crlf_file_keeps_highlights_on_the_right_words(window, wait_report, tmp_path) -> None:
    target = tmp_path / "crlf.eml"
    target.write_bytes(POSTFIX.read_bytes().replace(b"\n", b"\r\n"))
    window.open_file(target)
    wait_report(window)
    report, recipient = window.results.report, window.results.recipient()
    assert "\r\n" in report.text
    context = recipient.diagnostic_span
    spans = ([] if recipient.variant.generic else recipient.variant.evidence)
    expected = [report.text[s.start:s.end] for s in ([context] if context else []) + spans]
    shown = [s.cursor.selectedText() for s in window.paste_panel.field.extraSelections()]
    # Qt shows line breaks as U+2029 in a selection; compare the words only.
    assert [t.split() for t in shown] == [t.split() for t in expected]


def test_binary_file_gets_a_friendly_message(window, wait_report, tmp_path) -> None:
    target = tmp_path / "photo.png"
    target.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    window.open_file(target)
    wait_report(window)
    assert window.results.report.kind == "binary"
    assert "PNG" in window.results.notes.text()
    assert window.results.guidance.heading.text() == "What to try next"


def test_missing_file_warns_and_keeps_the_text(qtbot, window, world, wait_report,
                                               tmp_path) -> None:
    window.paste_panel.field.setPlainText("550 5.1.1 User unknown")
    wait_report(window)
    window.open_file(tmp_path / "gone.eml")
    qtbot.waitUntil(lambda: bool(world.messages))
    assert world.messages[-1][0] == "warning"
    assert "gone.eml" in world.messages[-1][2]
    assert window.paste_panel.field_text() == "550 5.1.1 User unknown"
    assert window.results.report.text == "550 5.1.1 User unknown"  # still explained


def test_missing_file_does_not_swallow_pending_typing(qtbot, window, world, wait_report,
                                                       tmp_path) -> None:
    window.paste_panel.field.setPlainText("421 4.7.0 Try again later")  # debounce running
    window.open_file(tmp_path / "gone.eml")
    qtbot.waitUntil(lambda: bool(world.messages))
    wait_report(window)
    assert window.results.report.text == "421 4.7.0 Try again later"


def test_folder_is_not_a_file(qtbot, window, world, tmp_path) -> None:
    window.open_file(tmp_path)
    qtbot.waitUntil(lambda: bool(world.messages))
    assert world.messages[-1][0] == "warning"
    assert "folder" in world.messages[-1][2]


def test_only_the_first_50_mb_of_a_file_are_read(window, wait_report, tmp_path,
                                                 monkeypatch) -> None:
    monkeypatch.setattr(decode_worker, "MAX_FILE_BYTES", 4096)
    monkeypatch.setattr(decode_worker.read_file_head, "__defaults__", (4096,))
    target = tmp_path / "big.eml"
    target.write_bytes(POSTFIX.read_bytes() + b"x" * 10_000)
    window.open_file(target)
    wait_report(window)
    assert window.results.result.file_cut
    assert len(window.results.report.text) == 4096
    assert "only its first" in window.results.notes.text()


def test_clipboard_holding_a_file_opens_it(window, world, wait_report, tmp_path) -> None:
    target = tmp_path / "copied.eml"
    target.write_bytes(POSTFIX.read_bytes())
    world.clipboard_file_list = [target]
    window.actions_.paste.trigger()
    wait_report(window)
    assert window.results.recipient().reason == "userunknown"


def test_examples_menu_opens_each_example(window, wait_report) -> None:
    actions = window.actions_.example_actions
    assert len(actions) >= 4
    for action, example in actions:
        action.trigger()
        wait_report(window)
        report = window.results.report
        assert report.kind in ("bounce", "delay"), example.path.name
        assert report.recipients, example.path.name
        assert window.paste_panel.info.text().startswith("Example:")


def test_example_link_in_the_empty_state(window, wait_report) -> None:
    window.results.examples.linkActivated.emit("example:postfix-user-unknown.eml")
    wait_report(window)
    assert window.results.recipient().address == "jan.novak@example.org"
