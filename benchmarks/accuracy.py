"""Accuracy of the decoding core: three figures, each labelled with the data it comes from.

Usage: python benchmarks/accuracy.py [CORPUS_DIR] [--misses N] [--verbose] [--lines-misses HALF]
                                    [--without-variants]

1. The development set (``../shared/corpus``, in-sample: the knowledge base was tuned on it):
   reply-code and enhanced-code agreement on the rows whose expected value is literally in the
   email, temporary/permanent agreement, reason agreement, the most frequent confusions.
   Skipped when the corpus is absent.
2. The tune half of ``benchmarks/data/lines.tsv`` (real server lines from public pages; wording
   may be learnt from this half): cause, temporary/permanent and state agreement.
3. The check half of the same file: the same figures on lines the wording was never written
   from. Its disagreements are not listed, so that nobody tunes to them by accident.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

from corpus import corpus_folder  # benchmarks/ is on sys.path when a script runs

from smtphelper.core.decode import decode

DEFAULT_CORPUS = corpus_folder()
LINES = Path(__file__).resolve().parent / "data" / "lines.tsv"


def line_half(line: str) -> str:
    """The half a line belongs to: "tune" when sha1(line) starts with 0-7, else "check"."""
    return "tune" if hashlib.sha1(line.encode("utf-8")).hexdigest()[0] in "01234567" else "check"


def lines_figures(half: str, show_misses: bool) -> None:
    rows = []
    with LINES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if line_half(row["line"]) == half:
                rows.append(row)
    tally: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for row in rows:
        report = decode(row["line"])
        got = report.recipients[0] if report.recipients else None
        reason = got.reason if got else f"({report.kind})"
        tally["reason"] += reason == row["reason"]
        tally["permanent"] += got is not None and got.permanent == (row["permanent"] == "true")
        tally["state"] += got is not None and got.state == row["state"]
        if reason != row["reason"]:
            confusions[(row["reason"], reason)] += 1
            if show_misses:
                tier = got.cause_tier if got else "-"
                print(f"  want {row['reason']:15} got {reason:15} [{tier}] {row['line'][:150]}")
    total = max(1, len(rows))
    label = {"tune": "tune half (wording may be learnt from it)",
             "check": "check half (never tuned on)"}[half]
    print(f"\nserver lines, {label}: {len(rows)} lines")
    for name in ("reason", "permanent", "state"):
        print(f"  {name + ' agreement:':24}{tally[name]}/{len(rows)} = "
              f"{100 * tally[name] / total:.1f}%")
    if show_misses:
        print("  most frequent confusions (expected -> got):")
        for (want, got_reason), count in confusions.most_common(15):
            print(f"    {count:3d}  {want} -> {got_reason}")


def load_labels(corpus: Path) -> dict[str, list[dict[str, str]]]:
    rows: dict[str, list[dict[str, str]]] = {}
    with (corpus / "labels.tsv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            rows.setdefault(row["file"], []).append(row)
    for file_rows in rows.values():
        file_rows.sort(key=lambda r: int(r["rcpt"]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", type=int, default=12, help="confusions to list")
    parser.add_argument("--verbose", action="store_true", help="print every disagreement")
    parser.add_argument("--lines-misses", choices=["tune"], default=None,
                        help="list the tune half's disagreements")
    parser.add_argument("--without-variants", action="store_true",
                        help="recognise causes by the lexicon and the codes alone (an estimate "
                             "for wording that no variant knows)")
    args = parser.parse_args(argv)
    if args.without_variants:
        from smtphelper.core import cause

        cause.match_variants = lambda *_args, **_kwargs: []  # type: ignore[assignment]
        print("(variants switched off)")
    if (args.corpus / "labels.tsv").is_file():
        corpus_figures(args)
    else:
        print(f"development set not found at {args.corpus}: skipped")
    if LINES.is_file():
        lines_figures("tune", args.lines_misses == "tune")
        lines_figures("check", False)
    return 0


def corpus_figures(args: argparse.Namespace) -> None:
    labels = load_labels(args.corpus)
    tally: Counter[str] = Counter()
    confusions: Counter[tuple[str, str]] = Counter()
    for name, rows in sorted(labels.items()):
        report = decode((args.corpus / "emails" / name).read_bytes(), source=name)
        for row in rows:
            index = int(row["rcpt"])
            got = report.recipients[index] if index < len(report.recipients) else None
            if report.kind == "unrecognised" and row["reason"] == "notbounce":
                got_reason = "notbounce"
            else:
                got_reason = got.reason if got else "(none)"
            tally["rows"] += 1
            if row["reply_literal"] == "true":
                tally["reply_rows"] += 1
                ok = got is not None and got.reply_code == row["replycode"]
                tally["reply_ok"] += ok
                if not ok and args.verbose:
                    print(f"reply  {name}#{index}: want {row['replycode']} got "
                          f"{got.reply_code if got else None}")
            if row["dsn_literal"] == "true":
                tally["dsn_rows"] += 1
                ok = got is not None and got.enhanced_code == row["dsn"]
                tally["dsn_ok"] += ok
                if not ok and args.verbose:
                    print(f"dsn    {name}#{index}: want {row['dsn']} got "
                          f"{got.enhanced_code if got else None}")
            if row["dsn"][:1] in ("4", "5"):
                tally["perm_rows"] += 1
                want = row["dsn"][0] == "5"
                ok = got is not None and got.permanent == want
                tally["perm_ok"] += ok
                if row["dsn_literal"] == "true":
                    tally["perm_literal_rows"] += 1
                    tally["perm_literal_ok"] += ok
                if not ok and args.verbose:
                    print(f"perm   {name}#{index}: want {want} got "
                          f"{got.permanent if got else None}")
            tally["reason_ok"] += got_reason == row["reason"]
            if got_reason != row["reason"]:
                confusions[(row["reason"], got_reason)] += 1
                if args.verbose:
                    diag = (got.diagnostic or "")[:110].replace("\n", " ") if got else ""
                    print(f"reason {name}#{index}: want {row['reason']} got {got_reason}"
                          f" [{got.variant.id if got and got.variant else '-'}] {diag}")

    def share(ok: str, total: str) -> str:
        return f"{tally[ok]}/{tally[total]} = {100 * tally[ok] / max(1, tally[total]):.1f}%"

    print("development set (shared/corpus; in-sample: the knowledge base was tuned on it)")
    print(f"files: {len(labels)}, recipient rows: {tally['rows']}")
    print(f"reply code agreement (literal rows):    {share('reply_ok', 'reply_rows')}")
    print(f"enhanced code agreement (literal rows): {share('dsn_ok', 'dsn_rows')}")
    literal = share('perm_literal_ok', 'perm_literal_rows')
    print(f"temporary/permanent (literal rows):     {literal}")
    print(f"temporary/permanent (all rows):         {share('perm_ok', 'perm_rows')}")
    print(f"reason agreement (all rows):            {share('reason_ok', 'rows')}")
    print("most frequent reason confusions (expected -> got):")
    for (want, got), count in confusions.most_common(args.misses):
        print(f"  {count:3d}  {want} -> {got}")


if __name__ == "__main__":
    sys.exit(main())
