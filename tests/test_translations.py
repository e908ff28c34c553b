"""Every string a person sees has a finished Czech translation with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from smtphelper.core.catalog import resource_strings
from smtphelper.core.tsreader import read_ts

ROOT = Path(__file__).resolve().parents[1]
CZECH = ROOT / "translations" / "smtphelper_cs.ts"
PLACEHOLDER = re.compile(r"\{\w*(?=[:}])|%n|%\d")


def messages(path: Path) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def translations_of(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def test_no_unfinished_czech_entries() -> None:
    unfinished = [
        (context, message.findtext("source"))
        for context, message in messages(CZECH)
        if (message.find("translation") is None
            or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
            or not all(t.strip() for t in translations_of(message)))
    ]
    assert unfinished == []


def test_placeholders_and_optional_parts_match() -> None:
    problems = []
    for context, message in messages(CZECH):
        source = message.findtext("source") or ""
        if message.find("translation") is None or message.find("translation").get("type"):
            continue  # unfinished ones are reported by the test above
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append((context, source, text))
            if (source.count("["), source.count("]")) != (text.count("["), text.count("]")):
                problems.append((context, source, text))
    assert problems == []


def test_every_resource_string_is_translated() -> None:
    table = read_ts(CZECH)
    missing = [(c, t) for c, t in resource_strings() if (c, t) not in table]
    assert missing == []


@pytest.mark.skipif(
    not (shutil.which("pyside6-lupdate") or Path(sys.executable).with_name(
        "pyside6-lupdate").exists()),
    reason="pyside6-lupdate not installed",
)
def test_translation_file_is_up_to_date_with_sources(tmp_path) -> None:
    """Running the refresh again finds no new strings (make translations was run)."""
    copy = tmp_path / "translations"
    shutil.copytree(ROOT / "translations", copy, ignore=shutil.ignore_patterns("*.qm"))
    before = {(c, m.findtext("source")) for c, m in messages(copy / "smtphelper_cs.ts")}
    env_tool = ROOT / "tools" / "update_translations.py"
    subprocess.run([sys.executable, str(env_tool), "--translations", str(copy)], check=True,
                   capture_output=True)
    after = {(c, m.findtext("source")) for c, m in messages(copy / "smtphelper_cs.ts")}
    assert after - before == set(), "run `make translations` and translate the new strings"
