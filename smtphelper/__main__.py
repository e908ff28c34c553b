"""``python -m smtphelper`` starts the window."""

import sys

from smtphelper.gui.app import main

sys.exit(main())
