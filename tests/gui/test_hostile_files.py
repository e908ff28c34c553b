"""Hostile files and names in the window: plain-text dialogs, no blocked thread on a FIFO,
settings that survive any content, and a private, rotated log without personal data."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from smtphelper.gui import crash_dialog, dialogs, paths
from smtphelper.gui.settings import STALE_TEMP_SECONDS, Settings, SettingsStore

POSTFIX = Path(__file__).resolve().parents[2] / "resources" / "examples" / (
    "postfix-user-unknown.eml")
MARKUP_NAME = "<a href=javascript:alert(1)>Click here to repair your mailbox</a><img src=x>"
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


# --- Dialogs -------------------------------------------------------------------------------

@pytest.mark.parametrize("show", [dialogs.show_warning, dialogs.show_information])
def test_message_dialogs_show_markup_as_plain_text(qtbot, monkeypatch, show) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show(None, "Cannot open the file", f"“{MARKUP_NAME}” is a folder.")
    (box,) = shown
    assert box.textFormat() == Qt.TextFormat.PlainText
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == f"“{MARKUP_NAME}” is a folder."


def test_folder_with_markup_in_its_name(qtbot, window, world, tmp_path) -> None:
    folder = tmp_path / MARKUP_NAME.replace("/", "_")
    folder.mkdir()
    window.open_file(folder)
    qtbot.waitUntil(lambda: bool(world.messages))
    kind, _title, text = world.messages[-1]
    assert kind == "warning" and folder.name in text  # given as text; the seam shows it plain


# --- Special files ------------------------------------------------------------------------

@posix_only
def test_fifos_are_refused_and_leave_no_thread_blocked(qtbot, window, world, wait_report,
                                                       tmp_path) -> None:
    for number in range(3):  # the worker pool has two threads: each would have been lost
        fifo = tmp_path / f"pipe{number}.eml"
        os.mkfifo(fifo)
        window.open_file(fifo)
        qtbot.waitUntil(lambda n=number: len(world.messages) == n + 1, timeout=10_000)
        assert "not an ordinary file" in world.messages[-1][2]
    assert window.decoder.pool.activeThreadCount() == 0
    window.load_text(POSTFIX.read_text(encoding="utf-8"))
    wait_report(window)
    assert window.results.recipient().address == "jan.novak@example.org"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused(qtbot, window, world) -> None:
    window.open_file(Path("/dev/zero"))
    qtbot.waitUntil(lambda: bool(world.messages), timeout=10_000)
    assert "not an ordinary file" in world.messages[-1][2]


# --- Settings ------------------------------------------------------------------------------

def good_store(tmp_path: Path) -> SettingsStore:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(last_folder="/good", language="cs"))
    store.save(Settings(last_folder="/newer", language="cs"))
    return store


@pytest.mark.parametrize("content", [
    b"[" * 1000, b"[" * 200_000, b'{"a":' * 100_000, b"1e999999", b'"\\ud800"', b"null",
    b"\x00" * 5000, b'{"language": "cs"}' + b" " * 2_000_000,
])
def test_any_content_moves_the_file_aside_and_the_backup_is_used(tmp_path, content) -> None:
    store = good_store(tmp_path)
    (tmp_path / "settings.json").write_bytes(content)
    loaded = store.load()
    assert (loaded.last_folder, loaded.language) == ("/good", "cs")
    assert len(list(tmp_path.glob("settings.json.corrupt-*"))) == 1


@pytest.mark.parametrize("values", [
    {"language": 5}, {"language": "klingon"}, {"geometry": "<not base64>"},
    {"last_folder": ["a"]}, {"last_folder": "x\x00y"}, {"splitter": "A" * 200_000},
    {"version": "one"}, {"window_state": None},
])
def test_wrong_values_keep_the_good_backup(tmp_path, values) -> None:
    store = good_store(tmp_path)
    (tmp_path / "settings.json").write_text(json.dumps({"last_folder": "/bad", **values}),
                                            encoding="utf-8")
    assert store.load().last_folder == "/good"
    store.save(Settings(last_folder="/after"))
    backup = json.loads((tmp_path / "settings.json.bak").read_text(encoding="utf-8"))
    assert backup["last_folder"] == "/good"  # the bad file did not become the backup
    assert store.load().last_folder == "/after"


def test_valid_values_of_a_file_are_kept_when_there_is_no_backup(tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": 5, "last_folder": "/x", "geometry": "AAAA"}',
                    encoding="utf-8")
    assert SettingsStore(path).load() == Settings(last_folder="/x", geometry="AAAA")


def test_stale_temporary_files_are_removed(tmp_path) -> None:
    store = good_store(tmp_path)
    stale = tmp_path / "settings.json.abc123.tmp"
    fresh = tmp_path / "settings.json.def456.tmp"
    other = tmp_path / "notes.abc.tmp"
    for path in (stale, fresh, other):
        path.write_text("{", encoding="utf-8")
    old = time.time() - STALE_TEMP_SECONDS - 10
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    store.load()
    assert not stale.exists()
    assert fresh.exists()  # may belong to a save in progress in another window
    assert other.exists()


@posix_only
def test_a_fifo_as_settings_file_does_not_block_the_start(tmp_path) -> None:
    store = good_store(tmp_path)
    (tmp_path / "settings.json").unlink()
    os.mkfifo(tmp_path / "settings.json")
    assert store.load().last_folder == "/good"
    (aside,) = tmp_path.glob("settings.json.corrupt-*")
    assert stat.S_ISFIFO(os.lstat(aside).st_mode)
    assert not (tmp_path / "settings.json").exists()


# --- The log -------------------------------------------------------------------------------

def test_log_is_private_and_holds_no_address_or_pasted_text() -> None:
    details = ("Traceback (most recent call last):\n  File \"x.py\", line 1, in f\n"
               "    raise KeyError(address)\nKeyError: 'jan.novak@example.org'\n"
               "ValueError: cannot read \"Your message to Jan could not be delivered\"\n")
    path = crash_dialog.write_crash_log(details)
    assert path == paths.log_path()
    text = path.read_text(encoding="utf-8")
    assert "example.org" not in text and "Your message to Jan" not in text
    assert "KeyError" in text and "ValueError" in text and 'File "x.py", line 1' in text
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_log_rotates_and_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr(crash_dialog, "MAX_LOG_BYTES", 10_000)
    path = paths.log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("old\n", encoding="utf-8")
    os.chmod(path, 0o644)
    for number in range(40):
        crash_dialog.write_crash_log(f"RuntimeError: failure number {number}\n  " + "x" * 900)
    files = sorted(path.parent.glob(path.name + "*"))
    assert [f.name for f in files] == [path.name, path.name + ".1", path.name + ".2"]
    assert all(f.stat().st_size <= 10_000 for f in files)
    assert "failure number 39" in path.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
