"""Locate and load the bundled data (``resources/``, ``translations/``), once per process.

The data lives in three places depending on how the app was installed:

- a wheel (``pip install``, ``pipx install``): inside the package, as ``smtphelper/_data/``
  (the build copies the repository's top-level ``resources/`` and ``translations/`` there and
  compiles the ``.qm`` files), found through ``importlib.resources``;
- the frozen app (PyInstaller): ``resources/`` and ``translations/`` in the bundle folder;
- a source checkout or an editable install: the repository's top-level folders.
"""

from __future__ import annotations

import os
import sys
import tomllib
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

RESOURCES_ENV = "SMTPHELPER_RESOURCES"
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
    found = resources.files("smtphelper") / PACKAGED_DATA
    # Installed from a wheel the package is a plain folder, so this is a real path.
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


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``resources/<name>`` once; later calls return the cached dictionary."""
    with (resources_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


def read_version() -> str:
    """The installed package's version; the frozen app reads the copy it bundles."""
    bundled = resources_dir() / "VERSION"
    if _frozen_root() and bundled.is_file():
        return bundled.read_text(encoding="utf-8").strip()
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    # A checkout run without installing it (PYTHONPATH): the version pyproject.toml declares.
    pyproject = _checkout_root() / "pyproject.toml"
    if pyproject.is_file():
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        return str(data["project"]["version"])
    return "0+unknown"


@cache
def translations_dir() -> Path:
    """The folder holding ``smtphelper_<lang>.ts`` and the compiled ``.qm`` files."""
    if os.environ.get(RESOURCES_ENV) and not _frozen_root():
        return resources_dir().parent / "translations"
    return _data_folder("translations")
