"""A long fuzz run of ``decode`` (``make fuzz``): many thousands of generated inputs (junk text
and bytes, bounce pieces, broken MIME, randomly edited real bounces), each decoded and checked
against the report invariants; every tenth is also decoded again after another input to check
that the result is the same.

    python -m tests.fuzz.fuzz_decode [--examples N] [--seed N]

Not part of ``make test`` (tests/core/test_properties.py runs the same strategies briefly).
A failure prints the smallest input Hypothesis could shrink it to, and the seed to repeat it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time

from hypothesis import HealthCheck, given, seed, settings

from smtphelper.core.decode import decode
from tests.fuzz.strategies import any_input, check_report, decode_twice

SLOW = 5.0  # seconds: generated inputs are small, so a decode this slow is super-linear


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fuzz_decode", description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=20_000, help="inputs to try")
    parser.add_argument("--seed", type=int, default=None, help="repeat an earlier run")
    args = parser.parse_args(argv)
    run_seed = args.seed if args.seed is not None else random.randrange(2**32)
    tried = 0
    slowest = 0.0
    started = time.perf_counter()

    @seed(run_seed)
    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(any_input(), any_input())
    def fuzz(data: str | bytes, other: str | bytes) -> None:
        nonlocal tried, slowest
        tried += 1
        start = time.perf_counter()
        report = decode(data)
        elapsed = time.perf_counter() - start
        slowest = max(slowest, elapsed)
        check_report(report)
        assert elapsed < SLOW, f"decoding a {len(data)}-long input took {elapsed:.1f} s"
        if tried % 10 == 0:
            decode_twice(decode, data, other)
        if tried % 1000 == 0:
            print(f"fuzz: {tried} inputs, {time.perf_counter() - started:.0f} s",
                  file=sys.stderr, flush=True)

    print(f"fuzz: decoding {args.examples} generated inputs (seed {run_seed})", flush=True)
    try:
        fuzz()
    except Exception:
        print(f"fuzz: FAILED after {tried} inputs (seed {run_seed}); the smallest failing "
              "input is shown above", flush=True)
        raise
    print(f"fuzz: {tried} inputs tried in {time.perf_counter() - started:.0f} s, none crashed "
          f"or broke an invariant; slowest decode {slowest * 1000:.0f} ms (seed {run_seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
