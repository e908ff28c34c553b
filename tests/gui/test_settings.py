"""Settings survive restarts, are written crash-safely, and a broken file never stops the app."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time

from smtphelper.gui import paths
from smtphelper.gui.settings import Settings, SettingsStore


def test_round_trip_and_backup(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(last_folder="/one", language="cs"))
    store.save(Settings(last_folder="/two", language="en"))
    loaded = store.load()
    assert (loaded.last_folder, loaded.language) == ("/two", "en")
    backup = json.loads((tmp_path / "settings.json.bak").read_text(encoding="utf-8"))
    assert backup["last_folder"] == "/one"
    assert not list(tmp_path.glob("*.tmp"))


def test_corrupt_file_is_kept_aside_and_the_backup_used(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(last_folder="/good"))
    store.save(Settings(last_folder="/newer"))
    (tmp_path / "settings.json").write_bytes(b'{"last_folder": "/trunc')
    loaded = store.load()
    assert loaded.last_folder == "/good"
    aside = list(tmp_path.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == b'{"last_folder": "/trunc'


def test_corrupt_file_without_backup_gives_defaults(tmp_path) -> None:
    (tmp_path / "settings.json").write_bytes(b"\xff\xfe not json at all \x00")
    assert SettingsStore(tmp_path / "settings.json").load() == Settings()


def test_wrong_types_are_ignored(tmp_path) -> None:
    (tmp_path / "settings.json").write_text('{"language": 5, "last_folder": "/x", "geometry":'
                                            ' null, "extra": 1}', encoding="utf-8")
    loaded = SettingsStore(tmp_path / "settings.json").load()
    assert loaded == Settings(last_folder="/x")


def test_a_bad_corrupt_backup_does_not_overwrite_the_backup(tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(Settings(last_folder="/good"))
    store.save(Settings(last_folder="/newer"))
    (tmp_path / "settings.json").write_text("[]", encoding="utf-8")
    store.save(Settings(last_folder="/after"))
    assert store.load().last_folder == "/after"
    assert json.loads((tmp_path / "settings.json.bak").read_text())["last_folder"] == "/good"


def test_unwritable_folder_does_not_raise(tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert SettingsStore(blocker / "settings.json").save(Settings()) is False


def test_window_starts_with_a_corrupt_settings_file(make_window, tmp_path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json", encoding="utf-8")
    store = SettingsStore(path)
    window = make_window(store.load(), store)
    assert window.isVisible()
    assert list(tmp_path.glob("settings.json.corrupt-*"))
    window.close()
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["geometry"] and saved["splitter"]


def test_geometry_and_splitter_are_restored(qtbot, make_window, tmp_path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    first = make_window(Settings(language="en"), store)
    qtbot.waitUntil(lambda: first._splitter_restored)
    first.resize(780, 560)  # fits the offscreen screen (800x600), which restoring respects
    first.splitter.setSizes([200, 300])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(store.load(), store)
    qtbot.waitUntil(lambda: second._splitter_restored)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes


def test_paths_follow_the_home_override(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv(paths.HOME_ENV, str(tmp_path))
    assert paths.settings_path() == tmp_path / "config" / "settings.json"
    assert paths.log_path().parent == tmp_path / "logs"


def test_paths_use_platformdirs_without_the_override(monkeypatch) -> None:
    monkeypatch.delenv(paths.HOME_ENV, raising=False)
    assert "SmtpHelper" in str(paths.config_dir())
    assert "SmtpHelper" in str(paths.log_dir())


WRITER = """
import sys
from pathlib import Path
from smtphelper.gui.settings import Settings, SettingsStore
store = SettingsStore(Path(sys.argv[1]))
print("ready", flush=True)
number = 0
while True:
    number += 1
    store.save(Settings(last_folder=str(number) * 200, language="cs"))
"""


def test_settings_survive_a_kill_in_the_middle_of_writing(tmp_path) -> None:
    """Kill a process that keeps saving, at many moments; each restart reads good settings."""
    path = tmp_path / "settings.json"
    SettingsStore(path).save(Settings(last_folder="1" * 200, language="cs"))
    timing = random.Random(7)
    for _ in range(25):
        writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)],
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        time.sleep(timing.uniform(0.001, 0.03))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        settings = SettingsStore(path).load()  # what the next start of the app sees
        assert settings.language == "cs"
        number = settings.last_folder[: len(settings.last_folder) // 200]
        assert number.isdigit() and settings.last_folder == number * 200  # whole, not torn
        assert not list(tmp_path.glob("*.corrupt-*")), "a half-written file was found"
