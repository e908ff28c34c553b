"""What codes mean: digit by digit (RFC 5321 section 4.2, RFC 3463) and as a whole.

Data comes from ``resources/codes.toml``; a provider's own meaning of a code wins over the
registry when the provider is recognised in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from smtphelper.core.codescan import valid_enhanced, valid_reply
from smtphelper.core.i18n import CODES_CONTEXT, QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.model import CodeExplanation, DigitMeaning
from smtphelper.core.resources import code_hash, derived, load_toml

CONTEXT = "codebook"
ROLE_FIRST = QT_TRANSLATE_NOOP("codebook", "First digit")
ROLE_SECOND = QT_TRANSLATE_NOOP("codebook", "Second digit")
ROLE_THIRD = QT_TRANSLATE_NOOP("codebook", "Third digit")
ROLE_CLASS = QT_TRANSLATE_NOOP("codebook", "Class")
ROLE_SUBJECT = QT_TRANSLATE_NOOP("codebook", "Area of the problem")
ROLE_DETAIL = QT_TRANSLATE_NOOP("codebook", "Detail")
UNKNOWN_REPLY = QT_TRANSLATE_NOOP("codebook", "A reply code without a standard meaning")
UNKNOWN_REPLY_TEXT = QT_TRANSLATE_NOOP(
    "codebook",
    "This code has the right form but is not one of the standard codes, so the server's own "
    "words say most about it. Its first two digits still tell the general kind of answer, "
    "shown below.",
)
UNKNOWN_ENHANCED = QT_TRANSLATE_NOOP("codebook", "A status code without a standard meaning")
UNKNOWN_ENHANCED_TEXT = QT_TRANSLATE_NOOP(
    "codebook",
    "This status code has the right form but is not in the official list of codes, so the "
    "server's own words say most about it. Its first two numbers still tell the general kind "
    "of problem, shown below.",
)
INVALID_NAME = QT_TRANSLATE_NOOP("codebook", "Not a valid code")
INVALID_REPLY_TEXT = QT_TRANSLATE_NOOP(
    "codebook",
    "A reply code has three digits: the first is 2, 3, 4 or 5 and the second is 0 to 5. "
    "“{code}” does not fit that pattern, so it is not a real SMTP reply code. Check that it "
    "was copied correctly (for example the letter O instead of the digit 0).",
)
INVALID_ENHANCED_TEXT = QT_TRANSLATE_NOOP(
    "codebook",
    "A status code looks like 5.1.1: the first number is 2, 4 or 5, the second 0 to 7 and the "
    "third a number. “{code}” does not fit that pattern, so it is not a real status code. "
    "Check that it was copied correctly.",
)
DETAIL_MEANING = QT_TRANSLATE_NOOP("codebook", "Which exact problem it is: see the meaning of "
                                   "the whole code above.")
INVALID_DIGIT = QT_TRANSLATE_NOOP("codebook", "Not allowed in this position")
# The third digit of a reply code means nothing on its own: its tile names the whole code.
WHOLE_CODE = QT_TRANSLATE_NOOP("codebook", "{code} as a whole: {name}")
# A provider's own meaning replaced the registry's: the tile mentions the registry's too.
DETAIL_PROVIDER = QT_TRANSLATE_NOOP("codebook", "{name} (the standard list says: {registry})")


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z,;:)] )[A-Z][\w.&'-]*")
_FIRST_WORD = re.compile(r"[\w.&'-]+")


@cache
def _names() -> tuple[str, ...]:
    """Names the data writes with a capital in mid-sentence (Gmail, Microsoft, Seznam): a
    sentence that starts with one keeps its capital after a colon. Kept between runs."""
    return derived("names", code_hash("codebook.py", "variants.py"), _find_names,
                   lambda stored: isinstance(stored, tuple)
                   and all(isinstance(word, str) for word in stored))


def _find_names() -> tuple[str, ...]:
    from smtphelper.core.variants import load_fallbacks, load_variants

    texts = [f"{v.title}. {v.explanation}" for v in load_variants()]
    texts += [f"{e['title']}. {e['explanation']}" for group in load_fallbacks().values()
              if isinstance(group, dict) for e in group.values() if isinstance(e, dict)
              and "title" in e]
    words = {word.rstrip(".'s").rstrip("'") for text in texts
             for word in _MID_SENTENCE_CAPITAL.findall(text)}
    return tuple(sorted(word for word in words if len(word) >= 3))


def lower_first(text: str) -> str:
    """``text`` made to continue a sentence after a colon: its first letter in lower case,
    unless the first word is an abbreviation (SPF, DNS, T-Online) or a name (Gmail, and its
    Czech forms such as Gmailu)."""
    found = _FIRST_WORD.match(text)
    if not found or not text[0].isupper():
        return text
    word = found.group(0)
    if any(c.isupper() or c.isdigit() or c in ".&" for c in word[1:]) or word.startswith(
            _names()):
        return text
    return text[0].lower() + text[1:]


def name_and_explanation(name: str, explanation: str) -> str:
    """One line "name: explanation", the explanation continuing the sentence after the colon
    (the same style everywhere: no capital after a colon)."""
    return f"{name}: {lower_first(explanation)}"


@cache
def _data() -> dict:
    return load_toml("codes.toml")


def provider_codes() -> dict[tuple[str, str], dict]:
    return {(e["provider"], e["code"]): e for e in _data().get("provider_code", [])}


def reply_entry(code: str) -> dict | None:
    return _data().get("reply", {}).get(code)


def enhanced_entry(code: str) -> dict | None:
    parts = code.split(".")
    if len(parts) != 3:
        return None
    return _data().get("enhanced", {}).get(f"{parts[1]}.{parts[2]}")


def default_reason(code: str | None, providers: Iterable[str] = ()) -> str | None:
    """The reason a code implies on its own (a provider's own meaning first)."""
    if not code:
        return None
    for provider in providers:
        entry = provider_codes().get((provider, code))
        if entry and entry.get("reason"):
            return entry["reason"]
    entry = enhanced_entry(code) if "." in code else reply_entry(code)
    return entry.get("reason") if entry else None


def explain_reply(code: str, tr: Translate = no_translation) -> CodeExplanation:
    data = _data()
    if not valid_reply(code):
        digits = []
        first = data["reply_digits"]["first"]
        second = data["reply_digits"]["second"]
        for position, (digit, table, role) in enumerate(
            zip(code[:3], (first, second, None), (ROLE_FIRST, ROLE_SECOND, ROLE_THIRD),
                strict=False)
        ):
            if table is None:
                meaning = tr(CONTEXT, DETAIL_MEANING) if digit.isdigit() else tr(
                    CONTEXT, INVALID_DIGIT)
            elif digit in table and not (position == 0 and digit == "1"):
                meaning = tr(CODES_CONTEXT, table[digit])
            else:
                meaning = tr(CONTEXT, INVALID_DIGIT)
            digits.append(DigitMeaning(position, digit, tr(CONTEXT, role), meaning))
        return CodeExplanation(
            code, "reply", False, tr(CONTEXT, INVALID_NAME),
            tr(CONTEXT, INVALID_REPLY_TEXT).format(code=code), digits, known=False,
        )
    digits = [
        DigitMeaning(0, code[0], tr(CONTEXT, ROLE_FIRST),
                     tr(CODES_CONTEXT, data["reply_digits"]["first"][code[0]])),
        DigitMeaning(1, code[1], tr(CONTEXT, ROLE_SECOND),
                     tr(CODES_CONTEXT, data["reply_digits"]["second"][code[1]])),
        DigitMeaning(2, code[2], tr(CONTEXT, ROLE_THIRD),
                     tr(CODES_CONTEXT, data["reply_digits"]["third"])),
    ]
    entry = reply_entry(code)
    if entry is None:
        return CodeExplanation(code, "reply", True, tr(CONTEXT, UNKNOWN_REPLY),
                               tr(CONTEXT, UNKNOWN_REPLY_TEXT), digits, known=False)
    name = tr(CODES_CONTEXT, entry["name"])
    digits[2] = DigitMeaning(2, code[2], tr(CONTEXT, ROLE_THIRD),
                             tr(CONTEXT, WHOLE_CODE).format(code=code, name=lower_first(name)))
    return CodeExplanation(code, "reply", True, name,
                           tr(CODES_CONTEXT, entry["explanation"]), digits)


def explain_enhanced(
    code: str, providers: Iterable[str] = (), tr: Translate = no_translation
) -> CodeExplanation:
    data = _data()
    parts = code.split(".")
    if not valid_enhanced(code):
        digits = []
        for position, (part, role) in enumerate(
            zip(parts, (ROLE_CLASS, ROLE_SUBJECT, ROLE_DETAIL), strict=False)
        ):
            table = data["enhanced_class"] if position == 0 else (
                data["enhanced_subject"] if position == 1 else None)
            if table is None:
                meaning = tr(CONTEXT, DETAIL_MEANING) if part.isdigit() else tr(
                    CONTEXT, INVALID_DIGIT)
            elif part in table:
                meaning = tr(CODES_CONTEXT, table[part]["name"])
            else:
                meaning = tr(CONTEXT, INVALID_DIGIT)
            digits.append(DigitMeaning(position, part, tr(CONTEXT, role), meaning))
        return CodeExplanation(
            code, "enhanced", False, tr(CONTEXT, INVALID_NAME),
            tr(CONTEXT, INVALID_ENHANCED_TEXT).format(code=code), digits, known=False,
        )
    klass = data["enhanced_class"][parts[0]]
    subject = data["enhanced_subject"][parts[1]]
    digits = [
        DigitMeaning(0, parts[0], tr(CONTEXT, ROLE_CLASS), name_and_explanation(
            tr(CODES_CONTEXT, klass["name"]), tr(CODES_CONTEXT, klass["explanation"]))),
        DigitMeaning(1, parts[1], tr(CONTEXT, ROLE_SUBJECT), name_and_explanation(
            tr(CODES_CONTEXT, subject["name"]), tr(CODES_CONTEXT, subject["explanation"]))),
        DigitMeaning(2, parts[2], tr(CONTEXT, ROLE_DETAIL), tr(CONTEXT, DETAIL_MEANING)),
    ]
    entry = enhanced_entry(code)
    for provider in providers:
        special = provider_codes().get((provider, code))
        if special:
            name = tr(CODES_CONTEXT, special["name"])
            registry = tr(CODES_CONTEXT, entry["name"]) if entry is not None else None
            detail = name if registry is None else tr(CONTEXT, DETAIL_PROVIDER).format(
                name=name, registry=lower_first(registry))
            digits[2] = DigitMeaning(2, parts[2], tr(CONTEXT, ROLE_DETAIL), detail)
            return CodeExplanation(code, "enhanced", True, name,
                                   tr(CODES_CONTEXT, special["explanation"]), digits,
                                   provider=provider, registry_name=registry)
    if entry is None:
        return CodeExplanation(code, "enhanced", True, tr(CONTEXT, UNKNOWN_ENHANCED),
                               tr(CONTEXT, UNKNOWN_ENHANCED_TEXT), digits, known=False)
    digits[2] = DigitMeaning(2, parts[2], tr(CONTEXT, ROLE_DETAIL),
                             tr(CODES_CONTEXT, entry["name"]))
    return CodeExplanation(code, "enhanced", True, tr(CODES_CONTEXT, entry["name"]),
                           tr(CODES_CONTEXT, entry["explanation"]), digits)
