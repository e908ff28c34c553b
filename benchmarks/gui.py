"""Window benchmarks: start-up time and event-loop stalls while a 20 MB paste is decoded.

    python benchmarks/gui.py [--runs N]

1. Start-up: spawns ``python -m smtphelper.gui.app --quit-after-show`` (offscreen) and measures
   the wall time from spawning to the "window shown in X ms" line; the app's own figure (from
   process start) is printed too.
2. Responsiveness (in-process, offscreen): a 20 ms timer ticks while 20 MB of text is pasted
   and decoded; the longest gap between ticks is the longest the window would have frozen.
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

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "examples" / "postfix-user-unknown.eml"
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


def benchmark_paste(runs: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SMTPHELPER_HOME"] = tempfile.mkdtemp(prefix="smtphelper-bench-")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smtphelper.gui.language import LanguageSwitcher
    from smtphelper.gui.main_window import MainWindow
    from smtphelper.gui.seams import Seams
    from smtphelper.gui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    sample = SAMPLE.read_text(encoding="utf-8")
    # The bounce repeated: every part of the decoder gets work (codes, recipients, matching).
    text = (sample * (PASTE_CHARS // len(sample) + 1))[:PASTE_CHARS]
    switcher = LanguageSwitcher()
    switcher.apply("en")
    window = MainWindow(Settings(language="en"), None, switcher,
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
    print(f"20 MB paste: longest event-loop stall median {statistics.median(stalls):.0f} ms, "
          f"worst {max(stalls):.0f} ms (timer every {TICK_MS} ms, {runs} runs)")
    print(f"20 MB paste: explanation shown after median {statistics.median(durations) * 1000:.0f}"
          f" ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    benchmark_startup(args.runs)
    benchmark_paste(max(1, args.runs // 2 + 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
