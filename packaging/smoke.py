"""Smoke test of the frozen app (``make package-smoke``; not part of ``make test``).

    python packaging/smoke.py [--app DIR] [--platform NAME]

DIR holds the two executables: dist/smtphelper (the default, Linux and Windows),
"dist/SMTP Helper.app/Contents/MacOS" (macOS) or an installed copy such as /opt/smtphelper.
Checks that:

- the command line reports the project's version, decodes a sample bounce (and every bundled
  example) and names its codes;
- it prints Czech through a pipe as valid UTF-8 (what a Windows console program gets wrong when
  Python's UTF-8 mode is off), and each executable carries the UTF-8 mode option spelled the way
  PyInstaller's bootloader reads it (when PyInstaller is importable to read the archive);
- the window starts, shows and quits by itself (``--quit-after-show``) with exit code 0 within
  10 seconds: offscreen in English, and in Czech on the system's real platform plugin (NAME,
  default: ``windows``, ``cocoa``, or ``xcb``). Qt stops with an error when a plugin named in
  QT_QPA_PLATFORM cannot be loaded, so exit code 0 proves it was. On Linux without a display the
  script starts Xvfb for that check (install the ``xvfb`` package).

Prints one PASS, FAIL or SKIP line per check and exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "packaging" / "smoke" / "sample.eml"  # 550 5.1.1 for petr.dvorak@example.org
WINDOW_TIMEOUT = 10.0
EXE = ".exe" if sys.platform == "win32" else ""
# The real platform plugin of each system and the file that holds it in the bundle.
NATIVE_PLATFORM = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
PLUGIN_FILES = {"windows": "qwindows.dll", "cocoa": "libqcocoa.dylib", "xcb": "libqxcb.so",
                "wayland": "libqwayland.so", "offscreen": "libqoffscreen.*"}
# Letters that only Czech text has (the English output has none of them).
CZECH_LETTERS = set("ěščřžýáíéůúťďňĚŠČŘŽÝÁÍÉŮÚ")
# Variables that would turn UTF-8 output on from outside and hide a missing UTF-8 mode.
ENCODING_VARIABLES = ("PYTHONUTF8", "PYTHONIOENCODING", "PYTHONLEGACYWINDOWSSTDIO")


def utf8_mode_enabled(options: list[str]) -> bool | None:
    """Whether PyInstaller's bootloader turns Python's UTF-8 mode on for these OPTION entries.

    Mirrors the bootloader (pyi_pyconfig.c): an ``X`` option whose flag is ``utf8`` alone or
    followed by ``=`` or a space and a value; any value but ``0`` turns the mode on. Other
    spellings (``utf8_mode=1``) are passed to Python as unknown -X options and change nothing.
    None when no option decides (Python then chooses from the locale).
    """
    enabled = None
    for option in options:
        if not option.startswith("X "):
            continue
        flag = option[2:]
        if flag == "utf8":
            enabled = True
        elif flag.startswith(("utf8=", "utf8 ")):
            enabled = flag[5:] != "0"
    return enabled


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

    def skip(self, name: str, reason: str) -> None:
        print(f"SKIP {name} ({reason})")

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
        """Czech through a pipe: the bytes must be UTF-8 and hold Czech letters, with every
        variable that could switch UTF-8 on from outside removed."""
        name = "cli decode --lang cs | pipe (UTF-8)"
        env = {key: value for key, value in os.environ.items() if key not in ENCODING_VARIABLES}
        result = subprocess.run([str(self.app / f"smtphelper-cli{EXE}"), "decode", "--lang", "cs",
                                 str(SAMPLE)], capture_output=True, env=env, timeout=60)
        try:
            text = result.stdout.decode("utf-8")
        except UnicodeDecodeError as error:
            self.check(name, False, f"not UTF-8: {error}")
            return
        found = sorted(CZECH_LETTERS & set(text))
        ok = result.returncode == 0 and bool(found)
        self.check(name, ok, f"UTF-8 with {''.join(found)}" if ok else (
            f"exit {result.returncode}, no Czech letters: "
            f"{(text + result.stderr.decode('utf-8', 'replace'))[-300:]}"))

    def check_utf8_option(self) -> None:
        """Each executable's archive carries the UTF-8 mode option in the bootloader's spelling."""
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            self.skip("UTF-8 mode option", "PyInstaller is not importable to read the archive")
            return
        for program in ("smtphelper", "smtphelper-cli"):
            options = CArchiveReader(str(self.app / f"{program}{EXE}")).options
            self.check(f"{program} UTF-8 mode option", utf8_mode_enabled(options) is True,
                       ", ".join(options))

    def check_plugin(self, platform: str) -> None:
        found = bundled(self.app, PLUGIN_FILES.get(platform, f"*q{platform}*"))
        self.check(f"platform plugin {platform} bundled", bool(found),
                   found[0].name if found else "not in the bundle")

    def check_window(self, language: str, platform: str = "offscreen") -> None:
        name = f"window --lang {language} --quit-after-show ({platform})"
        with tempfile.TemporaryDirectory() as home:  # keep the user's real settings untouched
            env = dict(os.environ, QT_QPA_PLATFORM=platform, SMTPHELPER_HOME=home)
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


@contextlib.contextmanager
def display_for(platform: str) -> Iterator[str | None]:
    """Linux, xcb, no DISPLAY: run Xvfb for the block and yield its display; else yield the
    current DISPLAY (or None where there is none to give). Yields "" when Xvfb is missing."""
    if platform != "xcb" or os.environ.get("DISPLAY"):
        yield os.environ.get("DISPLAY")
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield ""
        return
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1280x1024x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # Xvfb writes the display number once it is ready
        yield f":{number}" if number else ""
    finally:
        server.terminate()
        server.wait(timeout=10)


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
    parser.add_argument("--platform", default=NATIVE_PLATFORM,
                        help=f"Qt platform plugin for the second window start "
                             f"(default here: {NATIVE_PLATFORM})")
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
    smoke.check_utf8_option()
    smoke.check_window("en")
    smoke.check_plugin(args.platform)
    with display_for(args.platform) as display:
        if display == "":
            smoke.check(f"window ({args.platform})", False,
                        "no display and no Xvfb: install the xvfb package")
        else:
            if display:
                os.environ["DISPLAY"] = display
            smoke.check_window("cs", args.platform)
    print(f"{smoke.passed} passed, {len(smoke.failed)} failed")
    return 1 if smoke.failed else 0


if __name__ == "__main__":
    sys.exit(main())
