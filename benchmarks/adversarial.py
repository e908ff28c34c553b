"""Decoding time on pathological input: it must grow linearly with the size.

Feeds texts of 0.2 MB, 2 MB and 20 MB built from long runs of digits, dots, "550-", angle
brackets, "@", spaces, repeated trigger words and header-like lines to the core and prints
MB/s for each. The core analyses at most the first 2 MB of a paste (the bounce notice is at the
top; the rest is noted as not read), so from 0.2 MB to 2 MB the time must grow about tenfold
(linear), and from 2 MB to 20 MB only by the cost of reading the text.
"""

from __future__ import annotations

import sys
import time

from smtphelper.core.decode import decode

MB = 1_000_000
PATTERNS: dict[str, str] = {
    "digits": "5",
    "dots": ".",
    "digits-and-dots": "5.5.5.",
    "reply continuations": "550-",
    "angle brackets": "<",
    "at signs": "@",
    "spaces": " ",
    "address-like": "a@b.",
    "trigger words": "user unknown mailbox full blocked using spamhaus ",
    "header lines": "Received: from x\n",
    "codes and addresses": "550 5.1.1 <user@example.com>: no such user\n",
    "html tags": "<p><b>",
    "no newlines, codes": "550 5.7.1 ",
    # Near-misses of the cause lexicon's phrases in one server reply (a delivery-status
    # field), so that every family is tried over the whole reply.
    "lexicon near-misses": "550 relay mailbox spam quota rate user account domain ",
    "lexicon in a field": "Final-Recipient: rfc822; a@b.cz\nAction: failed\nStatus: 5.0.0\n"
                          "Diagnostic-Code: smtp; 550 mailbox relay spamx listedx ",
}


def timed(text: str) -> float:
    start = time.perf_counter()
    decode(text)
    return time.perf_counter() - start


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def main() -> int:
    worst = 0.0
    print(f"{'input':22} {'0.2 MB s':>9} {'MB/s':>7} {'2 MB s':>8} {'MB/s':>7} "
          f"{'20 MB s':>8} {'MB/s':>7} {'2/0.2':>6}")
    for name, unit in PATTERNS.items():
        t_tiny = timed(text_of(unit, MB // 5))
        t_small = timed(text_of(unit, 2 * MB))
        t_large = timed(text_of(unit, 20 * MB))
        ratio = t_small / max(t_tiny, 1e-6)
        worst = max(worst, ratio)
        print(f"{name:22} {t_tiny:9.3f} {0.2 / t_tiny:7.1f} {t_small:8.3f} "
              f"{2 / t_small:7.1f} {t_large:8.3f} {20 / t_large:7.1f} {ratio:6.1f}")
    print(f"largest 2 MB / 0.2 MB time ratio: {worst:.1f} (10 = linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
