"""One validator for the knowledge base in ``resources/``, naming what is wrong and where.

Used by the loader (``variants.load_variants`` refuses a variant file with problems), by the
tests and by ``smtphelper-cli check-data``. Each ``Problem`` names the file, the entry (a
variant's id), the key and what was expected. Files the validator does not know are ignored.

Checked: ``variants/*.toml`` (unknown keys, missing keys, wrong types, reasons, actors and retry
values outside ``smtphelper.core.vocabulary``, providers not in ``providers.toml``, ids, codes,
duplicate ids, and with ``check_samples`` every sample recognised as its own variant),
``fallbacks.toml`` (the same fields, one entry per reason), ``providers.toml`` and the reasons
named in ``codes.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.vocabulary import ACTORS, REASONS, RETRIES

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any

CONTEXT = "validate"

# What was expected, for each kind of problem (placeholders filled after translation).
UNKNOWN_KEY = QT_TRANSLATE_NOOP("validate", "unknown key; expected one of: {expected}")
MISSING_KEY = QT_TRANSLATE_NOOP("validate", "missing; every entry needs it")
WRONG_TYPE = QT_TRANSLATE_NOOP("validate", "expected {expected}, found {found}")
NOT_IN_VOCABULARY = QT_TRANSLATE_NOOP(
    "validate", "“{value}” is not a known value; expected one of: {expected}")
UNKNOWN_PROVIDER = QT_TRANSLATE_NOOP(
    "validate", "“{value}” is not a provider id of providers.toml")
BAD_ID = QT_TRANSLATE_NOOP(
    "validate", "“{value}” is not a valid id; expected lower-case words joined by dots, "
    "such as spamhaus.listed")
DUPLICATE_ID = QT_TRANSLATE_NOOP("validate", "the id “{value}” is also used in {other}")
BAD_CODE = QT_TRANSLATE_NOOP(
    "validate", "“{value}” is not a code; expected 550, 5.7.1, a prefix such as 5.7. or a "
    "class such as 5xx")
BAD_URL = QT_TRANSLATE_NOOP("validate", "“{value}” is not an https:// address")
BAD_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "validate", "{{{value}}} is not a placeholder; expected one of: {expected}")
PLACEHOLDER_OUTSIDE = QT_TRANSLATE_NOOP(
    "validate", "a placeholder must sit inside an optional [...] part")
SAMPLE_UNMATCHED = QT_TRANSLATE_NOOP(
    "validate", "sample {number} is not recognised as any variant")
SAMPLE_OTHER = QT_TRANSLATE_NOOP(
    "validate", "sample {number} is recognised as “{other}” instead of this variant")
BAD_PHRASE = QT_TRANSLATE_NOOP(
    "validate", "“{value}” must be lower case and hold words, not only “*”")
NOT_TOML = QT_TRANSLATE_NOOP("validate", "not valid TOML: {error}")
MISSING_REASON = QT_TRANSLATE_NOOP("validate", "no entry for the reason “{value}”")
TYPE_NAMES = {
    "text": QT_TRANSLATE_NOOP("validate", "text"),
    "list": QT_TRANSLATE_NOOP("validate", "a list of texts"),
    "non-empty list": QT_TRANSLATE_NOOP("validate", "a list of at least one text"),
    "links": QT_TRANSLATE_NOOP("validate", "a list of {title = ..., url = ...} tables"),
    "table": QT_TRANSLATE_NOOP("validate", "a table"),
    "list of tables": QT_TRANSLATE_NOOP("validate", "a list of tables"),
    "any list": QT_TRANSLATE_NOOP("validate", "a list"),
    "number": QT_TRANSLATE_NOOP("validate", "a number"),
    "boolean": QT_TRANSLATE_NOOP("validate", "true or false"),
    "other": QT_TRANSLATE_NOOP("validate", "another kind of value"),
}

_ID = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)+")
_CODE = re.compile(r"[245]xx|[245]\d\d|[245]\.(?:\d{1,3}\.(?:\d{1,3})?)?")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_OPTIONAL_PART = re.compile(r"\[[^\[\]]*\]")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file."""

    file: str  # relative to resources/, e.g. "variants/generic.toml"
    entry: str | None  # a variant's id (or its position when it has none)
    key: str | None
    message: str  # untranslated template, see the constants above
    values: dict[str, str] = field(default_factory=dict, compare=False)

    def text(self, tr: Translate = no_translation) -> str:
        where = ", ".join(part for part in (self.file, self.entry, self.key) if part)
        values = {name: tr(CONTEXT, TYPE_NAMES[value]) if name in ("expected", "found")
                  and value in TYPE_NAMES else value for name, value in self.values.items()}
        return f"{where}: {tr(CONTEXT, self.message).format(**values)}"

    def __str__(self) -> str:
        return self.text()


class DataError(ValueError):
    """The bundled data has problems; the message lists every one."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("resources/ has problems:\n" + "\n".join(f"  {p}" for p in problems))


def raise_for(problems: list[Problem]) -> None:
    if problems:
        raise DataError(problems)


def _type_name(value: object) -> str:
    """What ``value`` is, as a ``TYPE_NAMES`` key."""
    return {str: "text", list: "any list", dict: "table", bool: "boolean", int: "number",
            float: "number"}.get(type(value), "other")


@dataclass(frozen=True)
class _Key:
    required: bool
    kind: str  # a TYPE_NAMES key
    allowed: frozenset[str] | None = None  # the vocabulary of a text value


_VARIANT_KEYS: dict[str, _Key] = {
    "id": _Key(True, "text"),
    "provider": _Key(False, "text"),
    "reason": _Key(True, "text", REASONS),
    "actor": _Key(True, "text", ACTORS),
    "retry": _Key(True, "text", RETRIES),
    "title": _Key(True, "text"),
    "explanation": _Key(True, "text"),
    "checklist": _Key(True, "non-empty list"),
    "links": _Key(False, "links"),
    "request": _Key(True, "text"),
    "match": _Key(True, "non-empty list"),
    "also": _Key(False, "list"),
    "codes": _Key(False, "list"),
    "samples": _Key(True, "non-empty list"),
}
_FALLBACK_KEYS: dict[str, _Key] = {
    name: _VARIANT_KEYS[name]
    for name in ("title", "explanation", "actor", "retry", "checklist", "request")
}
# The SMTP stages a lexicon family can be tied to (notice.smtp_command's names).
SMTP_STAGES = frozenset({"CONNECT", "HELO", "EHLO", "MAIL FROM", "RCPT TO", "DATA"})
_LEXICON_KEYS: dict[str, _Key] = {
    "reason": _Key(True, "text", REASONS),
    "words": _Key(True, "non-empty list"),
    "unless": _Key(False, "list"),
    "commands": _Key(False, "list"),
    "not_commands": _Key(False, "list"),
    "when": _Key(False, "text", frozenset({"permanent", "temporary"})),
    "weak": _Key(False, "boolean"),
}
_PROVIDER_KEYS: dict[str, _Key] = {
    "id": _Key(True, "text"), "name": _Key(True, "text"), "markers": _Key(True, "list"),
}


def _type_ok(kind: str, value: object) -> bool:
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "text":
        return isinstance(value, str) and bool(value.strip())
    if kind in ("list", "non-empty list"):
        return (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
                and (kind == "list" or bool(value)))
    if kind == "links":
        return isinstance(value, list) and all(
            isinstance(link, dict) and set(link) == {"title", "url"}
            and all(isinstance(v, str) and v for v in link.values()) for link in value)
    return False


def _check_entry(file: str, entry_name: str, entry: object, keys: dict[str, _Key],
                 ) -> Iterator[Problem]:
    """Keys, types and vocabulary of one table."""
    if not isinstance(entry, dict):
        yield Problem(file, entry_name, None, WRONG_TYPE,
                      {"expected": "table", "found": _type_name(entry)})
        return
    for key in entry:
        if key not in keys:
            yield Problem(file, entry_name, key, UNKNOWN_KEY, {"expected": ", ".join(keys)})
    for key, spec in keys.items():
        if key not in entry:
            if spec.required:
                yield Problem(file, entry_name, key, MISSING_KEY)
            continue
        value = entry[key]
        if not _type_ok(spec.kind, value):
            yield Problem(file, entry_name, key, WRONG_TYPE,
                          {"expected": spec.kind, "found": _type_name(value)})
        elif spec.allowed is not None and value not in spec.allowed:
            yield Problem(file, entry_name, key, NOT_IN_VOCABULARY,
                          {"value": str(value), "expected": ", ".join(sorted(spec.allowed))})


def _check_request(file: str, entry_name: str, request: object) -> Iterator[Problem]:
    if not isinstance(request, str):
        return
    from smtphelper.core.variants import PLACEHOLDERS  # the variants module loads this one

    for name in _PLACEHOLDER.findall(request):
        if name not in PLACEHOLDERS:
            yield Problem(file, entry_name, "request", BAD_PLACEHOLDER,
                          {"value": name, "expected": ", ".join(sorted(PLACEHOLDERS))})
    if _PLACEHOLDER.search(_OPTIONAL_PART.sub("", request)):
        yield Problem(file, entry_name, "request", PLACEHOLDER_OUTSIDE)


def _entry_name(entry: object, index: int) -> str:
    if isinstance(entry, dict) and isinstance(entry.get("id"), str) and entry["id"]:
        return str(entry["id"])
    return f"[[variant]] #{index + 1}"


def check_variant_file(file: str, data: dict[str, Any],
                       providers: set[str] | None = None) -> list[Problem]:
    """Problems of one parsed ``variants/*.toml``; ``providers`` are the known provider ids
    (read from providers.toml when not given)."""
    if providers is None:
        from smtphelper.core.providers import load_providers

        providers = set(load_providers())
    problems: list[Problem] = []
    for key in data:
        if key != "variant":
            problems.append(Problem(file, None, key, UNKNOWN_KEY, {"expected": "variant"}))
    entries = data.get("variant", [])
    if not isinstance(entries, list):
        return [*problems, Problem(file, None, "variant", WRONG_TYPE,
                                   {"expected": "list of tables", "found": _type_name(entries)})]
    for index, entry in enumerate(entries):
        name = _entry_name(entry, index)
        problems.extend(_check_entry(file, name, entry, _VARIANT_KEYS))
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("id"), str) and not _ID.fullmatch(entry["id"]):
            problems.append(Problem(file, name, "id", BAD_ID, {"value": entry["id"]}))
        provider = entry.get("provider")
        if isinstance(provider, str) and provider and provider not in providers:
            problems.append(Problem(file, name, "provider", UNKNOWN_PROVIDER,
                                    {"value": provider}))
        codes = entry.get("codes")
        if isinstance(codes, list):
            problems.extend(Problem(file, name, "codes", BAD_CODE, {"value": str(code)})
                            for code in codes
                            if isinstance(code, str) and not _CODE.fullmatch(code))
        links = entry.get("links")
        if _type_ok("links", links) and isinstance(links, list):
            problems.extend(Problem(file, name, "links", BAD_URL, {"value": link["url"]})
                            for link in links
                            if not re.fullmatch(r"https://[^\s/]+\S*", link["url"]))
        problems.extend(_check_request(file, name, entry.get("request")))
    return problems


def check_fallbacks(data: dict[str, Any], file: str = "fallbacks.toml") -> list[Problem]:
    problems: list[Problem] = []
    for key in data:
        if key not in ("reason", "class"):
            problems.append(Problem(file, None, key, UNKNOWN_KEY,
                                    {"expected": "reason, class"}))
    reasons = data.get("reason", {})
    classes = data.get("class", {})
    for key, table in (("reason", reasons), ("class", classes)):
        if not isinstance(table, dict):
            problems.append(Problem(file, None, key, WRONG_TYPE,
                                    {"expected": "table", "found": _type_name(table)}))
    if isinstance(reasons, dict):
        for name in sorted(set(reasons) - REASONS):
            problems.append(Problem(file, f"reason.{name}", None, NOT_IN_VOCABULARY,
                                    {"value": name, "expected": ", ".join(sorted(REASONS))}))
        for name in sorted(REASONS - set(reasons)):
            problems.append(Problem(file, None, "reason", MISSING_REASON, {"value": name}))
    for section, table in (("reason", reasons), ("class", classes)):
        if not isinstance(table, dict):
            continue
        for name, entry in table.items():
            where = f"{section}.{name}"
            problems.extend(_check_entry(file, where, entry, _FALLBACK_KEYS))
            if isinstance(entry, dict):
                problems.extend(_check_request(file, where, entry.get("request")))
    return problems


def check_lexicon(data: dict[str, Any], file: str = "lexicon.toml") -> list[Problem]:
    """The cause lexicon's families: keys, types, reasons, stages, and phrases written the
    way they are matched (lower case, no empty gap)."""
    problems: list[Problem] = []
    for key in data:
        if key != "family":
            problems.append(Problem(file, None, key, UNKNOWN_KEY, {"expected": "family"}))
    families = data.get("family", [])
    if not isinstance(families, list):
        return [Problem(file, None, "family", WRONG_TYPE,
                        {"expected": "list of tables", "found": _type_name(families)})]
    for index, entry in enumerate(families):
        name = f"family {index + 1}"
        if isinstance(entry, dict) and isinstance(entry.get("reason"), str):
            name += f" ({entry['reason']})"
        problems.extend(_check_entry(file, name, entry, _LEXICON_KEYS))
        if not isinstance(entry, dict):
            continue
        for key in ("commands", "not_commands"):
            for stage in entry.get(key, []) if isinstance(entry.get(key), list) else []:
                if stage not in SMTP_STAGES:
                    problems.append(Problem(file, name, key, NOT_IN_VOCABULARY, {
                        "value": str(stage), "expected": ", ".join(sorted(SMTP_STAGES))}))
        for key in ("words", "unless"):
            for phrase in entry.get(key, []) if isinstance(entry.get(key), list) else []:
                if isinstance(phrase, str) and (phrase != phrase.lower()
                                                or not phrase.replace("*", "").strip()):
                    problems.append(Problem(file, name, key, BAD_PHRASE, {"value": phrase}))
    return problems


def check_providers(data: dict[str, Any], file: str = "providers.toml") -> list[Problem]:
    problems: list[Problem] = []
    entries = data.get("provider", [])
    if not isinstance(entries, list):
        return [Problem(file, None, "provider", WRONG_TYPE,
                        {"expected": "list of tables", "found": _type_name(entries)})]
    for index, entry in enumerate(entries):
        problems.extend(_check_entry(file, _entry_name(entry, index), entry, _PROVIDER_KEYS))
    return problems


def _reasons_in(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every ``reason = ...`` in a nested structure, with where it is."""
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            if key == "reason":
                yield path, item
            else:
                yield from _reasons_in(item, where)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _reasons_in(item, f"{path}[{index}]")


def check_codes(data: dict[str, Any], file: str = "codes.toml") -> list[Problem]:
    return [Problem(file, where or None, "reason", NOT_IN_VOCABULARY,
                    {"value": str(reason), "expected": ", ".join(sorted(REASONS))})
            for where, reason in _reasons_in(data, "") if reason not in REASONS]


def _parse(path: Path, file: str, problems: list[Problem]) -> dict[str, Any] | None:
    import tomllib  # the loaders use parsed data cached by content; only checks parse here

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        problems.append(Problem(file, None, None, NOT_TOML, {"error": str(error)}))
        return None


def check_resources(root: Path | None = None) -> list[Problem]:
    """Every problem in the known files of ``root`` (default: the bundled ``resources/``)."""
    if root is None:
        from smtphelper.core.resources import resources_dir

        root = resources_dir()
    problems: list[Problem] = []
    checkers: dict[str, Callable[[dict[str, Any]], list[Problem]]] = {
        "providers.toml": check_providers, "fallbacks.toml": check_fallbacks,
        "codes.toml": check_codes, "lexicon.toml": check_lexicon,
    }
    providers: set[str] = set()
    for name, checker in checkers.items():
        if (root / name).is_file():
            data = _parse(root / name, name, problems)
            if data is not None:
                problems.extend(checker(data))
                if name == "providers.toml":
                    providers = {entry["id"] for entry in data.get("provider", [])
                                 if isinstance(entry, dict) and isinstance(entry.get("id"), str)}
    seen: dict[str, str] = {}
    for path in sorted((root / "variants").glob("*.toml")):
        file = f"variants/{path.name}"
        data = _parse(path, file, problems)
        if data is None:
            continue
        problems.extend(check_variant_file(file, data, providers))
        for entry in data.get("variant", []) if isinstance(data.get("variant"), list) else []:
            ident = entry.get("id") if isinstance(entry, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                problems.append(Problem(file, ident, "id", DUPLICATE_ID,
                                        {"value": ident, "other": seen[ident]}))
            seen.setdefault(ident, file)
    return problems


def check_samples() -> list[Problem]:
    """Each variant's samples must be recognised as that variant first (the loaded data)."""
    from smtphelper.core.codescan import find_codes
    from smtphelper.core.providers import detect_providers
    from smtphelper.core.variants import load_variants, match_variants

    problems: list[Problem] = []
    for variant in load_variants():
        for number, sample in enumerate(variant.samples, 1):
            codes = [c.code for c in find_codes(sample)]
            candidates = match_variants(sample, codes, detect_providers(sample.lower()))
            file = f"variants/{variant.source}"
            if not candidates:
                problems.append(Problem(file, variant.id, "samples", SAMPLE_UNMATCHED,
                                        {"number": str(number)}))
            elif candidates[0].variant.id != variant.id:
                problems.append(Problem(file, variant.id, "samples", SAMPLE_OTHER,
                                        {"number": str(number),
                                         "other": candidates[0].variant.id}))
    return problems
