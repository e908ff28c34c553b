"""The command line: readable summary, JSON Lines, advice, languages, bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from smtphelper import __version__
from smtphelper.cli import main

SAMPLES = Path(__file__).parent / "core" / "samples"
JSON_FIELDS = {"address", "reply_code", "enhanced_code", "reason", "permanent", "diagnostic",
               "remote_mta", "variant", "actor", "retry"}


def test_json_lines_in_input_order(capsys) -> None:
    files = [SAMPLES / "postfix_dsn.eml", SAMPLES / "exim_two_recipients.eml"]
    assert main(["decode", "--json", *map(str, files)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert first["source"].endswith("postfix_dsn.eml") and first["is_bounce"] is True
    assert JSON_FIELDS <= set(first["recipients"][0])
    assert first["recipients"][0]["enhanced_code"] == "5.1.1"
    assert [r["address"] for r in second["recipients"]] == ["anna@example.com",
                                                            "bob@example.org"]
    assert isinstance(first["codes"], list) and first["codes"]


def test_readable_summary(capsys) -> None:
    assert main(["decode", str(SAMPLES / "postfix_dsn.eml")]) == 0
    out = capsys.readouterr().out
    assert "jan.novak@example.org" in out and "5.1.1" in out and "550" in out


def test_missing_file_and_folder_are_reported_and_the_rest_decoded(capsys, tmp_path) -> None:
    code = main(["decode", "--json", str(tmp_path / "nope.eml"), str(tmp_path),
                 str(SAMPLES / "gmail_notice.txt")])
    captured = capsys.readouterr()
    assert code == 2
    assert len(captured.out.splitlines()) == 1
    errors = captured.err.strip().splitlines()
    assert len(errors) == 2
    assert "no such file" in errors[0] and "folder" in errors[1]


def test_nothing_found_still_exits_zero(capsys, tmp_path) -> None:
    plain = tmp_path / "plain.txt"
    plain.write_text("Just a note to myself.", encoding="utf-8")
    assert main(["decode", "--json", str(plain)]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["is_bounce"] is False and item["recipients"] == []


def test_standard_input_and_version() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "smtphelper.cli", "decode", "--json", "-"],
        input="550 5.1.1 <x@example.com>: User unknown", capture_output=True, text=True,
        check=True,
    )
    item = json.loads(done.stdout)
    assert item["source"] == "<stdin>"
    assert item["recipients"][0]["reply_code"] == "550"
    version = subprocess.run([sys.executable, "-m", "smtphelper.cli", "--version"],
                             capture_output=True, text=True, check=True)
    assert __version__ in version.stdout


def test_advice_is_printed(capsys) -> None:
    assert main(["decode", "--advice", str(SAMPLES / "postfix_dsn.eml")]) == 0
    out = capsys.readouterr().out
    assert "Hello," in out and "jan.novak@example.org" in out
