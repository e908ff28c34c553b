"""The Python distribution: sdist and wheel carry the data and the compiled translations.

Builds the sdist from a copy of the working tree, the wheel from that sdist (as pip and PyPI
would), installs the wheel into a fresh virtual environment outside the checkout, and runs it
from there: the command line decodes a bounce in Czech, the version comes from the installed
metadata and the window's compiled Czech translation loads. Offline: the fresh environment
gets no packages from an index; the window check borrows this environment's PySide6.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from smtphelper.core.tsreader import read_ts

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]
SAMPLE = ROOT / "resources" / "examples" / "postfix-user-unknown.eml"
NOT_SOURCES = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.py[cod]", ".*_cache",
    ".hypothesis", "*.qm", "_data")
BUILD = ("import sys\nfrom setuptools import build_meta\n"
         "print(getattr(build_meta, sys.argv[1])(sys.argv[2]))\n")


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(part) for part in command], cwd=cwd, env=env, text=True,
                            capture_output=True, timeout=300, encoding="utf-8")
    assert result.returncode == 0, f"{command}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def build(hook: str, source: Path, out: Path) -> Path:
    result = run(sys.executable, "-c", BUILD, hook, out, cwd=source)
    return out / result.stdout.strip().splitlines()[-1]


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would let the checkout be imported."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "PYTHONHOME", "SMTPHELPER_RESOURCES", "VIRTUAL_ENV")}
    env.update(extra, PYTHONNOUSERSITE="1", PYTHONIOENCODING="utf-8")
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("dist")
    tree = work / "tree"
    shutil.copytree(ROOT, tree, ignore=NOT_SOURCES)
    out = work / "out"
    out.mkdir()
    sdist = build("build_sdist", tree, out)
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    unpacked = work / "unpacked" / sdist.name.removesuffix(".tar.gz")
    wheel = build("build_wheel", unpacked, out)
    return sdist, wheel


@pytest.fixture(scope="module")
def venv(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("venv")
    env_dir = home / "env"
    run(sys.executable, "-m", "venv", "--without-pip", env_dir, cwd=home)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        "--no-index", "--no-compile", built[1], cwd=home, env=clean_env())
    return env_dir


def tool(env_dir: Path, name: str) -> Path:
    return env_dir / ("Scripts" if os.name == "nt" else "bin") / (
        f"{name}.exe" if os.name == "nt" else name)


def test_sdist_carries_the_data_and_compiled_translations(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[0]) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"resources/codes.toml", "resources/providers.toml", "translations/smtphelper_cs.ts",
            "translations/smtphelper_cs.qm", "setup.py", "tools/build_translations.py",
            "LICENSE"} <= names
    assert any(name.startswith("resources/variants/") for name in names)


def test_wheel_carries_the_data_inside_the_package(built: tuple[Path, Path]) -> None:
    with zipfile.ZipFile(built[1]) as archive:
        names = set(archive.namelist())
        qm = archive.read("smtphelper/_data/translations/smtphelper_cs.qm")
    data = "smtphelper/_data/"
    assert {f"{data}resources/codes.toml", f"{data}resources/fallbacks.toml",
            f"{data}translations/smtphelper_cs.ts"} <= names
    assert any(name.startswith(f"{data}resources/variants/") for name in names)
    assert any(name.startswith(f"{data}resources/examples/") for name in names)
    assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's .qm magic
    assert not any(name.startswith(("resources/", "translations/", "tests/")) for name in names)


def test_installed_command_line_decodes_in_czech(venv: Path, tmp_path: Path) -> None:
    cli = tool(venv, "smtphelper-cli")
    sample = tmp_path / "bounce.eml"
    shutil.copy(SAMPLE, sample)
    version = run(cli, "--version", cwd=tmp_path, env=clean_env())
    assert version.stdout.split() == ["smtphelper-cli", VERSION]
    english = run(cli, "decode", sample, cwd=tmp_path, env=clean_env())
    assert "jan.novak@example.org" in english.stdout
    czech = run(cli, "decode", "--lang", "cs", sample, cwd=tmp_path, env=clean_env())
    assert "Příjemce: jan.novak@example.org" in czech.stdout
    assert "Nedoručeno" in czech.stdout  # the verdict, in Czech


def test_installed_package_reads_its_own_data(venv: Path, tmp_path: Path) -> None:
    script = ("import smtphelper, smtphelper.core.resources as r\n"
              "print(smtphelper.__file__); print(r.resources_dir()); print(r.translations_dir())\n"
              "print(smtphelper.__version__); print(len(r.load_toml('providers.toml')))\n")
    result = run(tool(venv, "python"), "-c", script, cwd=tmp_path, env=clean_env())
    package, resources, translations, version, providers = result.stdout.splitlines()
    for path in (package, resources, translations):
        assert Path(path).resolve().is_relative_to(venv.resolve()), path
    assert version == VERSION and int(providers) > 0


def test_installed_window_translation_loads(venv: Path, tmp_path: Path) -> None:
    import PySide6

    # Borrow this environment's PySide6 (added after the fresh environment's own packages).
    site = next((venv / "lib").glob("python*/site-packages"), venv / "Lib" / "site-packages")
    (site / "borrowed.pth").write_text(str(Path(PySide6.__file__).parents[1]) + "\n",
                                       encoding="utf-8")
    (context, source), czech = next(
        (key, text) for key, text in read_ts(ROOT / "translations" / "smtphelper_cs.ts").items()
        if key[0] != "variants" and text != key[1])
    script = ("import sys\nfrom PySide6.QtCore import QTranslator\n"
              "from smtphelper.core.resources import translations_dir\n"
              "translator = QTranslator()\n"
              "assert translator.load('smtphelper_cs', str(translations_dir()))\n"
              "sys.stdout.write(translator.translate(sys.argv[1], sys.argv[2]))\n")
    result = run(tool(venv, "python"), "-c", script, context, source, cwd=tmp_path,
                 env=clean_env(QT_QPA_PLATFORM="offscreen"))
    assert result.stdout == czech
