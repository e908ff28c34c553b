"""Hand unfinished translations to translators as JSON chunks, and merge their work back.

    python tools/translation_chunks.py export --lang cs --chunks 4 --out build/tr
    python tools/translation_chunks.py import --lang cs build/tr/*.json

A chunk is a JSON list of {"context", "source", "numerus", "translation"}; for a numerus
(plural) message "translation" is a list of the language's plural forms (Czech: 3).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def ts_path(lang: str) -> Path:
    return ROOT / "translations" / f"smtphelper_{lang}.ts"


def unfinished(root: ElementTree.Element) -> list[dict]:
    items = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                items.append({
                    "context": name,
                    "source": message.findtext("source") or "",
                    "numerus": message.get("numerus") == "yes",
                    "translation": "",
                })
    return items


def export(args: argparse.Namespace) -> int:
    root = ElementTree.parse(ts_path(args.lang)).getroot()
    items = unfinished(root)
    args.out.mkdir(parents=True, exist_ok=True)
    size = max(1, -(-len(items) // args.chunks))
    for index in range(0, len(items), size):
        chunk = items[index : index + size]
        path = args.out / f"chunk_{index // size + 1}.json"
        path.write_text(json.dumps(chunk, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{path}: {len(chunk)} strings")
    return 0


def merge(args: argparse.Namespace) -> int:
    path = ts_path(args.lang)
    tree = ElementTree.parse(path)
    done: dict[tuple[str, str], object] = {}
    for chunk in args.files:
        for item in json.loads(Path(chunk).read_text(encoding="utf-8")):
            if item.get("translation"):
                done[(item["context"], item["source"])] = item["translation"]
    merged = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in done:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ElementTree.SubElement(message, "translation")
            value = done[key]
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value] * 3
                translation.text = None
                for form in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            merged += 1
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    print(f"merged {merged} translations into {path.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export")
    out.add_argument("--lang", default="cs")
    out.add_argument("--chunks", type=int, default=4)
    out.add_argument("--out", type=Path, default=ROOT / "build" / "translation-chunks")
    back = commands.add_parser("import")
    back.add_argument("--lang", default="cs")
    back.add_argument("files", nargs="+")
    args = parser.parse_args(argv)
    return export(args) if args.command == "export" else merge(args)


if __name__ == "__main__":
    sys.exit(main())
