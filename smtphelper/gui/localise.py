"""Decode once, show in any language: a report whose strings remember how to translate them.

The window decodes every input once, with ``deferring`` as the core's ``Translate``: each string
the core would have translated comes back as a ``Deferred`` (a ``str`` holding the English text,
plus its translation context, its source and the arguments it was formatted with). ``localise``
turns such a report into one in any language without decoding again, so a language switch only
re-renders, and the English advice needs no second decode either.
"""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

from smtphelper.core.codebook import explain_enhanced, explain_reply
from smtphelper.core.i18n import Translate
from smtphelper.core.model import CodeHit, Recipient, Report, Span

T = TypeVar("T")


class Deferred(str):
    """English text that can say itself in another language later."""

    context: str
    source: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]

    def __new__(cls, text: str, context: str, source: str, args: tuple[Any, ...] = (),
                kwargs: dict[str, Any] | None = None) -> Deferred:
        made = super().__new__(cls, text)
        made.context, made.source = context, source
        made.args, made.kwargs = args, kwargs or {}
        return made

    def format(self, *args: Any, **kwargs: Any) -> Deferred:  # noqa: D102 - str.format
        return Deferred(str.format(self, *args, **kwargs), self.context, self.source,
                        args, kwargs)

    def said_in(self, tr: Translate) -> str:
        text = tr(self.context, self.source)
        if self.args or self.kwargs:
            text = text.format(*(localise(a, tr) for a in self.args),
                               **{k: localise(v, tr) for k, v in self.kwargs.items()})
        return text


def deferring(context: str, text: str) -> str:
    """The ``Translate`` the window decodes with: English now, any language later."""
    return Deferred(text, context, text)


# Types that hold no translated text: passed through as they are.
_PLAIN = (Span, CodeHit, int, float, bool, bytes, type(None))


def localise(value: T, tr: Translate) -> T:
    """``value`` (a report or any part of one) with every deferred string said through ``tr``;
    the code explanations are written again in that language."""
    if isinstance(value, Deferred):
        return value.said_in(tr)  # type: ignore[return-value]
    if isinstance(value, (str, *_PLAIN)):
        return value
    if isinstance(value, Report):
        report = _walk(value, tr)
        report.recipients = [_codes_again(r, tr) for r in report.recipients]
        return report  # type: ignore[return-value]
    if is_dataclass(value) and not isinstance(value, type):
        return _walk(value, tr)
    if isinstance(value, list):
        return [localise(item, tr) for item in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(localise(item, tr) for item in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {key: localise(item, tr) for key, item in value.items()}  # type: ignore[return-value]
    return value


def _walk(value: T, tr: Translate) -> T:
    changes = {item.name: localise(getattr(value, item.name), tr)
               for item in fields(value) if item.init}  # type: ignore[arg-type]
    return replace(value, **changes)  # type: ignore[type-var]


def _codes_again(recipient: Recipient, tr: Translate) -> Recipient:
    """The reply and status code explained again in ``tr``'s language (the explanation joins
    translated pieces, which a deferred string cannot follow)."""
    if recipient.reply is not None:
        recipient.reply = explain_reply(recipient.reply.code, tr)
    if recipient.enhanced is not None:
        providers = [recipient.enhanced.provider] if recipient.enhanced.provider else []
        recipient.enhanced = explain_enhanced(recipient.enhanced.code, providers, tr)
    return recipient
