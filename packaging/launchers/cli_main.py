"""PyInstaller entry script of the command line (the ``smtphelper-cli`` executable)."""

import sys

from smtphelper.cli import main

sys.exit(main())
