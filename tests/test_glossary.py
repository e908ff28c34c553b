"""One glossary per language (docs/glossary-<lang>.md): no string uses a variant to avoid."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "smtphelper_cs.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def avoided(language: str) -> list[re.Pattern[str]]:
    """The "Avoid" column of the glossary's table, one pattern per backticked expression."""
    patterns = []
    glossary = ROOT / "docs" / f"glossary-{language}.md"
    for line in glossary.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip())[1:-1]]
        if len(cells) == 3 and "`" in cells[2]:
            patterns += [re.compile(expression.replace("\\|", "|"))
                         for expression in re.findall(r"`([^`]+)`", cells[2])]
    return patterns


def checked_contexts() -> set[str]:
    text = (ROOT / "docs" / "glossary-en.md").read_text(encoding="utf-8")
    block = text.split("Checked:", 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"`([^`]+)`", block))


def messages() -> list[tuple[str, str, str]]:
    """(context, source, finished Czech translation) for every message."""
    found = []
    for context in ElementTree.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                    "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = " ".join("".join(f.itertext()) for f in forms) if forms else "".join(
                translation.itertext())
            # Placeholders ({blocklist}) are names, not words: left out of the check.
            found.append((name, message.findtext("source") or "", PLACEHOLDER.sub("", text)))
    return found


def test_glossaries_have_rules() -> None:
    assert len(avoided("cs")) >= 20 and len(avoided("en")) >= 5
    assert {"advice", "wording", "ResultsView"} <= checked_contexts()


def test_czech_uses_the_glossary_everywhere() -> None:
    problems = [f"{pattern.pattern!r} in {context}: {text[:120]}"
                for context, _, text in messages() for pattern in avoided("cs")
                if pattern.search(text)]
    assert problems == []


def test_english_sources_use_the_glossary() -> None:
    contexts = checked_contexts()
    problems = [f"{pattern.pattern!r} in {context}: {source[:120]}"
                for context, source, _ in messages() if context in contexts
                for pattern in avoided("en") if pattern.search(source)]
    assert problems == []


@pytest.mark.parametrize("text", ["Je na blacklistu.", "Požádejte ho, ať to opraví.",
                                  "Napište svému IT oddělení.", "Vložte to ze schránky.",
                                  "náš odesílající server", "Klikněte na \"Kopírovat\"."])
def test_the_czech_check_catches_a_variant(text: str) -> None:
    assert any(pattern.search(text) for pattern in avoided("cs"))


@pytest.mark.parametrize("text", ["Je na seznamu blokovaných adres.", "Plná poštovní schránka.",
                                  "Server, přes který odesílám, je odmítán.",
                                  "Klikněte na „Kopírovat“."])
def test_the_czech_check_lets_the_glossary_through(text: str) -> None:
    assert not any(pattern.search(text) for pattern in avoided("cs"))
