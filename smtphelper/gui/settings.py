"""Settings kept across runs: one JSON file, written crash-safely, never fatal when broken.

Writing: a temporary file in the same folder, flushed and fsynced, then ``os.replace``; the
previous good file is kept as ``settings.json.bak``. Reading: a file that cannot be read or
parsed is moved aside as ``settings.json.corrupt-<timestamp>`` and the backup (or the defaults)
is used instead, so a broken file never stops the app.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
FORMAT_VERSION = 1


@dataclass
class Settings:
    geometry: str = ""  # QMainWindow.saveGeometry(), base64
    window_state: str = ""  # QMainWindow.saveState(), base64
    splitter: str = ""  # QSplitter.saveState(), base64
    last_folder: str = ""  # the folder the Open dialog showed last
    language: str = ""  # "en", "cs", or "" to follow the system
    codes_folded: bool = False  # "What the codes mean" folded away by the person

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Settings:
        """Known keys of the right type; anything else is ignored."""
        settings = cls()
        for item in fields(cls):
            value = data.get(item.name)
            if type(value) is type(getattr(settings, item.name)):
                setattr(settings, item.name, value)
        return settings


class SettingsStore:
    """Loads and saves ``Settings`` at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup = path.with_name(path.name + ".bak")

    def load(self) -> Settings:
        data = self._read(self.path)
        if data is None and self.path.exists():
            self._set_aside(self.path)
        if data is None:
            data = self._read(self.backup)
        return Settings.from_dict(data or {})

    def save(self, settings: Settings) -> bool:
        """Write ``settings``; False (and a log line) when the disk refused."""
        payload = {"version": FORMAT_VERSION, **asdict(settings)}
        text = json.dumps(payload, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile(
                "w", encoding="utf-8", dir=self.path.parent, prefix=self.path.name + ".",
                suffix=".tmp", delete=False)
            try:
                with handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
                if self._read(self.path) is not None:
                    os.replace(self.path, self.backup)
                os.replace(handle.name, self.path)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
            _fsync_folder(self.path.parent)
        except OSError as error:
            log.warning("could not save settings to %s: %s", self.path, error)
            return False
        return True

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    @staticmethod
    def _set_aside(path: Path) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        try:
            os.replace(path, target)
            log.warning("settings file %s was unreadable; kept as %s", path, target)
        except OSError as error:
            log.warning("settings file %s is unreadable and could not be moved: %s",
                        path, error)


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows it (POSIX); harmless elsewhere."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
