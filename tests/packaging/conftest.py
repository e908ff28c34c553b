"""Helpers for the packaging tests: load the recipe scripts from packaging/ by path (they are
scripts, not modules of the package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(relative: str) -> ModuleType:
    """Import packaging/<relative> under a private name (cached per test session)."""
    name = "packaging_" + relative.replace("/", "_").removesuffix(".py")
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, PACKAGING / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def build_deb() -> ModuleType:
    return load_script("linux/build_deb.py")


@pytest.fixture(scope="session")
def smoke() -> ModuleType:
    return load_script("smoke.py")


@pytest.fixture(scope="session")
def version_script() -> ModuleType:
    return load_script("version.py")
