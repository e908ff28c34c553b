"""PyInstaller entry script of the window app (the ``smtphelper`` executable)."""

import sys

from smtphelper.gui.app import main

sys.exit(main())
