"""Render the window offscreen at 1280x800 and save a PNG (for the README and for review).

    python tools/screenshot.py                 # an example bounce -> docs/screenshot.png
    python tools/screenshot.py --empty         # the empty state -> docs/screenshot-empty.png
    python tools/screenshot.py --lang cs       # Czech -> docs/screenshot-cs.png (needs the .qm)
    python tools/screenshot.py --dark          # a dark palette, to check contrast

Options: --example NAME (a file in resources/examples), --file PATH, --recipient N,
--output PATH,
--size WxH, --open-codes (expand the codes list).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXAMPLE = "microsoft-blocklist.eml"


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--empty", action="store_true", help="the empty state")
    parser.add_argument("--lang", choices=("en", "cs"), default="en")
    parser.add_argument("--example", default=DEFAULT_EXAMPLE)
    parser.add_argument("--file", type=Path, help="any email file instead of an example")
    parser.add_argument("--recipient", type=int, default=0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--open-codes", action="store_true")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--output", type=Path)
    return parser.parse_args(argv)


def dark_palette():  # noqa: ANN201 - QPalette
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#2a2b2e",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.Highlight: "#3f7fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Mid: "#4a4c50",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.ToolTipBase: "#2d2e31", QPalette.ColorRole.ToolTipText: "#e8eaed",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def wait_for(app, condition, seconds: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["SMTPHELPER_HOME"] = tempfile.mkdtemp(prefix="smtphelper-shot-")
    from PySide6.QtWidgets import QApplication

    from smtphelper.gui.app import app_icon
    from smtphelper.gui.examples import bundled_examples
    from smtphelper.gui.language import LanguageSwitcher
    from smtphelper.gui.main_window import MainWindow
    from smtphelper.gui.settings import Settings

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    app.setWindowIcon(app_icon())
    switcher = LanguageSwitcher()
    switcher.apply(args.lang)
    window = MainWindow(Settings(language=args.lang), None, switcher)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    if args.file is not None:
        window.open_file(args.file)
        wait_for(app, lambda: window.results.report is not None)
    elif not args.empty:
        example = next((e for e in bundled_examples() if e.path.name == args.example), None)
        if example is None:
            print(f"no example named {args.example}", file=sys.stderr)
            return 2
        window.open_example(example)
        wait_for(app, lambda: window.results.report is not None)
    if args.recipient:
        window.results.select_recipient(args.recipient)
    if args.open_codes:
        window.results.codes.toggle.setChecked(True)
    wait_for(app, lambda: True, 0.2)
    name = "screenshot-empty" if args.empty else "screenshot"
    name += "-cs.png" if args.lang == "cs" else ".png"
    output = args.output or ROOT / "docs" / name
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output)):
        print(f"could not write {output}", file=sys.stderr)
        return 1
    print(f"saved {output}")
    window.decoder.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
