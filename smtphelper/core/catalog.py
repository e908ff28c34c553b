"""Every translatable string that lives in ``resources/``, with its translation context.

``tools/update_translations.py`` feeds these to lupdate, and the translation test checks that
each has a finished Czech translation.
"""

from __future__ import annotations

from collections.abc import Iterator

from smtphelper.core.i18n import CODES_CONTEXT, FALLBACKS_CONTEXT, VARIANTS_CONTEXT
from smtphelper.core.resources import load_toml
from smtphelper.core.variants import load_fallbacks, load_variants


def _code_strings() -> Iterator[str]:
    data = load_toml("codes.toml")
    digits = data["reply_digits"]
    yield from digits["first"].values()
    yield from digits["second"].values()
    yield digits["third"]
    for table in ("enhanced_class", "enhanced_subject", "reply", "enhanced"):
        for entry in data[table].values():
            yield entry["name"]
            yield entry["explanation"]
    for entry in data.get("provider_code", []):
        yield entry["name"]
        yield entry["explanation"]


def _variant_strings() -> Iterator[str]:
    for variant in load_variants():
        yield variant.title
        yield variant.explanation
        yield from variant.checklist
        if variant.request:
            yield variant.request
        for link in variant.links:
            yield link.title


def _fallback_strings() -> Iterator[str]:
    data = load_fallbacks()
    for group in ("reason", "class"):
        for entry in data.get(group, {}).values():
            yield entry["title"]
            yield entry["explanation"]
            yield from entry["checklist"]
            if entry.get("request"):
                yield entry["request"]


def resource_strings() -> list[tuple[str, str]]:
    """(context, text) pairs, each once, in a stable order."""
    seen: dict[tuple[str, str], None] = {}
    for context, strings in (
        (CODES_CONTEXT, _code_strings()),
        (VARIANTS_CONTEXT, _variant_strings()),
        (FALLBACKS_CONTEXT, _fallback_strings()),
    ):
        for text in strings:
            if text:
                seen.setdefault((context, text), None)
    return list(seen)
