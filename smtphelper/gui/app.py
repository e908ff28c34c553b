"""Entry point of the window app (``smtphelper``).

    smtphelper [--lang en|cs] [--quit-after-show] [FILE]

``--quit-after-show`` (or ``SMTPHELPER_QUIT_AFTER_SHOW=1``) prints "window shown in X ms" and
quits half a second later: the installer smoke test and the start-up benchmark use it.
Start-up stays fast: nothing is decoded at start, and Qt is imported only after the arguments
are read.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

QUIT_ENV = "SMTPHELPER_QUIT_AFTER_SHOW"
QUIT_DELAY_MS = 500
_IMPORTED = time.monotonic()


def process_age_ms() -> float:
    """Milliseconds since this process started (Linux: from /proc; elsewhere: since import)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        started_ticks = int(fields[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, (uptime - started_ticks / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _IMPORTED) * 1000


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smtphelper", description="Explain a returned email (bounce) in plain language.")
    parser.add_argument("file", nargs="?", help="an email file (.eml) or text file to open")
    parser.add_argument("--lang", choices=("en", "cs"), help="language of the window")
    parser.add_argument("--quit-after-show", action="store_true",
                        help="quit shortly after the window is shown (smoke tests)")
    args, _qt_arguments = parser.parse_known_args(argv)
    return args


def app_icon():  # noqa: ANN201 - QIcon, imported lazily
    from PySide6.QtGui import QIcon

    from smtphelper.core.resources import resources_dir

    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("smtphelper-*.png")):
        icon.addFile(str(path))
    return icon


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_arguments(argv[1:])
    quit_after_show = args.quit_after_show or os.environ.get(QUIT_ENV) == "1"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from smtphelper import __version__
    from smtphelper.gui import paths
    from smtphelper.gui.crash_dialog import install_excepthook
    from smtphelper.gui.language import LanguageSwitcher
    from smtphelper.gui.main_window import MainWindow
    from smtphelper.gui.settings import SettingsStore

    QApplication.setApplicationName("SMTP Helper")
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName("smtphelper")
    app = QApplication.instance() or QApplication(argv)
    app.setWindowIcon(app_icon())
    store = SettingsStore(paths.settings_path())
    settings = store.load()
    switcher = LanguageSwitcher()
    switcher.apply(args.lang or settings.language)
    if args.lang:
        settings.language = args.lang
    window = MainWindow(settings, store, switcher)
    install_excepthook(lambda: window)
    window.show()
    if args.file:
        window.open_file(Path(args.file))
    if quit_after_show:
        def shown() -> None:
            print(f"window shown in {process_age_ms():.0f} ms", flush=True)
            QTimer.singleShot(QUIT_DELAY_MS, window.close)

        QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
