"""Read a Qt Linguist ``.ts`` file without Qt, for the command line.

The window loads compiled ``.qm`` files through ``QTranslator``; the command line must start
fast and stay Qt-free, so it reads the same translations from their ``.ts`` source.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from smtphelper.core.i18n import Translate, no_translation
from smtphelper.core.resources import translations_dir


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Finished translations of a .ts file, keyed by (context, source)."""
    table: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = translation.findall("numerusform")
            text = forms[0].text if forms else translation.text
            if text:
                table[(name, source)] = text
    return table


@cache
def translator_for(lang: str) -> Translate:
    """A ``Translate`` for ``lang`` ("cs"); English (the source language) needs none."""
    path = translations_dir() / f"smtphelper_{lang}.ts"
    if lang == "en" or not path.is_file():
        return no_translation
    table = read_ts(path)

    def translate(context: str, text: str) -> str:
        return table.get((context, text), text)

    return translate
