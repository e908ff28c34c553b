#!/usr/bin/env python3
"""Validate benchmarks/data/lines.tsv and print counts per half and per reason.

A row belongs to the "tune" half when the first hex digit of sha1(line) (UTF-8) is 0-7,
otherwise to the "check" half. Exit status 1 when the file does not validate.
"""
import collections
import hashlib
import pathlib
import sys

COLUMNS = ["id", "line", "reason", "permanent", "state", "source_url", "note"]
REASONS = set("""authfailure badreputation blocked contenterror delivered exceedlimit expired
    feedback filtered hasmoved hostunknown mailboxfull mailererror mesgtoobig networkerror
    norelaying notaccept notcompliantrfc onhold policyviolation rejected requireptr
    securityerror spamdetected speeding suspend syntaxerror systemerror systemfull toomanyconn
    undefined userunknown vacation virusdetected""".split())
PERMANENT = {"true", "false"}
STATES = {"failed", "delayed"}


def half(line: str) -> str:
    return "tune" if hashlib.sha1(line.encode("utf-8")).hexdigest()[0] in "01234567" else "check"


def main(path: str) -> int:
    errors = []
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != COLUMNS:
        errors.append(f"header must be: {' '.join(COLUMNS)}")
    seen_lines, seen_ids = {}, {}
    for number, text in enumerate(lines[1:], 2):
        fields = text.split("\t")
        if len(fields) != len(COLUMNS):
            errors.append(f"row {number}: {len(fields)} columns, expected {len(COLUMNS)}")
            continue
        row = dict(zip(COLUMNS, fields, strict=True))
        if not row["id"]:
            errors.append(f"row {number}: empty id")
        elif row["id"] in seen_ids:
            errors.append(f"row {number}: id {row['id']} repeats row {seen_ids[row['id']]}")
        seen_ids[row["id"]] = number
        if not row["line"].strip():
            errors.append(f"row {number}: empty line")
        elif row["line"] in seen_lines:
            errors.append(f"row {number}: line repeats row {seen_lines[row['line']]}")
        seen_lines[row["line"]] = number
        if row["reason"] not in REASONS:
            errors.append(f"row {number}: unknown reason {row['reason']!r}")
        if row["permanent"] not in PERMANENT:
            errors.append(f"row {number}: permanent must be true/false, not {row['permanent']!r}")
        if row["state"] not in STATES:
            errors.append(f"row {number}: state must be failed/delayed, not {row['state']!r}")
        if not row["source_url"].startswith(("http://", "https://")):
            errors.append(f"row {number}: source_url missing or not a URL")
        rows.append(row)

    by_half = collections.Counter(half(r["line"]) for r in rows)
    by_reason = collections.Counter(r["reason"] for r in rows)
    by_reason_half = collections.Counter((r["reason"], half(r["line"])) for r in rows)
    print(f"rows: {len(rows)}")
    print(f"tune: {by_half['tune']}  check: {by_half['check']}")
    print(f"{'reason':18} {'all':>4} {'tune':>5} {'check':>6}")
    for reason, count in sorted(by_reason.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"{reason:18} {count:4} {by_reason_half[(reason, 'tune')]:5} "
              f"{by_reason_half[(reason, 'check')]:6}")
    for error in errors:
        print("ERROR:", error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    default = pathlib.Path(__file__).with_name("lines.tsv")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(default)))
