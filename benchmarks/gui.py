"""Window benchmarks: start-up time and event-loop stalls while a 20 MB paste is decoded.

    python benchmarks/gui.py [--runs N]

1. Start-up: spawns ``python -m smtphelper.gui.app --quit-after-show`` (offscreen) and measures
   the wall time from spawning to the "window shown in X ms" line; the app's own figure (from
   process start) is printed too.
2. Responsiveness (in-process, offscreen): a 20 ms timer ticks while 20 MB of text is pasted
   and decoded; the longest gap between ticks is the longest the window would have frozen.
   The same paste is timed in Czech too (one decode per input whatever the language).
3. Above the fold (in-process, offscreen): every bounce in ``../shared/corpus/emails`` shown at
   1024x700 and 1366x768, in English and Czech; the share where the verdict banner, the cause's
   title, the first checklist step and the Copy button are all visible without scrolling.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import corpus_folder  # benchmarks/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "postfix-user-unknown.eml"
CORPUS = corpus_folder() / "emails"
FOLD_SIZES = ((1024, 700), (1366, 768))
PASTE_CHARS = 20_000_000
TICK_MS = 20


def startup_once(home: str) -> tuple[float, float | None]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMTPHELPER_HOME=home)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "smtphelper.gui.app", "--quit-after-show"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    wall = None
    own = None
    for line in process.stdout:
        found = re.search(r"window shown in (\d+) ms", line)
        if found:
            wall = (time.perf_counter() - started) * 1000
            own = float(found.group(1))
            break
    process.wait(timeout=30)
    if wall is None:
        raise SystemExit("the app did not report the window as shown")
    return wall, own


def benchmark_startup(runs: int) -> None:
    home = tempfile.mkdtemp(prefix="smtphelper-bench-")
    startup_once(home)  # warm the disk cache; not counted
    results = [startup_once(home) for _ in range(runs)]
    walls = [w for w, _ in results]
    owns = [o for _, o in results if o is not None]
    print(f"start-up to window shown (wall, spawn -> shown): median {statistics.median(walls):.0f} "
          f"ms, best {min(walls):.0f} ms, worst {max(walls):.0f} ms ({runs} runs)")
    if owns:
        print(f"start-up as the app measures it (process start -> shown): median "
              f"{statistics.median(owns):.0f} ms")


def _app():  # noqa: ANN202 - QApplication
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SMTPHELPER_HOME", tempfile.mkdtemp(prefix="smtphelper-bench-"))
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    return app


def benchmark_paste(runs: int, language: str = "en") -> None:
    from PySide6.QtCore import QTimer

    from smtphelper.gui.language import LanguageSwitcher
    from smtphelper.gui.main_window import MainWindow
    from smtphelper.gui.seams import Seams
    from smtphelper.gui.settings import Settings

    app = _app()
    sample = SAMPLE.read_text(encoding="utf-8")
    # The bounce repeated: every part of the decoder gets work (codes, recipients, matching).
    text = (sample * (PASTE_CHARS // len(sample) + 1))[:PASTE_CHARS]
    switcher = LanguageSwitcher()
    switcher.apply(language)
    window = MainWindow(Settings(language=language), None, switcher,
                        Seams(clipboard_text=lambda: text, clipboard_files=lambda: []))
    window.resize(1280, 800)
    window.show()
    stalls, durations = [], []
    for _ in range(runs):
        window.clear()
        ticks: list[float] = []
        timer = QTimer(interval=TICK_MS)
        timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
        timer.start()
        settle = time.perf_counter() + 0.2
        while time.perf_counter() < settle:
            app.processEvents()
        started = time.perf_counter()
        window.paste_from_clipboard()
        generation = window.decoder.generation
        while not (window.results.result and window.results.result.generation == generation):
            app.processEvents()
            time.sleep(0.001)
        durations.append(time.perf_counter() - started)
        settle = time.perf_counter() + 0.1
        while time.perf_counter() < settle:
            app.processEvents()
        timer.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
        stalls.append(max(gaps) * 1000)
    window.decoder.wait()
    window.close()
    print(f"20 MB paste ({language}): longest event-loop stall median "
          f"{statistics.median(stalls):.0f} ms, worst {max(stalls):.0f} ms (timer every "
          f"{TICK_MS} ms, {runs} runs)")
    print(f"20 MB paste ({language}): explanation shown after median "
          f"{statistics.median(durations) * 1000:.0f} ms")


def benchmark_fold(corpus: Path) -> None:
    """The share of corpus bounces whose banner, cause, first step and Copy button are visible
    without scrolling, per window size and language."""
    files = sorted(corpus.glob("*.eml"))
    if not files:
        print(f"above the fold: skipped ({corpus} not found)")
        return
    app = _app()
    from smtphelper.gui.decode_worker import DecodeRequest, run_request
    from smtphelper.gui.language import LanguageSwitcher
    from smtphelper.gui.main_window import MainWindow
    from smtphelper.gui.settings import Settings

    switcher = LanguageSwitcher()
    for language in ("en", "cs"):
        switcher.apply(language)
        for width, height in FOLD_SIZES:
            window = MainWindow(Settings(language=language), None, switcher)
            window.resize(width, height)
            window.show()
            for _ in range(5):
                app.processEvents()
            window._restore_splitter()  # noqa: SLF001 - what the first shown event does
            shown = every = 0
            missing: dict[str, int] = {}
            for path in files:
                request = DecodeRequest(path.read_bytes(), path.name)
                result = run_request(window.decoder.generation, request,
                                     window.decoder.translate, language != "en")
                if result.report is None or result.report.kind not in ("bounce", "delay"):
                    continue
                window._on_decoded(result)  # noqa: SLF001 - the window's own path, synchronous
                for _ in range(3):
                    app.processEvents()
                seen = window.results.above_the_fold()
                every += 1
                if all(value is not False for value in seen.values()):
                    shown += 1
                for name, value in seen.items():
                    if value is False:
                        missing[name] = missing.get(name, 0) + 1
            window.close()
            below = ", ".join(f"{name} {count}" for name, count in missing.items()) or "none"
            print(f"above the fold at {width}x{height} ({language}): {shown} of {every} bounces "
                  f"({100 * shown / max(every, 1):.0f} %); below the fold: {below}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--fold-only", action="store_true", help="only the above-the-fold share")
    args = parser.parse_args()
    parser_runs = max(1, args.runs // 2 + 1)
    if not args.fold_only:
        benchmark_startup(args.runs)
        benchmark_paste(parser_runs)
        benchmark_paste(parser_runs, "cs")
    benchmark_fold(args.corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
