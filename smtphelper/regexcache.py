"""Compiled regular expressions kept between runs, so that a start does not compile them again.

Python compiles a regular expression by parsing it in Python code, which costs a start of the
command line about a fifth of its time (about a hundred patterns: ours, the ``email``
package's). The compiled program is a pure function of the pattern, its flags and the Python
build, so it is kept in the user's cache folder, in a file named after the Python build; the
next start hands each program straight to the regular-expression engine and puts the pattern in
``re``'s own cache, where ``re.compile`` finds it.

A program is stored only after it was checked to build a pattern equal to the one ``re``
compiled (patterns compare by their compiled code), and a file that cannot be read is ignored:
then ``re`` compiles as usual. Where ``re`` works otherwise (another Python) nothing is done.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

FORMAT = 1
MAX_ENTRIES = 1000
_loaded: set[tuple[str, int]] = set()
# The patterns compiled before the first message was read: only these are kept, so that no
# pattern built from what a person pasted (the highlighting of matched words) is written to
# disk. None until ``seal`` is called.
_eligible: set[tuple[Any, ...]] | None = None


def seal() -> None:
    """Called before the first message is read: later patterns may hold its text."""
    global _eligible
    if _eligible is None:
        _eligible = set(getattr(re, "_cache", {}))


def _engine() -> Any:
    import importlib

    return importlib.import_module("_sre")  # CPython's regular-expression engine


def _supported() -> bool:
    compiler = getattr(re, "_compiler", None)
    return (sys.implementation.name == "cpython" and isinstance(getattr(re, "_cache", None), dict)
            and hasattr(compiler, "_code") and hasattr(getattr(re, "_parser", None), "parse"))


def cache_file() -> str:
    """The cache file for this Python build."""
    from smtphelper.core.resources import cache_dir, new_hash

    engine = _engine()
    digest = new_hash()
    digest.update(repr((FORMAT, sys.version, sys.hexversion, engine.MAGIC,
                        engine.CODESIZE)).encode())
    return str(cache_dir() / f"regex-{digest.hexdigest()[:24]}.marshal")


def _read(path: str) -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        with open(path, "rb") as handle:
            entries = marshal.loads(handle.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def install() -> None:
    """Put the kept patterns into ``re``'s cache; keep new ones when the process ends."""
    if not _supported() or os.environ.get("SMTPHELPER_NO_REGEX_CACHE"):
        return
    engine = _engine()
    for key, program in _read(cache_file()).items():
        try:
            pattern, flags = key
            if (str, pattern, flags) not in re._cache:  # type: ignore[attr-defined]
                re._cache[str, pattern, flags] = engine.compile(  # type: ignore[attr-defined]
                    pattern, *program)
            _loaded.add(key)
        except Exception:  # noqa: BLE001, S112 - a damaged entry: re compiles it as usual
            continue
    atexit.register(save)


def program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re`` hands the engine for ``pattern`` (CPython's ``re._compiler.compile``)."""
    parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
    code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # The opcodes are int subclasses: kept as plain ints, which the engine takes alike.
    return (int(flags | parsed.state.flags), [int(op) for op in code],
            int(parsed.state.groups - 1), groupindex, tuple(indexgroup))


def save() -> None:
    """Keep the programs of the patterns compiled in this process that the file lacks."""
    try:
        cached = list(re._cache.items())  # type: ignore[attr-defined]
        new = [(key, compiled) for key, compiled in cached
               if key[0] is str and (key[1], key[2]) not in _loaded
               and (_eligible is None or key in _eligible)
               and not key[1].startswith("(?P<sep>")]  # a message's MIME boundary
        if not new:
            return
        path = cache_file()
        entries = _read(path)
        engine = _engine()
        for (_type, pattern, flags), compiled in new:
            if len(entries) >= MAX_ENTRIES:
                break
            try:
                built = program(pattern, flags)
                if engine.compile(pattern, *built) == compiled:  # the same compiled code
                    key = (str(pattern), int(flags))  # plain types (a flag may be an enum)
                    marshal.dumps((key, built))
                    entries[key] = built
            except Exception:  # noqa: BLE001, S112 - one pattern re builds otherwise: skipped
                continue
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        payload = marshal.dumps(entries)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            handle.write(payload)
        os.replace(temporary, path)
    except Exception:  # noqa: BLE001 - a cache that cannot be written costs only time
        pass
