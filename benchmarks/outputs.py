"""Snapshot of the decoder's output, to prove that an optimisation changed nothing.

    python benchmarks/outputs.py OUT.jsonl            # write the snapshot
    python benchmarks/outputs.py OUT.jsonl --compare  # compare with a written one

One JSON line per corpus email (``../shared/corpus/emails``), per example in
``resources/examples`` and per line of ``benchmarks/data/lines.tsv``, each as
``smtphelper-cli decode --json --advice`` prints it, in English and in Czech. Exit 1 when a
compared snapshot differs (the first differing lines are printed).
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from corpus import corpus_folder  # benchmarks/ is on sys.path when a script runs

from smtphelper.cli import json_line, report_json
from smtphelper.core.advice import advice_text
from smtphelper.core.decode import decode
from smtphelper.core.tsreader import translator_for

ROOT = Path(__file__).resolve().parents[1]
CORPUS = corpus_folder() / "emails"
LINES = ROOT / "benchmarks" / "data" / "lines.tsv"


def inputs() -> list[tuple[str, bytes | str]]:
    items: list[tuple[str, bytes | str]] = []
    for path in sorted(CORPUS.glob("*.eml")) + sorted((ROOT / "resources" / "examples").glob("*")):
        items.append((path.name, path.read_bytes()))
    with LINES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            items.append((row["id"], row["line"]))
    return items


def snapshot() -> list[str]:
    out = []
    for lang in ("en", "cs"):
        tr = translator_for(lang)
        for name, data in inputs():
            report = decode(data, source=name, tr=tr)
            item = report_json(report)
            item["advice"] = [advice_text(report, r, tr) for r in report.recipients]
            out.append(json_line(item))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--compare", action="store_true")
    args = parser.parse_args()
    lines = snapshot()
    if not args.compare:
        args.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines)} outputs written to {args.path}")
        return 0
    expected = args.path.read_text(encoding="utf-8").splitlines()
    differing = [i for i, (a, b) in enumerate(zip(expected, lines, strict=False)) if a != b]
    if len(expected) != len(lines):
        print(f"{len(expected)} outputs expected, {len(lines)} produced")
    for index in differing[:5]:
        print(f"differs: {expected[index][:300]}\n    now: {lines[index][:300]}")
    if differing or len(expected) != len(lines):
        print(f"{len(differing)} of {len(lines)} outputs differ")
        return 1
    print(f"all {len(lines)} outputs identical")
    return 0


if __name__ == "__main__":
    sys.exit(main())
