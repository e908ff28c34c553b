"""What a person came for is on the first screen: at 1024x700 and 1366x768, in English and
Czech, the verdict banner, the cause's title, the first checklist step and the Copy button of
every bundled example are visible without scrolling; the digit tiles come after them."""

from __future__ import annotations

from pathlib import Path

import pytest

from smtphelper.gui.settings import Settings

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.eml"))


def show(make_window, wait_report, qtbot, path: Path, size: tuple[int, int], language: str):
    window = make_window(Settings(language="en"))
    window.resize(*size)
    if language != "en":
        window.set_language(language)
    qtbot.waitUntil(lambda: window._splitter_restored, timeout=2000)  # noqa: SLF001
    window.open_file(path)
    wait_report(window)
    qtbot.wait(30)  # one turn of the event loop for the layout
    return window


@pytest.mark.parametrize("language", ["en", "cs"])
@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)], ids=["1024x700", "1366x768"])
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_key_parts_are_above_the_fold(make_window, wait_report, qtbot, path, size,
                                      language) -> None:
    window = show(make_window, wait_report, qtbot, path, size, language)
    seen = window.results.above_the_fold()
    assert seen["banner"] and seen["cause"] and seen["copy"], seen
    assert seen["first step"] is not False, seen
    results = window.results
    # The digit tiles come after the text to send.
    section = results.code_section
    assert section.y() > results.advice_panel.y()


def test_the_measure_can_fail(make_window, wait_report, qtbot) -> None:
    window = show(make_window, wait_report, qtbot, EXAMPLES[0], (1024, 360), "en")
    seen = window.results.above_the_fold()
    assert seen["banner"] is True
    assert seen["copy"] is False
