"""The language switches at once, is remembered, and works without a compiled .qm."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QLocale, QTranslator

from smtphelper.core.resources import translations_dir
from smtphelper.gui import language
from smtphelper.gui.settings import SettingsStore

CZECH_QM = translations_dir() / "smtphelper_cs.qm"


def window_strings_translated() -> bool:
    """The compiled Czech translation exists and covers the window's own strings."""
    translator = QTranslator()
    if not translator.load(str(CZECH_QM)):
        return False
    return bool(translator.translate("WindowActions", "&File"))


def test_default_follows_the_system(monkeypatch) -> None:
    monkeypatch.setattr(language.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.Czech)))
    assert language.normalise("") == "cs"
    monkeypatch.setattr(language.QLocale, "system",
                        staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert language.normalise(None) == "en"
    assert language.normalise("cs") == "cs"


def test_switching_to_czech_and_back(make_window, wait_report, tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    window = make_window(store=store)
    window.load_text("550 5.1.1 <jan@example.org>: Recipient address rejected: User unknown")
    wait_report(window)
    generation = window.results.result.generation
    window.actions_.languages["cs"].trigger()
    assert window.language.language == "cs"
    assert window.actions_.languages["cs"].isChecked()
    assert json.loads((tmp_path / "settings.json").read_text())["language"] == "cs"
    # Not decoded again: the same decode is said in the new language.
    assert window.results.result.generation == generation == window.decoder.generation
    assert window.decoder.want_english
    assert window.results.advice_panel.copy_english_button.isVisibleTo(window.results)
    assert window.actions_.copy_english.isVisible()
    english = window.results.advice_for(english=True)
    assert english.startswith("Hello,")
    window.actions_.languages["en"].trigger()
    assert window.results.result.generation == generation
    assert window.language.language == "en"
    assert not window.results.advice_panel.copy_english_button.isVisibleTo(window.results)
    assert window.windowTitle().startswith("SMTP Helper")


def test_copy_in_english(make_window, world, wait_report) -> None:
    window = make_window()
    window.set_language("cs")
    window.load_text("550 5.1.1 <jan@example.org>: Recipient address rejected: User unknown")
    wait_report(window)
    window.actions_.copy_english.trigger()
    assert world.clipboard.startswith("Hello,")
    assert "jan@example.org" in world.clipboard


@pytest.mark.skipif(not window_strings_translated(),
                    reason="translations/smtphelper_cs.qm missing or without the window's text")
def test_czech_text_when_the_translation_is_built(make_window, qtbot) -> None:
    window = make_window()
    window.set_language("cs")
    assert window.language.app_translation_loaded
    # Qt delivers the language change as an event: within one turn of the event loop.
    qtbot.waitUntil(lambda: window.actions_.file_menu.title() == "&Soubor", timeout=2000)
    assert window.paste_panel.paste_button.text() != "&Paste from clipboard"
