"""The core must stay free of Qt: importing and using it loads no PySide6 module."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_cli_import_no_qt() -> None:
    probe = (
        "import sys\n"
        "from smtphelper.core.decode import decode\n"
        "import smtphelper.cli\n"
        "decode('550 5.1.1 <a@example.com>: User unknown')\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
