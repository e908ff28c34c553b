"""Start-up, shortcuts, tab order and accessible names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QPlainTextEdit, QTextEdit

from smtphelper.gui import app

ROOT = Path(__file__).resolve().parents[2]
EXIM = ROOT / "resources" / "examples" / "exim-several-recipients.eml"


def test_quit_after_show_prints_the_start_up_time(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMTPHELPER_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-m", "smtphelper.gui.app", "--quit-after-show"],
                          capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "window shown in" in done.stdout
    assert (tmp_path / "config" / "settings.json").exists()


def test_process_age_is_plausible() -> None:
    assert 0 <= app.process_age_ms() < 24 * 3600 * 1000


def test_arguments() -> None:
    args = app.parse_arguments(["--quit-after-show", "--lang", "cs", "bounce.eml"])
    assert args.quit_after_show and args.lang == "cs" and args.file == "bounce.eml"


def test_standard_shortcuts(window) -> None:
    actions = window.actions_
    assert actions.open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert actions.paste.shortcut() == QKeySequence("Ctrl+Shift+V")
    assert actions.copy_advice.shortcut() == QKeySequence("Ctrl+Shift+C")
    assert actions.quit.shortcut() == QKeySequence("Ctrl+Q")
    assert actions.help.shortcut() == QKeySequence("F1")
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Language", "&Help"]
    assert [a.text() for a in actions.language_menu.actions()] == ["English", "Čeština"]


def test_every_control_has_an_accessible_name(window, wait_report) -> None:
    window.open_file(EXIM)
    wait_report(window)
    window.results.codes.toggle.click()
    controls = [w for kind in (QAbstractButton, QComboBox, QTextEdit, QPlainTextEdit)
                for w in window.findChildren(kind) if w.isVisibleTo(window)]
    assert controls
    unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
    assert unnamed == []


def test_tab_goes_from_the_field_to_the_buttons_and_into_the_results(window, wait_report
                                                                     ) -> None:
    window.open_file(EXIM)
    wait_report(window)
    panel = window.paste_panel
    assert panel.field.tabChangesFocus()
    order = []
    widget = panel.field
    for _ in range(2000):
        widget = widget.nextInFocusChain()
        if widget is panel.field:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(window):
            order.append(widget)
    assert order[:4] == [panel.paste_button, panel.open_button, panel.examples_button,
                         panel.clear_button]
    results = window.results
    boxes = results.checklist.boxes
    copy = results.advice_panel.copy_button
    assert results.selector in order and copy in order and boxes[0] in order
    assert order.index(results.selector) < order.index(boxes[0]) < order.index(copy)


def test_result_text_is_selectable(window, wait_report) -> None:
    window.open_file(EXIM)
    wait_report(window)
    flags = window.results.variant.title.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert flags & Qt.TextInteractionFlag.TextSelectableByKeyboard
