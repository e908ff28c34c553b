"""Decoding speed, whole process against whole process, against Sisimai where it is installed.

    python benchmarks/speed.py [--rounds 7] [--copies 24] [--python PY] [--no-gui] [--pin CPU]

What a user runs is measured: ``smtphelper-cli`` from a normal (non-editable) install with its
bytecode, built here from this checkout into a private virtual environment (``--python`` names
the interpreter of an existing install instead). ``PYTHONDONTWRITEBYTECODE`` is removed from the
children's environment, as users' machines do not set it, and each command runs once unmeasured
first (the bytecode and the parsed-data cache are written then, as on a user's first start).

Timed as CPU time (user + system) of the whole child process, in alternating runs (ours, then
Sisimai's ``Sisimai->make`` over the same files, ``--rounds`` times); the ratio printed is the
median of the rounds' ratios, with their lowest and highest (a shared machine drifts; ``--pin``
keeps both sides on one processor). Three runs:

- every corpus email (``../shared/corpus/emails``) in one process;
- one email (start-up): an ordinary Postfix bounce (``ONE_FILE``);
- about 6,000 unique messages: the corpus emails copied ``--copies`` times with every MIME
  boundary rewritten, so that no two messages share a boundary (repeating the same files would
  let Python's regular-expression cache flatter us).

Then per-message milliseconds in process after warm-up (both sides), peak memory (maximum
resident set of the corpus and 6,000-message runs) and, unless ``--no-gui``, the window's start
and 20 MB paste figures (``benchmarks/gui.py``). Skips when the corpus is absent.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from corpus import corpus_folder  # benchmarks/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parents[1]
CORPUS = corpus_folder() / "emails"
ONE_FILE = "lhost-postfix-01.eml"  # the start-up run's file: an ordinary Postfix bounce
SISIMAI_MAKE = "use Sisimai; for my $f (@ARGV) { my $v = Sisimai->make($f); }"
# Per message in process, after one warm-up pass: the median of each file's CPU time.
SISIMAI_PER_MESSAGE = r"""
use Sisimai; use Time::HiRes qw(clock);
for my $f (@ARGV) { my $v = Sisimai->make($f); }
my @t;
for my $f (@ARGV) { my $s = clock(); my $v = Sisimai->make($f); push @t, clock() - $s; }
@t = sort { $a <=> $b } @t; my $n = @t; my $sum = 0; $sum += $_ for @t;
printf "%.6f %.6f\n", $t[int($n / 2)], $sum / $n;
"""
OURS_PER_MESSAGE = r"""
import statistics, sys, time
from smtphelper.core.decode import decode
data = [open(f, "rb").read() for f in sys.argv[1:]]
for d in data:
    decode(d)
t = []
for d in data:
    s = time.process_time(); decode(d); t.append(time.process_time() - s)
print(f"{statistics.median(t):.6f} {statistics.mean(t):.6f}")
"""
_BOUNDARY = re.compile(rb'boundary\s*=\s*(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))', re.I)


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' machines keep bytecode
    env.pop("PYTHONPATH", None)
    return env


# Children run in a folder of their own: run from the checkout, ``python -m`` and ``-c`` would
# import the checkout's package instead of the installed one.
NEUTRAL = tempfile.gettempdir()


PIN: set[int] | None = None  # processors the children run on (``--pin``)


def _pinned() -> None:
    if PIN is not None:
        os.sched_setaffinity(0, PIN)


def cpu_run(command: list[str]) -> tuple[float, float]:
    """CPU seconds (user + system) and peak resident MB of one whole child process."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               env=child_env(), cwd=NEUTRAL,
                               preexec_fn=_pinned if PIN is not None else None)
    _pid, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        raise SystemExit(f"failed ({status}): {' '.join(command[:4])} ...")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def install(target: Path) -> Path:
    """A normal install of this checkout in a fresh virtual environment; its interpreter."""
    wheels = target / "wheel"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", str(ROOT), "-w", str(wheels)], check=True,
                   cwd=target, env=child_env())
    venv.EnvBuilder(with_pip=True).create(target / "venv")
    python = target / "venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    # The command line needs neither Qt nor platformdirs: no dependency is installed.
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps",
                    *map(str, wheels.glob("*.whl"))], check=True, env=child_env(), cwd=NEUTRAL)
    return python


def unique_copies(files: list[Path], copies: int, folder: Path) -> list[Path]:
    """``copies`` copies of each file, every MIME boundary made unique to its copy."""
    made = []
    for copy in range(copies):
        for path in files:
            data = path.read_bytes()
            names = {m.group(1) or m.group(2) for m in _BOUNDARY.finditer(data)}
            if names:
                pattern = re.compile(b"|".join(re.escape(n) for n in
                                               sorted(names, key=len, reverse=True)))
                data = pattern.sub(lambda m, c=copy: m.group(0) + b"=c%d" % c, data)
            target = folder / f"{copy:02d}-{path.name}"
            target.write_bytes(data)
            made.append(target)
    return made


def sisimai_available() -> bool:
    if not shutil.which("perl"):
        return False
    return subprocess.run(["perl", "-MSisimai", "-e", "1"], capture_output=True).returncode == 0


def compare(label: str, ours: list[str], theirs: list[str] | None, rounds: int,
            count: int) -> None:
    cpu_run(ours)
    if theirs:
        cpu_run(theirs)
    our_times, their_times, ratios, our_peak, their_peak = [], [], [], 0.0, 0.0
    for _ in range(rounds):
        seconds, peak = cpu_run(ours)
        our_times.append(seconds)
        our_peak = max(our_peak, peak)
        if theirs:
            their_seconds, their_rss = cpu_run(theirs)
            their_times.append(their_seconds)
            their_peak = max(their_peak, their_rss)
            ratios.append(seconds / their_seconds)
    line = (f"{label} ({count} messages): ours {1000 * statistics.median(our_times):.0f} ms CPU, "
            f"peak {our_peak:.0f} MB")
    if theirs:
        line += (f"; Sisimai {1000 * statistics.median(their_times):.0f} ms, peak "
                 f"{their_peak:.0f} MB; ratio ours/Sisimai {statistics.median(ratios):.2f} "
                 f"(median of {rounds} alternating rounds, {min(ratios):.2f}-{max(ratios):.2f}), "
                 f"memory ratio "
                 f"{our_peak / their_peak:.2f}")
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--copies", type=int, default=24, help="copies of the corpus for the "
                        "unique-boundary run (24 x 249 emails = 5,976 messages)")
    parser.add_argument("--python", help="interpreter of an existing normal install")
    parser.add_argument("--no-gui", action="store_true", help="skip the window figures")
    parser.add_argument("--pin", type=int, metavar="CPU", help="run both sides' processes on "
                        "this processor only (Linux): less drift between alternating runs")
    args = parser.parse_args()
    global PIN
    if args.pin is not None:
        PIN = {args.pin}
    files = sorted(CORPUS.glob("*.eml"))
    if not files:
        print(f"corpus not found at {CORPUS}: skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="smtphelper-speed-") as scratch:
        work = Path(scratch)
        python = Path(args.python) if args.python else install(work)
        big_folder = work / "unique"
        big_folder.mkdir()
        big = unique_copies(files, args.copies, big_folder)
        names = [str(f) for f in files]
        big_names = [str(f) for f in big]
        script = python.parent / ("smtphelper-cli.exe" if os.name == "nt" else "smtphelper-cli")
        ours = [str(script), "decode", "--json"]  # the command a user runs
        sisimai = ["perl", "-e", SISIMAI_MAKE] if sisimai_available() else None
        if sisimai is None:
            print("libsisimai-perl not installed: no comparison")
        where = subprocess.run([str(python), "-c", "import smtphelper; print(smtphelper.__file__)"],
                               capture_output=True, text=True, env=child_env(), cwd=NEUTRAL)
        print(f"ours: {script} ({where.stdout.strip()}: a normal install, with bytecode); CPU "
              "time, whole processes", flush=True)
        compare("corpus, one process", ours + names, sisimai and sisimai + names,
                args.rounds, len(names))
        one = [n for n in names if n.endswith(ONE_FILE)] or names[:1]
        compare(f"one file (start-up, {Path(one[0]).name})", ours + one,
                sisimai and sisimai + one, args.rounds, 1)
        compare("unique boundaries, one process", ours + big_names,
                sisimai and sisimai + big_names, args.rounds, len(big_names))
        per = subprocess.run([str(python), "-c", OURS_PER_MESSAGE, *names], check=True,
                             capture_output=True, text=True, env=child_env(),
                             cwd=NEUTRAL).stdout.split()
        line = (f"per message in process after warm-up: ours median {1000 * float(per[0]):.2f} "
                f"ms, mean {1000 * float(per[1]):.2f} ms")
        if sisimai:
            theirs = subprocess.run(["perl", "-e", SISIMAI_PER_MESSAGE, *names], check=True,
                                    capture_output=True, text=True).stdout.split()
            line += (f"; Sisimai median {1000 * float(theirs[0]):.2f} ms, mean "
                     f"{1000 * float(theirs[1]):.2f} ms; ratio of means "
                     f"{float(per[1]) / float(theirs[1]):.2f}")
        print(line, flush=True)
    if not args.no_gui:
        env = dict(child_env(), QT_QPA_PLATFORM="offscreen")
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gui.py")], env=env,
                       check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
