"""Translation seam for the Qt-free core.

The core never imports Qt. Strings it shows come in two kinds: literals in Python marked with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` finds them, and strings from
``resources/`` that ``tools/update_translations.py`` adds to the same ``.ts`` files. Either way a
shell passes a ``Translate`` callable (Qt's ``QCoreApplication.translate`` in the window, a
``.ts`` reader in the command line) and the core formats *after* translating.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]

# Contexts used for strings that come from resources/ (one per kind of data).
CODES_CONTEXT = "codes"
VARIANTS_CONTEXT = "variants"
FALLBACKS_CONTEXT = "fallbacks"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate matches this name
    """Mark ``text`` for extraction into the translation files; returns it unchanged."""
    return text


def no_translation(context: str, text: str) -> str:
    """The identity ``Translate``: English, the source language."""
    return text
