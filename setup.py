"""Build steps that pyproject.toml cannot declare: the data and translations go into the wheel.

The repository keeps ``resources/`` and ``translations/`` at its top level. A wheel carries them
inside the package, as ``smtphelper/_data/resources/`` and ``smtphelper/_data/translations/``
(with the ``.qm`` files compiled here, never committed), where
``smtphelper.core.resources`` finds them through ``importlib.resources``. An editable install
reads the top-level folders directly, so nothing is copied for it.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent
DATA = Path("smtphelper") / "_data"


def _translation_tools() -> ModuleType:
    """tools/build_translations.py, loaded by path (tools/ is no package)."""
    path = ROOT / "tools" / "build_translations.py"
    spec = importlib.util.spec_from_file_location("smtphelper_build_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class BuildWithData(build_py):
    """build_py, then copy resources/ and the translations (compiled) into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the repository's own folders
        target = Path(self.build_lib) / DATA
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target / "resources",
                        ignore=shutil.ignore_patterns("__pycache__", "*.py[cod]"))
        translations = target / "translations"
        translations.mkdir(parents=True)
        for ts in sorted((ROOT / "translations").glob("*.ts")):
            shutil.copy2(ts, translations / ts.name)
        compiled = _translation_tools().compile_translations(ROOT / "translations", translations)
        if not compiled:
            raise SystemExit("no translations/*.ts found: the wheel would have no Czech")


class SdistWithTranslations(sdist):
    """sdist, with the .qm files compiled first so that the source distribution carries them."""

    def run(self) -> None:
        _translation_tools().compile_translations(ROOT / "translations")
        super().run()


setup(cmdclass={"build_py": BuildWithData, "sdist": SdistWithTranslations})
