"""Append a table of built installers (name, size, SHA-256) to the CI job summary.

    python packaging/summary.py TITLE FILE...

Writes Markdown to the file named by GITHUB_STEP_SUMMARY (standard output when unset) and
exits 1 when a file is missing, so an upload step never runs on nothing.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path


def table(title: str, files: list[Path]) -> str:
    rows = [f"### {title}", "", "| file | size | SHA-256 |", "| --- | ---: | --- |"]
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        rows.append(f"| `{path.name}` | {path.stat().st_size / 1e6:.1f} MB | `{digest}` |")
    return "\n".join(rows) + "\n\n"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    files = [Path(name) for name in argv[1:]]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        print(f"summary: missing {', '.join(missing)}", file=sys.stderr)
        return 1
    text = table(argv[0], files)
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(text)
    print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
