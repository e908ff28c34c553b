"""Compile translations/*.ts into .qm files next to them (pyside6-lrelease).

The .qm files are build output (ignored by git); `make run`, `make test` and the installer build
call this. Skips a .ts whose .qm is newer.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return [str(beside)]
    raise SystemExit("pyside6-lrelease not found: install PySide6-Essentials into this Python")


def main() -> int:
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
