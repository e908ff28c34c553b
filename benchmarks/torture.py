"""How long each MIME torture case takes to decode (the cases of tests/core/test_torture.py).

    python benchmarks/torture.py [--limit SECONDS]

The unit tests check that every hostile message decodes correctly; this script runs the same
cases and prints the wall time of each, slowest first, flagging those over the limit (10 s by
default: what a slow two-core machine needs for the worst case when nothing else runs). Several
cases are sized so that the quadratic behaviour they guard against would take minutes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "core" / "test_torture.py"


class Timings:
    """A pytest plugin that keeps the duration of each test's call phase."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.failed: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call":
            self.seconds[report.nodeid.split("::", 1)[-1]] = report.duration
            if report.failed:
                self.failed.append(report.nodeid)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=10.0,
                        help="flag cases slower than this many seconds (default 10)")
    args = parser.parse_args()
    timings = Timings()
    code = pytest.main([str(CASES), "-q", "-p", "no:cacheprovider", "--no-header",
                        "-o", "addopts="], plugins=[timings])
    ordered = sorted(timings.seconds.items(), key=lambda item: -item[1])
    print(f"\n{'seconds':>8}  case")
    for name, seconds in ordered:
        flag = "  <- over the limit" if seconds > args.limit else ""
        shown = name if len(name) <= 90 else name[:87] + "..."
        print(f"{seconds:8.2f}  {shown}{flag}")
    total = sum(timings.seconds.values())
    slow = sum(1 for _, seconds in ordered if seconds > args.limit)
    print(f"\n{len(ordered)} cases, {total:.1f} s in all, slowest {ordered[0][1]:.2f} s, "
          f"{slow} over {args.limit:g} s, {len(timings.failed)} failed")
    return 1 if code or slow else 0


if __name__ == "__main__":
    sys.exit(main())
