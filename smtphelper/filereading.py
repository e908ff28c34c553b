"""Read the beginning of a file the user named, refusing anything that is not a plain file.

A FIFO (named pipe) blocks whoever opens it until another program writes to it, a device such
as ``/dev/zero`` never ends, and a socket cannot be read at all: the window would be left with a
worker thread blocked for ever. The path is checked with ``os.stat`` before it is opened, and
opened without blocking (``O_NONBLOCK``) and checked again (``os.fstat``), so that a file
swapped for a pipe in between cannot block either.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
               | getattr(os, "O_NONBLOCK", 0))


class NotARegularFile(OSError):
    """The path names a pipe, a device, a socket or another special file."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(errno.EINVAL, f"not a regular file ({kind})", str(path))
        self.kind = kind  # "pipe", "device", "socket" or "special"


def special_kind(mode: int) -> str | None:
    """What a non-regular file is ("pipe", "device", "socket", "special"); None when regular."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def _check(path: Path, mode: int, allow_pipes: bool) -> None:
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    kind = special_kind(mode)
    if kind is not None and not (allow_pipes and kind == "pipe"):
        raise NotARegularFile(path, kind)


def read_file_head(path: Path, limit: int, *, allow_pipes: bool = False
                   ) -> tuple[bytes, int, bool]:
    """The first ``limit`` bytes of the regular file ``path``, its size and whether it was
    cut. Raises ``OSError`` (``NotARegularFile`` for pipes, devices and sockets) without ever
    blocking on one. ``allow_pipes`` reads a pipe to its end (the command line's
    ``<(command)``), which blocks until its writer has written."""
    mode = os.stat(path).st_mode
    _check(path, mode, allow_pipes)
    flags = _OPEN_FLAGS
    if allow_pipes and stat.S_ISFIFO(mode):
        flags &= ~getattr(os, "O_NONBLOCK", 0)
    descriptor = os.open(path, flags)
    try:
        info = os.fstat(descriptor)
        _check(path, info.st_mode, allow_pipes)
        regular = stat.S_ISREG(info.st_mode)
        if not regular and flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(descriptor, True)  # a pipe swapped in: read it to its end
        # Read with the descriptor itself (a regular file needs no buffer object): as far as
        # its size says first, then on until the end, should it have grown.
        wanted = limit + 1
        ask = min(wanted, info.st_size + 1) if regular else 1 << 16
        chunks: list[bytes] = []
        got = 0
        while got < wanted:
            asked = min(ask, wanted - got)
            chunk = os.read(descriptor, asked)
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
            if regular and len(chunk) < asked:
                break  # a regular file reads short only at its end: no read to find it
            ask = 1 << 20
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    cut = len(data) > limit
    size = info.st_size if cut and regular else len(data)
    return data[:limit], size, cut
