"""Locate and load the bundled data (``resources/``, ``translations/``), once per process.

The data lives in three places depending on how the app was installed:

- a wheel (``pip install``, ``pipx install``): inside the package, as ``smtphelper/_data/``
  (the build copies the repository's top-level ``resources/`` and ``translations/`` there and
  compiles the ``.qm`` files), found through ``importlib.resources``;
- the frozen app (PyInstaller): ``resources/`` and ``translations/`` in the bundle folder;
- a source checkout or an editable install: the repository's top-level folders.

The TOML files stay the source of truth, but parsing them on every start costs more than a
whole decode. So every ``*.toml`` under ``resources/`` is parsed once, and the parsed result is
kept in the user's cache folder, in a file named after a hash of the TOML files' exact bytes
(and of their names): a later start reads the files, hashes them (about a millisecond) and loads
the parsed copy of exactly these bytes. A changed, added or removed file changes the hash, so a
stale copy can never be used; a missing, unreadable or damaged copy is parsed again.
"""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any, TypeVar

    T = TypeVar("T")

RESOURCES_ENV = "SMTPHELPER_RESOURCES"
HOME_ENV = "SMTPHELPER_HOME"  # one folder for all user files (tests, portable use)
APP_NAME = "SmtpHelper"
CACHE_FORMAT = b"smtphelper-resources-1"  # change when the cached layout changes
DISTRIBUTION = "smtphelper"
PACKAGED_DATA = "_data"  # the folder inside the package that a wheel carries the data in


def _checkout_root() -> Path:
    return Path(__file__).resolve().parents[2]


def _frozen_root() -> Path | None:
    frozen_root = getattr(sys, "_MEIPASS", None)
    return Path(frozen_root) if frozen_root else None


@cache
def _packaged_data() -> Path | None:
    """``smtphelper/_data`` of an installed wheel, or None (checkout, editable install)."""
    # Installed from a wheel the package is a plain folder, where importlib.resources would
    # find the data too; looking there first spares a start the import of importlib.resources
    # (zipfile, tempfile: about 10 ms).
    beside = Path(__file__).resolve().parents[1] / PACKAGED_DATA
    if beside.is_dir():
        return beside
    from importlib import resources

    found = resources.files("smtphelper") / PACKAGED_DATA
    if isinstance(found, Path) and found.is_dir():
        return found
    return None


def _data_folder(name: str) -> Path:
    frozen_root = _frozen_root()
    if frozen_root:
        return frozen_root / name
    packaged = _packaged_data()
    if packaged is not None:
        return packaged / name
    return _checkout_root() / name


@cache
def resources_dir() -> Path:
    """The folder holding the bundled data, for every way of installing the app."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    return _data_folder("resources")


def cache_dir() -> Path:
    """The user's cache folder for SMTP Helper (what ``platformdirs`` calls the user cache
    folder, worked out here because importing ``platformdirs`` costs more than a decode)."""
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "cache"
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME / "Cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return Path(xdg if os.path.isabs(xdg) else Path.home() / ".cache") / APP_NAME


def _toml_sources(root: Path) -> dict[str, bytes]:
    """Every ``*.toml`` under ``root`` by its name relative to it (``variants/generic.toml``)."""
    sources = {}
    for path in sorted(root.rglob("*.toml")):
        sources[path.relative_to(root).as_posix()] = path.read_bytes()
    return sources


def new_hash():  # noqa: ANN202 - a hashlib-style object
    try:  # CPython's built-in BLAKE2: importing hashlib loads OpenSSL first (a few ms)
        from _blake2 import blake2b
    except ImportError:  # another Python
        from hashlib import blake2b
    return blake2b(digest_size=20)


def content_key(sources: dict[str, bytes]) -> str:
    """A hash of the names and exact bytes of the data files (and of the cache's layout)."""
    digest = new_hash()
    digest.update(CACHE_FORMAT + b"%d" % marshal.version)
    for name, data in sorted(sources.items()):
        digest.update(b"\0%s\0%d\0" % (name.encode("utf-8"), len(data)))
        digest.update(data)
    return digest.hexdigest()


def _parse_all(sources: dict[str, bytes]) -> tuple[dict[str, dict[str, Any]], bool]:
    """The files that parse, and whether all did. A broken file is left out (and nothing is
    cached): ``load_toml`` raises its error when, and only when, that file is asked for."""
    import tomllib

    parsed = {}
    for name, data in sources.items():
        try:
            parsed[name] = tomllib.loads(data.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            pass
    return parsed, len(parsed) == len(sources)


def _read_cached(path: Path, key: str) -> dict[str, dict[str, Any]] | None:
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(stored, dict) and stored.get("key") == key
            and isinstance(stored.get("data"), dict)):
        return None
    return stored["data"]


def _write_cached(folder: Path, path: Path, key: str, parsed: dict[str, dict[str, Any]]) -> None:
    """Write the parsed data crash-safely (a temporary file, then a rename); keep only the
    latest copies. A cache folder that cannot be written only costs the parse next time."""
    try:
        payload = marshal.dumps({"key": key, "data": parsed})
    except ValueError:  # a value marshal cannot hold (a TOML date): no cache, parse each time
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f"{path.name}.{os.getpid()}.tmp"
        temporary.write_bytes(payload)
        os.replace(temporary, path)
        prune(folder, "resources-*.marshal")
    except OSError:
        pass


KEEP = 4  # cached copies kept: an installed app and a checkout or two must not evict each other


def prune(folder: Path, pattern: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` most recently written files matching ``pattern``."""
    try:
        found = sorted(folder.glob(pattern), key=lambda f: f.stat().st_mtime_ns, reverse=True)
        for old in found[keep:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


@cache
def _knowledge() -> tuple[str, dict[str, dict[str, Any]]]:
    """The data files' content hash, and every data file parsed: from the cache when it holds
    these exact bytes, else parsed (and cached for the next start)."""
    root = resources_dir()
    sources = _toml_sources(root)
    key = content_key(sources)
    folder = cache_dir()
    path = folder / f"resources-{key}.marshal"
    parsed = _read_cached(path, key)
    if parsed is None or parsed.keys() != sources.keys():
        parsed, complete = _parse_all(sources)
        if complete:
            _write_cached(folder, path, key, parsed)
    return key, parsed


def code_hash(*modules: str) -> str | None:
    """A hash of the named core modules' source (``"variants.py"``), standing for the code that
    computes something from the data. A frozen app ships bytecode only: there its build stands
    for the code (the executable's size and time, which every build changes). None where
    neither is at hand."""
    digest = new_hash()
    core = Path(__file__).parent
    try:
        for name in modules:
            digest.update((core / name).read_bytes())
    except OSError:
        if not getattr(sys, "frozen", False):
            return None
        try:
            built = os.stat(sys.executable)
        except OSError:
            return None
        digest.update(repr(("frozen", sys.executable, built.st_size, built.st_mtime_ns)).encode())
    return digest.hexdigest()[:24]


def derived(name: str, code: str | None, build: Callable[[], T],
            valid: Callable[[object], bool]) -> T:
    """``build()``: something computed from the data files (an index, a word list), kept in
    the cache folder for the next start. It is keyed by the data's content hash and ``code``
    (``code_hash`` of the modules that compute it), so a changed file or changed code is never
    served a stale copy; a copy that does not pass ``valid`` is built anew. Plain values only
    (what ``marshal`` stores)."""
    if code is None:
        return build()
    folder = cache_dir()
    path = folder / f"derived-{name}-{_knowledge()[0][:20]}-{code}.marshal"
    try:
        stored = marshal.loads(path.read_bytes())
        if valid(stored):
            return stored
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        payload = marshal.dumps(value)  # type: ignore[arg-type]
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f"{path.name}.{os.getpid()}.tmp"
        temporary.write_bytes(payload)
        os.replace(temporary, path)
        prune(folder, f"derived-{name}-*")
    except (OSError, ValueError):
        pass  # not kept: built again next time
    return value


def _mark_path(checker: str) -> Path:
    return cache_dir() / f"validated-{_knowledge()[0]}-{checker}"


def is_validated(checker: str) -> bool:
    """Whether the data files in use, byte for byte, passed the checks identified by
    ``checker`` (a hash of the validating code) in an earlier run."""
    return _mark_path(checker).is_file()


def mark_validated(checker: str) -> None:
    """Remember that the data files in use passed the checks ``checker`` (see ``is_validated``)."""
    path = _mark_path(checker)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
        prune(path.parent, "validated-*")
    except OSError:
        pass


def load_toml(name: str) -> dict[str, Any]:
    """``resources/<name>`` parsed, once per process; later calls return the same dictionary."""
    knowledge = _knowledge()[1]
    if name in knowledge:
        return knowledge[name]
    return _load_single(name)


@cache
def _load_single(name: str) -> dict[str, Any]:
    import tomllib

    with (resources_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


def read_version() -> str:
    """The installed package's version; the frozen app reads the copy it bundles."""
    bundled = resources_dir() / "VERSION"
    if _frozen_root() and bundled.is_file():
        return bundled.read_text(encoding="utf-8").strip()
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    # A checkout run without installing it (PYTHONPATH): the version pyproject.toml declares.
    pyproject = _checkout_root() / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        return str(data["project"]["version"])
    return "0+unknown"


@cache
def translations_dir() -> Path:
    """The folder holding ``smtphelper_<lang>.ts`` and the compiled ``.qm`` files."""
    if os.environ.get(RESOURCES_ENV) and not _frozen_root():
        return resources_dir().parent / "translations"
    return _data_folder("translations")
