"""Settings kept across runs: one JSON file, written crash-safely, never fatal when broken.

Writing: a temporary file in the same folder, flushed and fsynced, then ``os.replace``; the
previous file is kept as ``settings.json.bak`` when it was good (parsed, every value of the
right type and in range), so the backup is always the last good copy. Reading never fails: a
file that cannot be read, parsed (any exception, a ``RecursionError`` from ``[[[[`` included)
or validated is moved aside as ``settings.json.corrupt-<timestamp>`` and the backup (or the
defaults) is used instead. Only a regular file of at most ``MAX_BYTES`` is read. Temporary
files that a killed save left behind are removed.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from smtphelper.filereading import read_file_head

log = logging.getLogger(__name__)
FORMAT_VERSION = 1
MAX_BYTES = 1_000_000  # a real settings file is a few kilobytes
STALE_TEMP_SECONDS = 60  # a temporary file older than this belongs to no save in progress
LANGUAGES = ("", "en", "cs")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]{0,100000}")
_STATE_FIELDS = ("geometry", "window_state", "splitter")


_FLAG_FIELDS = frozenset({"codes_folded"})


def _valid(name: str, value: Any) -> bool:
    """Whether ``value`` is acceptable for the setting ``name`` (type and range)."""
    if name in _FLAG_FIELDS:
        return isinstance(value, bool)
    if not isinstance(value, str):
        return False
    if name in _STATE_FIELDS:
        return _BASE64.fullmatch(value) is not None
    if name == "last_folder":
        return len(value) <= 4096 and "\x00" not in value
    if name == "language":
        return value in LANGUAGES
    return False


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
        """Known keys with valid values; anything else is ignored."""
        settings = cls()
        for item in fields(cls):
            value = data.get(item.name)
            if _valid(item.name, value):
                setattr(settings, item.name, value)
        return settings

    @classmethod
    def problems(cls, data: dict[str, Any]) -> list[str]:
        """The keys of ``data`` whose values are wrong (unknown keys are allowed: a newer
        version may have written them)."""
        wrong = [item.name for item in fields(cls)
                 if item.name in data and not _valid(item.name, data[item.name])]
        version = data.get("version", FORMAT_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            wrong.append("version")
        return wrong


class SettingsStore:
    """Loads and saves ``Settings`` at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup = path.with_name(path.name + ".bak")

    def load(self) -> Settings:
        self._remove_stale_temporary_files()
        data = self._read(self.path)
        wrong = Settings.problems(data) if data is not None else []
        if (data is None or wrong) and self._exists(self.path):
            self._set_aside(self.path, wrong)
        if data is None or wrong:
            backup = self._read(self.backup)
            if backup is not None and not Settings.problems(backup):
                return Settings.from_dict(backup)
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
                if self._good(self.path):
                    os.replace(self.path, self.backup)
                os.replace(handle.name, self.path)
            except BaseException:
                Path(handle.name).unlink(missing_ok=True)
                raise
            _fsync_folder(self.path.parent)
        except OSError as error:
            log.warning("could not save settings: %s", error.strerror or type(error).__name__)
            return False
        return True

    @staticmethod
    def _exists(path: Path) -> bool:
        return os.path.lexists(path)

    @staticmethod
    def _read(path: Path) -> dict[str, Any] | None:
        """The parsed file, or None when it is missing or unusable in any way."""
        try:
            raw, _size, cut = read_file_head(path, MAX_BYTES)
            if cut:
                return None
            data = json.loads(raw.decode("utf-8"))
        except Exception:  # noqa: BLE001 - any content at all must not stop the app
            return None
        return data if isinstance(data, dict) else None

    @classmethod
    def _good(cls, path: Path) -> bool:
        data = cls._read(path)
        return data is not None and not Settings.problems(data)

    @staticmethod
    def _set_aside(path: Path, wrong: list[str]) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.name}.corrupt-{stamp}")
        why = f"wrong values for {', '.join(wrong)}" if wrong else "unreadable"
        try:
            os.replace(path, target)
            log.warning("settings file was %s; kept as %s", why, target.name)
        except OSError as error:
            log.warning("settings file was %s and could not be moved: %s", why,
                        error.strerror or type(error).__name__)

    def _remove_stale_temporary_files(self) -> None:
        """Temporary files of saves that were killed before they finished."""
        try:
            candidates = list(self.path.parent.glob(f"{glob_escape(self.path.name)}.*.tmp"))
        except OSError:
            return
        now = time.time()
        for candidate in candidates:
            try:
                if now - candidate.lstat().st_mtime > STALE_TEMP_SECONDS:
                    candidate.unlink()
            except OSError:
                continue


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)


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
