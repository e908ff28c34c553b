"""The command line: readable summary, JSON Lines, advice, languages, bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from smtphelper import __version__
from smtphelper.cli import main

SAMPLES = Path(__file__).parent / "core" / "samples"
JSON_FIELDS = {"address", "reply_code", "enhanced_code", "reason", "permanent", "diagnostic",
               "remote_mta", "variant", "actor", "retry", "state", "cause_tier"}


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


HOSTILE_NOTICE = ("<bob@example.net>: host mx.example.net said: 550 5.1.1 User unknown "
                  "\x1b]0;pwned\x07\x1b[2J\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;"
                  "\x1b\\ \u202eevil\u202c \x9b31m \x07 done\n")


def test_text_output_neutralises_terminal_escapes_and_bidi(capsys, tmp_path) -> None:
    target = tmp_path / "hostile\x1b[31m.txt"
    target.write_text(HOSTILE_NOTICE, encoding="utf-8")
    assert main(["decode", "--advice", str(target)]) == 0
    out = capsys.readouterr().out
    assert "bob@example.net" in out
    for raw in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c"):
        assert raw not in out
    assert "\\x1b]0;pwned" in out and "<U+202E>evil" in out


def test_json_output_keeps_the_exact_text_with_nothing_raw(capsys, tmp_path) -> None:
    target = tmp_path / "hostile.txt"
    target.write_text(HOSTILE_NOTICE, encoding="utf-8")
    assert main(["decode", "--json", str(target)]) == 0
    out = capsys.readouterr().out
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in out
    item = json.loads(out)
    assert "\x1b]0;pwned\x07" in item["recipients"][0]["diagnostic"]
    assert "\u202eevil\u202c" in item["recipients"][0]["diagnostic"]


def test_error_messages_neutralise_the_file_name(capsys, tmp_path) -> None:
    assert main(["decode", str(tmp_path / "gone\x1b]0;x\x07.eml")]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "no such file" in err


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_not_read(capsys) -> None:
    assert main(["decode", "/dev/zero"]) == 2
    assert "is a device, not a file" in capsys.readouterr().err


def test_check_data_passes_on_the_bundled_data(capsys) -> None:
    assert main(["check-data"]) == 0
    assert capsys.readouterr().out.startswith("No problems found: ")


def test_json_carries_state_cause_tier_and_the_no_resend_remark(capsys) -> None:
    assert main(["decode", "--json", str(SAMPLES / "delayed_dsn.eml")]) == 0
    item = json.loads(capsys.readouterr().out)
    assert item["kind"] == "delay"
    assert {r["state"] for r in item["recipients"]} == {"delayed"}
    assert all(r["cause_tier"] in ("variant", "lexicon", "status", "class", "none")
               for r in item["recipients"])
    assert isinstance(item["no_resend_needed"], bool)
