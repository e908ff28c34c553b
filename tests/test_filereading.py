"""Only regular files are read: pipes, devices and sockets are refused without blocking."""

from __future__ import annotations

import os
import socket
import sys
import threading
from pathlib import Path

import pytest

from smtphelper.filereading import NotARegularFile, read_file_head

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX FIFOs")


def finishes(function, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN201
    """Run ``function`` in a thread; its result or exception, failing if it blocks."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(function(*args, **kwargs))
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "reading blocked"
    return outcome[0]


def test_a_regular_file_is_read_up_to_the_limit(tmp_path: Path) -> None:
    target = tmp_path / "a.eml"
    target.write_bytes(b"x" * 100)
    assert read_file_head(target, 1000) == (b"x" * 100, 100, False)
    assert read_file_head(target, 10) == (b"x" * 10, 100, True)


def test_a_folder_and_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        read_file_head(tmp_path, 10)
    with pytest.raises(FileNotFoundError):
        read_file_head(tmp_path / "nope", 10)


@posix_only
def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    error = finishes(read_file_head, fifo, 1000)
    assert isinstance(error, NotARegularFile) and error.kind == "pipe"


@posix_only
def test_a_symlink_to_a_fifo_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (tmp_path / "link.eml").symlink_to(fifo)
    error = finishes(read_file_head, tmp_path / "link.eml", 1000)
    assert isinstance(error, NotARegularFile) and error.kind == "pipe"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused() -> None:
    error = finishes(read_file_head, Path("/dev/zero"), 1000)
    assert isinstance(error, NotARegularFile) and error.kind == "device"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX") or sys.platform == "win32",
                    reason="needs Unix sockets")
def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.eml"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        error = finishes(read_file_head, path, 1000)
    finally:
        server.close()
    assert isinstance(error, NotARegularFile) and error.kind == "socket"


@posix_only
def test_a_pipe_is_read_when_allowed(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "wb") as handle:
            handle.write(b"550 5.1.1 user unknown")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    data, size, cut = finishes(read_file_head, fifo, 1000, allow_pipes=True)
    writer.join(5)
    assert (data, size, cut) == (b"550 5.1.1 user unknown", 22, False)
