"""Compiled regular expressions kept between runs: the same patterns, never a wrong one."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from smtphelper import regexcache

pytestmark = pytest.mark.skipif(not regexcache._supported(), reason="not CPython's re")

PROBE = (
    "import re, smtphelper.regexcache as r, smtphelper.core.decode\n"
    "from smtphelper.core import state, notice\n"
    "fresh = re._compiler.compile\n"
    "for p in (state.STOPPED, state.NOTICE_MARKERS, notice.ADDRESS, notice._ORIGINAL_MARKERS):\n"
    "    assert p == fresh(p.pattern, p.flags), p.pattern\n"
    "print(len(r._loaded))\n"
)


def run(home: Path, code: str = PROBE) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SMTPHELPER_HOME": str(home)}
    env.pop("SMTPHELPER_NO_REGEX_CACHE", None)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120, check=False)


def test_patterns_are_kept_and_read_back_equal(tmp_path: Path) -> None:
    first = run(tmp_path)
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "0"  # nothing kept yet
    [kept] = list((tmp_path / "cache").glob("regex-*.marshal"))
    entries = marshal.loads(kept.read_bytes())
    assert len(entries) > 50
    assert not any(pattern.startswith("(?P<sep>") for pattern, _flags in entries)
    second = run(tmp_path)  # reads them back, and they equal freshly compiled patterns
    assert second.returncode == 0, second.stderr
    assert int(second.stdout) == len(entries)


def test_a_damaged_file_is_ignored(tmp_path: Path) -> None:
    assert run(tmp_path).returncode == 0
    [kept] = list((tmp_path / "cache").glob("regex-*.marshal"))
    entries = marshal.loads(kept.read_bytes())
    # An entry whose program is not a valid one, and garbage: re compiles those as usual.
    (pattern, flags), program = next(iter(entries.items()))
    entries[pattern, flags] = (program[0], [1, 2, 3], *program[2:])
    kept.write_bytes(marshal.dumps(entries))
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    kept.write_bytes(b"garbage")
    done = run(tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_program_builds_the_same_pattern() -> None:
    engine = regexcache._engine()
    for source, flags in ((r"(?P<a>x)|(?P<b>y)\d{2,5}", 0), ("gave up|given up", re.I),
                          (r"^\s*>>>", re.M)):
        assert engine.compile(source, *regexcache.program(source, flags)) == re._compiler.compile(
            source, flags)


def test_no_pattern_built_from_pasted_text_is_kept(tmp_path: Path) -> None:
    # A delivery-status field folded over two lines: the matched words are found in the pasted
    # text with a pattern built from them, which must not reach the disk.
    notice = ("From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\nMIME-Version: 1.0\n"
              "Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n"
              "--b\nContent-Type: text/plain\n\nNot delivered.\n\n"
              "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; example.org\n\n"
              "Final-Recipient: rfc822; zqxwv@example.net\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1 Zqxwv mailbox\n unavailable here\n\n--b--\n")
    code = f"from smtphelper.core.decode import decode\ndecode({notice!r})\n"
    done = run(tmp_path, code)
    assert done.returncode == 0, done.stderr
    [kept] = list((tmp_path / "cache").glob("regex-*.marshal"))
    patterns = [pattern for pattern, _flags in marshal.loads(kept.read_bytes())]
    assert patterns and r"mailbox\s+unavailable" not in patterns
