"""Locate and load the bundled data in ``resources/`` (TOML), once per process."""

from __future__ import annotations

import os
import sys
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

RESOURCES_ENV = "SMTPHELPER_RESOURCES"


@cache
def resources_dir() -> Path:
    """The folder holding the bundled data, for a source checkout and for the frozen app alike."""
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


@cache
def load_toml(name: str) -> dict[str, Any]:
    """Parse ``resources/<name>`` once; later calls return the cached dictionary."""
    with (resources_dir() / name).open("rb") as handle:
        return tomllib.load(handle)


def read_version() -> str:
    """The version from ``pyproject.toml`` (source checkout) or the bundled copy (frozen app)."""
    for candidate in (
        resources_dir() / "VERSION",
        Path(__file__).resolve().parents[2] / "pyproject.toml",
    ):
        if not candidate.is_file():
            continue
        if candidate.name == "VERSION":
            return candidate.read_text(encoding="utf-8").strip()
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        return str(data["project"]["version"])
    return "0+unknown"


@cache
def translations_dir() -> Path:
    """The folder holding ``smtphelper_<lang>.ts`` and the compiled ``.qm`` files."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "translations"
    return resources_dir().parent / "translations"
