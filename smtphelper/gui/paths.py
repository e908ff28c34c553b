"""Every user folder the window app writes to, resolved in one place.

``platformdirs`` gives the platform's usual folders. ``SMTPHELPER_HOME`` overrides all of them
with sub-folders of one directory, so tests and portable installs never touch the real profile.
"""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "SMTPHELPER_HOME"
APP_NAME = "SmtpHelper"
SETTINGS_FILE = "settings.json"
LOG_FILE = "smtphelper-gui.log"


def _dirs():  # noqa: ANN202 - platformdirs.PlatformDirs, imported lazily for start-up time
    from platformdirs import PlatformDirs

    return PlatformDirs(APP_NAME, appauthor=False)


def config_dir() -> Path:
    """Where the settings file lives."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "config"
    return Path(_dirs().user_config_dir)


def log_dir() -> Path:
    """Where crash reports are appended."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "logs"
    return Path(_dirs().user_log_dir)


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def log_path() -> Path:
    return log_dir() / LOG_FILE


def documents_dir() -> Path:
    """The first folder the Open dialog shows, before the user picked one."""
    try:
        return Path(_dirs().user_documents_dir)
    except Exception:  # noqa: BLE001 - an odd platform setup must not stop the dialog
        return Path.home()
