"""Smoke test of the frozen app (``make package-smoke``; not part of ``make test``).

    python packaging/smoke.py [--app DIR]

DIR holds the two executables: dist/smtphelper (the default, Linux and Windows),
"dist/SMTP Helper.app/Contents/MacOS" (macOS) or an installed copy such as /opt/smtphelper.
Checks that the command line reports the project's version, decodes a sample bounce (and every
bundled example) and names its codes, and that the window opens offscreen and quits by itself
(``--quit-after-show``) with exit code 0 within 10 seconds. Prints one PASS or FAIL line per
check and exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "packaging" / "smoke" / "sample.eml"  # 550 5.1.1 for petr.dvorak@example.org
WINDOW_TIMEOUT = 10.0
EXE = ".exe" if sys.platform == "win32" else ""


def default_app_dir() -> Path:
    if sys.platform == "darwin":
        return ROOT / "dist" / "SMTP Helper.app" / "Contents" / "MacOS"
    return ROOT / "dist" / "smtphelper"


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"]


def bundled(app: Path, pattern: str) -> list[Path]:
    """Files of the bundle matching ``pattern``, one per name (the .app links some twice)."""
    root = app if (app / "_internal").is_dir() else app.parent  # macOS: SMTP Helper.app/Contents
    found: dict[str, Path] = {}
    for path in sorted(root.rglob(pattern)):
        found.setdefault(path.name, path)
    return list(found.values())


class Smoke:
    def __init__(self, app: Path) -> None:
        self.app = app
        self.failed: list[str] = []
        self.passed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> None:
        if ok:
            self.passed += 1
            print(f"PASS {name}" + (f" ({detail})" if detail else ""))
        else:
            self.failed.append(name)
            print(f"FAIL {name}" + (f": {detail}" if detail else ""))

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.app / f"smtphelper-cli{EXE}"), *args],
                              capture_output=True, text=True, encoding="utf-8", timeout=60)

    def check_version(self) -> None:
        result = self.cli("--version")
        expected = project_version()
        self.check("cli --version", result.returncode == 0 and expected in result.stdout,
                   result.stdout.strip() or result.stderr.strip()[-300:])

    def check_decode(self, path: Path, codes: list[str]) -> None:
        result = self.cli("decode", str(path))
        missing = [code for code in codes if code not in result.stdout]
        ok = result.returncode == 0 and not missing
        detail = f"names {', '.join(codes) or 'no code (none expected)'}" if ok else (
            f"exit {result.returncode}, missing {missing}: {result.stderr.strip()[-300:]}")
        self.check(f"cli decode {path.name}", ok, detail)

    def check_czech(self) -> None:
        translation = bundled(self.app, "smtphelper_cs.ts")
        english = self.cli("decode", str(SAMPLE))
        czech = self.cli("decode", "--lang", "cs", str(SAMPLE))
        # A finished translation is a <translation> element without type="unfinished".
        finished = translation and re.search(r"<translation>[^<]", translation[0].read_text(
            encoding="utf-8"))
        if not finished:
            self.check("cli decode --lang cs", czech.returncode == 0,
                       "no finished Czech translation bundled yet: exit code only")
            return
        self.check("cli decode --lang cs", czech.returncode == 0 and czech.stdout != english.stdout,
                   "differs from English" if czech.stdout != english.stdout
                   else "same text as English: translations not found in the bundle")

    def check_window(self, language: str) -> None:
        name = f"window --lang {language} --quit-after-show"
        with tempfile.TemporaryDirectory() as home:  # keep the user's real settings untouched
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SMTPHELPER_HOME=home)
            start = time.monotonic()
            try:
                result = subprocess.run(
                    [str(self.app / f"smtphelper{EXE}"), "--lang", language, "--quit-after-show"],
                    capture_output=True, text=True, env=env, timeout=WINDOW_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.check(name, False, f"still running after {WINDOW_TIMEOUT:.0f} s")
                return
        seconds = time.monotonic() - start
        output = result.stdout + result.stderr
        shown = re.search(r"window shown in (\d+(?:\.\d+)?) ?ms", output)
        plugin_error = "Could not load the Qt platform plugin" in output
        ok = result.returncode == 0 and not plugin_error
        detail = (f"exit 0 after {seconds:.1f} s" + (f", {shown.group(0)}" if shown else "")
                  if ok else f"exit {result.returncode}: {output.strip()[-500:]}")
        self.check(name, ok, detail)


def expected_codes(path: Path) -> list[str]:
    """The codes a bounce states: its delivery report's ``Status:`` fields, else the first
    enhanced status code in its text."""
    text = path.read_text(encoding="utf-8", errors="replace")
    codes = set(re.findall(r"^Status:\s*([245]\.\d{1,3}\.\d{1,3})", text, re.M))
    first = re.search(r"\b[245]\.\d{1,3}\.\d{1,3}\b", text)
    return sorted(codes) or ([first.group(0)] if first else [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=default_app_dir(),
                        help="folder holding smtphelper and smtphelper-cli")
    args = parser.parse_args()
    if not (args.app / f"smtphelper-cli{EXE}").is_file():
        print(f"FAIL no frozen app in {args.app}: run `make package` first")
        return 1

    smoke = Smoke(args.app)
    smoke.check_version()
    smoke.check_decode(SAMPLE, ["550", "5.1.1"])
    examples = [p for p in bundled(args.app, "*.eml") if p.parent.name == "examples"]
    for example in examples:  # the bundled copies: proves they are in the bundle too
        smoke.check_decode(example, expected_codes(example))
    smoke.check_czech()
    smoke.check_window("en")
    smoke.check_window("cs")
    print(f"{smoke.passed} passed, {len(smoke.failed)} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
