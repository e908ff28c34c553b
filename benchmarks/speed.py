"""Decoding speed over the development corpus.

Times the command line over every corpus message in one process (whole process, start-up
included) and prints messages per second and the median time per message (in-process). Where
Debian's libsisimai-perl is installed it times ``Sisimai->make`` over the same files, also as
one whole process, and prints the ratio. Skips when the corpus is absent.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from smtphelper.core.decode import decode

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "emails"
ROUNDS = 3
SISIMAI = "use Sisimai; for my $f (@ARGV) { my $v = Sisimai->make($f); }"


def best_of(command: list[str]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def sisimai_available() -> bool:
    if not shutil.which("perl"):
        return False
    probe = subprocess.run(["perl", "-MSisimai", "-e", "1"], capture_output=True)
    return probe.returncode == 0


def main() -> int:
    files = sorted(CORPUS.glob("*.eml"))
    if not files:
        print(f"corpus not found at {CORPUS}: skipped")
        return 0
    names = [str(f) for f in files]
    per_message = []
    for path in files:
        data = path.read_bytes()
        start = time.perf_counter()
        decode(data, source=path.name)
        per_message.append(time.perf_counter() - start)
    cli = [sys.executable, "-m", "smtphelper.cli", "decode", "--json", *names]
    ours = best_of(cli)
    print(f"messages: {len(files)}")
    print(f"median time per message (in process): {1000 * statistics.median(per_message):.2f} ms")
    print(f"smtphelper-cli, whole process: {ours:.2f} s = {len(files) / ours:.0f} messages/s")
    if sisimai_available():
        theirs = best_of(["perl", "-e", SISIMAI, *names])
        print(f"Sisimai->make, whole process:  {theirs:.2f} s = {len(files) / theirs:.0f} "
              "messages/s")
        print(f"throughput ratio (smtphelper / Sisimai): {theirs / ours:.2f}x")
    else:
        print("libsisimai-perl not installed: no comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main())
