"""Compile translations/*.ts into .qm files (Qt's lrelease, shipped with PySide6-Essentials).

The .qm files are build output (ignored by git). `make run`, `make test` and the installer build
compile them next to their sources; the wheel build (setup.py) compiles them into the wheel.
A .qm that is newer than its .ts is not compiled again.

    python tools/build_translations.py [TARGET_FOLDER]
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def lrelease_command() -> list[str]:
    """How to run lrelease: the PySide6 wrapper on PATH or beside this Python, else the
    binary inside the PySide6 package (what an isolated build environment has)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        beside = Path(sys.executable).with_name(name)
        if beside.exists():
            return [str(beside)]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        for candidate in (package / "lrelease", package / "lrelease.exe",
                          package / "Qt" / "libexec" / "lrelease"):
            if candidate.is_file():
                return [str(candidate)]
    raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials into this Python")


def up_to_date(qm: Path, ts: Path) -> bool:
    return qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime


def compile_translations(source: Path = TRANSLATIONS, target: Path | None = None) -> list[Path]:
    """Compile each ``source/*.ts`` into ``target/*.qm`` (default: beside the .ts); a .qm
    already compiled beside its .ts (as in a source distribution) is copied instead."""
    target = target or source
    target.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / ts.with_suffix(".qm").name
        beside = ts.with_suffix(".qm")
        if up_to_date(qm, ts):
            pass
        elif beside != qm and up_to_date(beside, ts):
            shutil.copy2(beside, qm)
        else:
            subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    compile_translations(TRANSLATIONS, Path(argv[0]) if argv else None)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
