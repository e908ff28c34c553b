"""Size and start time of the frozen app (after ``make package``).

Usage: python benchmarks/package.py [--app DIR] [--runs N]

Prints the onedir folder's size, the .deb's size, the installed size the .deb declares, and the
frozen window's start time: the median over N runs (default 3) of the "window shown in X ms"
line that ``smtphelper --quit-after-show`` prints, offscreen. Sizes are in MB (10^6 bytes).
Goals: .deb <= 40 MB, installed <= 110 MB, window shown within 1000 ms.
Skips (exit 0) when dist/ holds no frozen app.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOALS = {"deb": 40.0, "installed": 110.0, "start": 1000.0}
EXE = ".exe" if sys.platform == "win32" else ""


def folder_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def find_deb(dist: Path) -> Path | None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    debs = sorted(dist.glob(f"smtphelper_{version['project']['version']}*.deb"))
    return debs[-1] if debs else None


def installed_bytes(deb: Path) -> int:
    kib = subprocess.run(["dpkg-deb", "--field", str(deb), "Installed-Size"],
                         check=True, capture_output=True, text=True).stdout
    return int(kib) * 1024


def window_start_ms(app: Path) -> float | None:
    """One offscreen start: the app's own "window shown in X ms" figure, or None."""
    with tempfile.TemporaryDirectory() as home:  # fresh settings, the user's stay untouched
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMTPHELPER_HOME=home)
        try:
            result = subprocess.run(
                [str(app / f"smtphelper{EXE}"), "--lang", "en", "--quit-after-show"],
                capture_output=True, text=True, env=env, timeout=30)
        except subprocess.TimeoutExpired:
            return None
    shown = re.search(r"window shown in (\d+(?:\.\d+)?) ?ms", result.stdout + result.stderr)
    return float(shown.group(1)) if shown else None


def verdict(value: float, goal: float) -> str:
    return "ok" if value <= goal else "OVER GOAL"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "smtphelper")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not (args.app / f"smtphelper-cli{EXE}").is_file():
        print(f"no frozen app in {args.app}: run `make package` first (skipped)")
        return 0

    onedir = folder_bytes(args.app) / 1e6
    print(f"onedir folder      {onedir:7.1f} MB  ({args.app})")
    deb = find_deb(args.app.parent) if sys.platform.startswith("linux") else None
    if deb:
        deb_mb = deb.stat().st_size / 1e6
        installed = installed_bytes(deb) / 1e6
        print(f".deb (xz)          {deb_mb:7.1f} MB  goal <= {GOALS['deb']:.0f} MB: "
              f"{verdict(deb_mb, GOALS['deb'])}  ({deb.name})")
        print(f"installed size     {installed:7.1f} MB  goal <= {GOALS['installed']:.0f} MB: "
              f"{verdict(installed, GOALS['installed'])}")
    else:
        print(f".deb               not built; onedir as installed size: "
              f"{verdict(onedir, GOALS['installed'])}")

    times = [window_start_ms(args.app) for _ in range(args.runs)]
    shown = [t for t in times if t is not None]
    if len(shown) == len(times):
        median = statistics.median(shown)
        print(f"window shown in    {median:7.0f} ms  median of {len(shown)} offscreen runs "
              f"{[round(t) for t in shown]}, goal <= {GOALS['start']:.0f} ms: "
              f"{verdict(median, GOALS['start'])}")
    else:
        print("window shown in        n/a     the frozen app did not print "
              "\"window shown in X ms\" (no --quit-after-show yet, or it failed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
