"""The package version from pyproject.toml, for the installer recipes and CI.

    python packaging/version.py               prints the version (0.1.0)
    python packaging/version.py --tag v0.1.0  exits 1 with a message unless the tag is v<version>

The release workflow runs the second form on every tag, so a tag and the version inside the
installers cannot disagree.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def project_version(root: Path = ROOT) -> str:
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def tag_problem(tag: str, version: str) -> str | None:
    """Why a release tag does not fit the version (refs/tags/ prefix allowed), or None."""
    name = tag.removeprefix("refs/tags/")
    if name == f"v{version}":
        return None
    return (f"release tag {name!r} does not match the package version {version!r} in "
            f"pyproject.toml: tag v{version}, or change the version first")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tag", help="a release tag to check against the version")
    args = parser.parse_args(argv)
    version = project_version()
    if args.tag is None:
        print(version)
        return 0
    problem = tag_problem(args.tag, version)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    print(f"tag {args.tag} matches version {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
