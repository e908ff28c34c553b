"""Session-wide test set-up: offscreen Qt and a throw-away user folder, before Qt is imported.

Every test runs against a private ``SMTPHELPER_HOME`` (settings and logs), never the real
profile, and the window tests run in English unless a test switches language itself.
"""

from __future__ import annotations

import os
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["SMTPHELPER_HOME"] = tempfile.mkdtemp(prefix="smtphelper-tests-")
os.environ.pop("SMTPHELPER_QUIT_AFTER_SHOW", None)
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"

