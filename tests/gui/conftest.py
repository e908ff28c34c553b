"""Window fixtures: a MainWindow with fake seams (clipboard, dialogs, browser) in English."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from smtphelper.gui.language import LanguageSwitcher
from smtphelper.gui.main_window import MainWindow
from smtphelper.gui.seams import Seams
from smtphelper.gui.settings import Settings, SettingsStore

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@dataclass
class FakeWorld:
    """What the window asked of the outside world, and what the world answers."""

    clipboard: str = ""
    clipboard_file_list: list[Path] = field(default_factory=list)
    open_answer: Path | None = None
    open_folders: list[str] = field(default_factory=list)
    messages: list[tuple[str, str, str]] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)

    def seams(self) -> Seams:
        def ask(parent, folder):  # noqa: ANN001, ANN202
            self.open_folders.append(folder)
            return self.open_answer

        def set_text(text: str) -> None:
            self.clipboard = text

        return Seams(
            clipboard_text=lambda: self.clipboard,
            clipboard_files=lambda: list(self.clipboard_file_list),
            set_clipboard_text=set_text,
            ask_open_file=ask,
            show_warning=lambda p, t, m: self.messages.append(("warning", t, m)),
            show_information=lambda p, t, m: self.messages.append(("information", t, m)),
            show_about=lambda p, t, m: self.messages.append(("about", t, m)),
            open_url=self.opened_urls.append,
        )


@pytest.fixture
def world() -> FakeWorld:
    return FakeWorld()


@pytest.fixture
def english():
    switcher = LanguageSwitcher()
    switcher.apply("en")
    yield switcher
    switcher.apply("en")


@pytest.fixture
def make_window(qtbot, world, english, tmp_path):
    """Build a window (optionally with given settings); waits for its jobs on teardown."""
    windows: list[MainWindow] = []

    def make(settings: Settings | None = None, store: SettingsStore | None = None
             ) -> MainWindow:
        store = store or SettingsStore(tmp_path / "settings.json")
        settings = settings or Settings(language="en")
        window = MainWindow(settings, store, english, world.seams())
        qtbot.addWidget(window)
        if not settings.geometry:
            window.resize(1280, 800)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.decoder.cancel()
        window.decoder.wait()


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window()


@pytest.fixture
def wait_report(qtbot):
    """``wait_report(window)``: wait until the decode of the current input is shown."""

    def wait(window: MainWindow, timeout: int = 10_000) -> None:
        generation = window.decoder.generation
        qtbot.waitUntil(lambda: window.results.result is not None
                        and window.results.result.generation == generation, timeout=timeout)

    return wait


@pytest.fixture
def example_text() -> Callable[[str], str]:
    """``example_text(name)``: the text of a bundled example."""
    return lambda name: (EXAMPLES / name).read_text(encoding="utf-8")
