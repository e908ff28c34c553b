"""Static checks of the installer recipes that cannot be built on Linux.

The Windows and macOS installers are built only on GitHub's runners, so these tests keep the
spec, the workflow, the Inno Setup script and the dmg script from silently losing what makes
them work: a foreground macOS app for both architectures, Python's UTF-8 mode spelled the way
PyInstaller's bootloader reads it, smoke tests on each system's real platform plugin, the
pull-request paths, the release-tag check, the pinned Inno Setup, signing only with secrets.
The spec itself is executed with stand-ins for PyInstaller's build classes, as it would run on
each system.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from smtphelper.gui import paths

from .conftest import PACKAGING, ROOT

SPEC = PACKAGING / "smtphelper.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"
ISS = PACKAGING / "windows" / "smtphelper.iss"
DMG_SCRIPT = PACKAGING / "macos" / "make_dmg.sh"
DMG_README = PACKAGING / "macos" / "ReadMe.txt"


# --- the spec, run as on each system -------------------------------------------------------------

class FakeAnalysis:
    def __init__(self, scripts: list[str], **options: Any) -> None:
        self.scripts_given = scripts
        self.options = options
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


class FakeEXE:
    def __init__(self, *args: Any, **options: Any) -> None:
        self.args = args
        self.options = options
        self.name: str = options["name"]
        self.console: bool = options.get("console", True)  # PyInstaller's default


class FakeCOLLECT:
    def __init__(self, *args: Any, **options: Any) -> None:
        self.args = args
        self.options = options


class FakeBUNDLE(FakeCOLLECT):
    pass


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str,
             env: dict[str, str] | None = None) -> dict[str, list[Any]]:
    """Execute packaging/smtphelper.spec as PyInstaller would on ``platform``; return the build
    objects it created by kind."""
    made: dict[str, list[Any]] = {"EXE": [], "COLLECT": [], "BUNDLE": []}

    def recorder(kind: str, cls: type) -> Any:
        def make(*args: Any, **options: Any) -> Any:
            made[kind].append(cls(*args, **options))
            return made[kind][-1]
        return make

    monkeypatch.setattr(sys, "platform", platform)
    for name in ("SMTPHELPER_TARGET_ARCH", "SMTPHELPER_CODESIGN_IDENTITY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in (env or {}).items():
        monkeypatch.setenv(name, value)
    # The Windows branch builds a version resource with PyInstaller's classes: stand-ins here.
    versioninfo = types.ModuleType("versioninfo")
    versioninfo.__getattr__ = lambda name: (lambda *args, **kwargs: (name, args, kwargs))
    win32 = types.ModuleType("win32")
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    for module_name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                                ("PyInstaller.utils", types.ModuleType("utils")),
                                ("PyInstaller.utils.win32", win32),
                                ("PyInstaller.utils.win32.versioninfo", versioninfo)):
        monkeypatch.setitem(sys.modules, module_name, module)
    namespace = {
        "__name__": "__main__", "SPECPATH": str(PACKAGING), "workpath": str(tmp_path),
        "Analysis": FakeAnalysis, "PYZ": lambda pure: ("PYZ", pure),
        "EXE": recorder("EXE", FakeEXE), "COLLECT": recorder("COLLECT", FakeCOLLECT),
        "BUNDLE": recorder("BUNDLE", FakeBUNDLE),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)  # noqa: S102
    return made


def exe_named(made: dict[str, list[Any]], name: str) -> FakeEXE:
    return next(exe for exe in made["EXE"] if exe.name == name)


def options_of(exe: FakeEXE) -> list[str]:
    """The OPTION entries passed to an EXE (lists of (name, None, "OPTION") tuples)."""
    return [entry[0] for arg in exe.args if isinstance(arg, list)
            for entry in arg if isinstance(entry, tuple) and entry[2:] == ("OPTION",)]


def info_plist(made: dict[str, list[Any]]) -> dict[str, Any]:
    """Info.plist as PyInstaller's BUNDLE writes it: console taken from the last EXE given to
    COLLECT sets LSBackgroundOnly (else NSHighResolutionCapable), then the spec's info_plist
    is merged over it (PyInstaller/building/osx.py)."""
    (collect,), (bundle,) = made["COLLECT"], made["BUNDLE"]
    last_exe = [arg for arg in collect.args if isinstance(arg, FakeEXE)][-1]
    plist: dict[str, Any] = ({"LSBackgroundOnly": True} if last_exe.console
                             else {"NSHighResolutionCapable": True})
    plist.update(bundle.options["info_plist"])
    return plist


def test_pyinstaller_still_derives_background_only_from_console() -> None:
    """The model in info_plist() is PyInstaller's behaviour (checked when it is installed)."""
    spec = importlib.util.find_spec("PyInstaller")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("PyInstaller is not installed (make package installs it)")
    source = (Path(spec.submodule_search_locations[0]) / "building" / "osx.py").read_text(
        encoding="utf-8")
    assert re.search(r"if self\.console:\s*(#.*\s*)*info_plist_dict\['LSBackgroundOnly'\] = True",
                     source)
    assert "info_plist_dict.update(self.info_plist)" in source


@pytest.mark.parametrize("arch", ["arm64", "x86_64"])
def test_macos_app_is_a_foreground_app_for_each_architecture(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, arch: str) -> None:
    made = run_spec(monkeypatch, tmp_path, "darwin", {"SMTPHELPER_TARGET_ARCH": arch})
    plist = info_plist(made)
    assert plist.get("LSBackgroundOnly", False) is False, "the .app would be background-only"
    assert plist["LSMinimumSystemVersion"] == "13.0"  # the PySide6 6.11 wheels' macOS
    assert plist["NSHighResolutionCapable"] is True
    (collect,) = made["COLLECT"]
    first = next(arg for arg in collect.args if isinstance(arg, FakeEXE))
    assert first.name == "smtphelper" and first.console is False  # CFBundleExecutable
    assert {exe.options["target_arch"] for exe in made["EXE"]} == {arch}
    assert all(exe.options["codesign_identity"] is None for exe in made["EXE"])  # no secret


def test_macos_signing_identity_comes_from_the_environment(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    made = run_spec(monkeypatch, tmp_path, "darwin",
                    {"SMTPHELPER_CODESIGN_IDENTITY": "Developer ID Application: Test (ABC)"})
    for exe in made["EXE"]:
        assert exe.options["codesign_identity"] == "Developer ID Application: Test (ABC)"
        assert Path(exe.options["entitlements_file"]).is_file()


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_both_programs_run_in_utf8_mode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        platform: str, smoke: types.ModuleType) -> None:
    made = run_spec(monkeypatch, tmp_path, platform)
    assert {exe.name for exe in made["EXE"]} == {"smtphelper", "smtphelper-cli"}
    for exe in made["EXE"]:
        assert smoke.utf8_mode_enabled(options_of(exe)) is True, options_of(exe)
    assert exe_named(made, "smtphelper").console is False
    assert exe_named(made, "smtphelper-cli").console is True
    assert not made["BUNDLE"] or platform == "darwin"


@pytest.mark.parametrize(("options", "enabled"), [
    (["X utf8"], True),
    (["X utf8=1"], True),
    (["X utf8 1"], True),
    (["X utf8=0"], False),
    (["X utf8_mode=1"], None),  # not a spelling the bootloader knows: the mode stays off
    (["X utf8mode"], None),
    (["utf8"], None),
    (["X dev", "pyi-contents-directory _internal"], None),
    (["X utf8=1", "X utf8=0"], False),  # the last one wins, as in the bootloader
])
def test_utf8_option_is_read_like_the_bootloader(smoke: types.ModuleType, options: list[str],
                                                enabled: bool | None) -> None:
    assert smoke.utf8_mode_enabled(options) is enabled


# --- the workflow --------------------------------------------------------------------------------

def workflow_jobs() -> dict[str, str]:
    """Each job's text, by job id (the workflow's two-space-indented keys under ``jobs:``)."""
    text = WORKFLOW.read_text(encoding="utf-8")
    jobs = text.split("\njobs:\n", 1)[1]
    parts = re.split(r"^  ([A-Za-z0-9_-]+):\n", jobs, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def pull_request_paths() -> list[str]:
    text = WORKFLOW.read_text(encoding="utf-8")
    block = re.search(r"^  pull_request:\n(?:    .*\n)*?    paths:\n((?:      .*\n)+)", text, re.M)
    assert block, "the workflow has no pull_request paths"
    return re.findall(r'^      - "([^"]+)"', block[1], re.M)


@pytest.mark.parametrize("source", ["smtphelper/**", "resources/**", "translations/**",
                                    "tools/**", "packaging/**", "pyproject.toml"])
def test_pull_requests_touching_the_frozen_app_build_it(source: str) -> None:
    assert source in pull_request_paths()


def test_release_tag_must_equal_the_package_version() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r'tags: \["v\*"\]', text)
    version_job = workflow_jobs()["version"]
    assert "if: startsWith(github.ref, 'refs/tags/')" in version_job
    assert 'packaging/version.py --tag "$GITHUB_REF_NAME"' in version_job
    for job in ("linux-deb", "windows-setup", "macos-dmg"):
        assert "needs: version" in workflow_jobs()[job]


def test_each_system_smoke_tests_its_real_platform_plugin() -> None:
    jobs = workflow_jobs()
    assert "make package-smoke" in jobs["linux-deb"] and "xvfb" in jobs["linux-deb"]
    assert "packaging/smoke.py --platform windows" in jobs["windows-setup"]
    assert '--platform cocoa' in jobs["macos-dmg"]
    assert "--quit-after-show" in jobs["macos-dmg"]  # started through LaunchServices too


def test_macos_builds_both_architectures_and_checks_the_bundle() -> None:
    job = workflow_jobs()["macos-dmg"]
    pairs = re.findall(r"- runner: (\S+)\n\s+arch: (\S+)", job)
    assert {arch for _runner, arch in pairs} == {"arm64", "x86_64"}
    runners = {runner for runner, _arch in pairs}
    assert not runners & {"macos-latest", "macos-13"}, "pin the runners (macos-13 is retired)"
    assert "SMTPHELPER_TARGET_ARCH: ${{ matrix.arch }}" in job
    assert "LSBackgroundOnly" in job and "plutil" in job
    assert "LSMinimumSystemVersion)\" = 13.0" in job
    assert 'lipo -archs "$app/Contents/MacOS/smtphelper")" = "${{ matrix.arch }}"' in job
    assert 'make_dmg.sh "$version" "${{ matrix.arch }}"' in job


def test_installers_are_uploaded_with_their_sizes_in_the_summary() -> None:
    jobs = workflow_jobs()
    for name in ("linux-deb", "windows-setup", "macos-dmg"):
        assert "packaging/summary.py" in jobs[name], name
        assert "actions/upload-artifact@" in jobs[name], name
        assert "if-no-files-found: error" in jobs[name], name
    release = jobs["release"]
    assert "if: startsWith(github.ref, 'refs/tags/')" in release
    assert "needs: [version, linux-deb, windows-setup, macos-dmg]" in release
    assert "gh release create" in release and "--draft" in release


def test_signing_runs_only_when_the_secrets_exist() -> None:
    jobs = workflow_jobs()
    for name in ("windows-setup", "macos-dmg"):
        job = jobs[name]
        assert re.search(r"HAVE_SIGNING: \$\{\{ secrets\.\w+ != '' \}\}", job), name
        signing_steps = re.findall(r"- name: ([^\n]*(?:Sign|sign|Notarize|Developer ID)[^\n]*)\n"
                                   r"\s+if: ([^\n]+)", job)
        assert signing_steps, name
        assert all("env.HAVE_SIGNING == 'true'" in condition for _n, condition in signing_steps)


def test_inno_setup_is_pinned_checked_and_found_without_a_version_folder() -> None:
    text = WORKFLOW.read_text(encoding="utf-8")
    assert re.search(r'INNO_SETUP_VERSION: "\d+\.\d+\.\d+"', text)
    assert re.search(r'INNO_SETUP_SHA256: "[0-9a-f]{64}"', text)
    job = workflow_jobs()["windows-setup"]
    assert "Get-FileHash" in job and "$env:INNO_SETUP_SHA256" in job
    assert "Inno Setup 6\\ISCC" not in job and "choco" not in job
    assert "& $env:ISCC" in job


# --- the Windows installer -----------------------------------------------------------------------

def test_windows_installer_offers_open_with_for_eml() -> None:
    text = ISS.read_text(encoding="utf-8")
    registry = text.split("[Registry]", 1)[1].split("\n[", 1)[0]
    assert 'Subkey: "Software\\Classes\\.eml\\OpenWithProgids"' in registry
    assert "SystemFileAssociations\\.eml\\shell\\SMTPHelper\\command" in registry
    assert '"""{app}\\{#MyAppExe}"" ""%1"""' in registry
    assert all(line.startswith("Root: HKA;") for line in registry.splitlines()
               if line.startswith("Root:")), "per-user install: HKA, never HKLM"
    assert "ChangesAssociations=yes" in text
    assert "en.OpenWithApp=Open with SMTP Helper" in text and "cs.OpenWithApp=" in text


def test_windows_uninstaller_asks_about_settings_and_logs() -> None:
    text = ISS.read_text(encoding="utf-8")
    code = text.split("[Code]", 1)[1]
    assert "procedure CurUninstallStepChanged" in code and "usPostUninstall" in code
    assert "MsgBox(" in code and "MB_DEFBUTTON2" in code  # asks; No (keep) is the default
    assert "DelTree(DataDir" in code and "/REMOVEUSERDATA" in code
    assert "en.RemoveUserData=" in text and "cs.RemoveUserData=" in text
    # The folder it removes is where the app keeps them: platformdirs' user data folder for
    # the app name in smtphelper/gui/paths.py (settings there, logs in its Logs\ folder).
    assert f'#define UserDataDir "{{localappdata}}\\{paths.APP_NAME}"' in text


def test_windows_installer_signs_only_when_asked() -> None:
    text = ISS.read_text(encoding="utf-8")
    assert re.search(r"#ifdef SIGN\nSignTool=smtphelpersign\nSignedUninstaller=yes\n#endif", text)


# --- the macOS disk image ------------------------------------------------------------------------

def test_dmg_is_named_by_architecture_and_retries_hdiutil() -> None:
    script = DMG_SCRIPT.read_text(encoding="utf-8")
    assert 'dmg="dist/SMTPHelper-$version-macos-$arch.dmg"' in script
    assert "until hdiutil create" in script
    assert 'cp packaging/macos/ReadMe.txt "$stage/Read Me.txt"' in script


@pytest.mark.parametrize("document", [DMG_README, ROOT / "README.md", PACKAGING / "README.md"],
                         ids=lambda path: str(path.relative_to(ROOT)))
def test_gatekeeper_steps_are_current(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    assert "Privacy & Security" in text and "Open Anyway" in text
    assert "macOS 15" in text  # says that right-click > Open is gone there


def test_readme_tells_the_smartscreen_steps() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "Windows protected your PC" in text
    assert "More info" in text and "Run anyway" in text


# --- small helpers -------------------------------------------------------------------------------

def test_release_tag_check(version_script: types.ModuleType) -> None:
    version = version_script.project_version()
    assert version_script.tag_problem(f"v{version}", version) is None
    assert version_script.tag_problem(f"refs/tags/v{version}", version) is None
    assert "does not match" in version_script.tag_problem(f"v{version}.1", version)
    assert version_script.tag_problem(version, version)  # the "v" is part of the convention
    assert version_script.main(["--tag", "v0.0.0-not-this"]) == 1


def test_summary_lists_size_and_hash(tmp_path: Path) -> None:
    from .conftest import load_script

    summary = load_script("summary.py")
    installer = tmp_path / "SMTPHelper-1.0.0-setup.exe"
    installer.write_bytes(b"x" * 2_500_000)
    text = summary.table("Windows", [installer])
    assert "| `SMTPHelper-1.0.0-setup.exe` | 2.5 MB |" in text
    assert summary.main(["Windows", str(tmp_path / "missing.exe")]) == 1
