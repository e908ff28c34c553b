"""The vocabulary of the knowledge base and the report, declared once, each term with its title.

Reasons (why a message failed), actors (who has to act), retry advice, a recipient's state and
what kind of message the input is. The data files (``resources/``), the validator
(``smtphelper.core.validate``), the type hints of ``smtphelper.core.model`` and the
documentation (``docs/data-format.md``, tested against ``markdown()``) all follow this module.

The titles are for contributors (documentation and ``smtphelper-cli check-data``); what a user
reads comes from ``resources/fallbacks.toml`` and ``smtphelper.core.wording``, translated.
"""

from __future__ import annotations

from enum import StrEnum


class Term(StrEnum):
    """A vocabulary term: its value is what the data files say, ``summary`` is its title."""

    summary: str

    def __new__(cls, value: str, summary: str) -> Term:
        member = str.__new__(cls, value)
        member._value_ = value
        member.summary = summary
        return member


class Reason(Term):
    """Why delivery failed (the cause), as ``reason`` in variants, codes and fallbacks."""

    AUTHFAILURE = "authfailure", "The message was not proven to come from its domain (SPF, DKIM)"
    BADREPUTATION = "badreputation", "The sending server has a poor reputation"
    BLOCKED = "blocked", "The receiving server refused the sending server (blocklist, IP block)"
    CONTENTERROR = "contenterror", "The technical part of the message was malformed"
    DELIVERED = "delivered", "The message was delivered"
    EXCEEDLIMIT = "exceedlimit", "The message went over a limit of the receiving server"
    EXPIRED = "expired", "Delivery gave up after retrying for a long time"
    FEEDBACK = "feedback", "A recipient reported the message as spam"
    FILTERED = "filtered", "A filter on the recipient's side stopped the message"
    HASMOVED = "hasmoved", "The recipient has moved to a different address"
    HOSTUNKNOWN = "hostunknown", "The domain after the @ does not exist"
    MAILBOXFULL = "mailboxfull", "The recipient's mailbox is full"
    MAILERERROR = "mailererror", "A delivery program on the recipient's server failed"
    MESGTOOBIG = "mesgtoobig", "The message is too large"
    NETWORKERROR = "networkerror", "The recipient's mail server could not be reached"
    NORELAYING = "norelaying", "The receiving server does not handle mail for this address"
    NOTACCEPT = "notaccept", "The recipient's domain does not receive email"
    NOTBOUNCE = "notbounce", "Not a returned message"
    NOTCOMPLIANTRFC = "notcompliantrfc", "The message was not built according to email standards"
    ONHOLD = "onhold", "The report does not say clearly why delivery failed"
    POLICYVIOLATION = "policyviolation", "The message broke a rule of the recipient's server"
    REJECTED = "rejected", "The receiving server refused the sender address"
    REQUIREPTR = "requireptr", "The sending server has no proper internet name (reverse DNS)"
    SECURITYERROR = "securityerror", "A security check refused the message"
    SPAMDETECTED = "spamdetected", "The recipient's spam filter refused the message"
    SPEEDING = "speeding", "Too many messages were sent too quickly"
    SUSPEND = "suspend", "The recipient's mailbox is switched off"
    SYNTAXERROR = "syntaxerror", "The mail servers did not understand each other"
    SYSTEMERROR = "systemerror", "The recipient's server had an internal problem"
    SYSTEMFULL = "systemfull", "The recipient's mail server is out of storage space"
    TOOMANYCONN = "toomanyconn", "The recipient's server is taking too many connections"
    UNDEFINED = "undefined", "A failure whose reason could not be recognised"
    USERUNKNOWN = "userunknown", "The address does not exist"
    VACATION = "vacation", "An automatic out-of-office reply"
    VIRUSDETECTED = "virusdetected", "The recipient's server found a virus in the message"


class Actor(Term):
    """Who has to do something, as ``actor`` in variants and fallbacks."""

    SENDER = "sender", "The person who sent the message"
    PROVIDER = "provider", "The sender's email provider or IT admin"
    RECIPIENT = "recipient", "The recipient, or the recipient's admin"
    NOBODY = "nobody", "Nobody: the server retries on its own, or nothing went wrong"


class Retry(Term):
    """Whether sending again helps, as ``retry`` in variants and fallbacks."""

    NEVER = "never", "Sending the same message again will not help"
    LATER = "later", "Sending again later may work"
    AFTER_FIX = "after_fix", "Send again once the cause is fixed"
    AUTOMATIC = "automatic", "The server keeps trying on its own"


class RecipientState(Term):
    """What happened to one recipient's message (apart from its cause)."""

    FAILED = "failed", "The server gave up or was refused"
    DELAYED = "delayed", "The server is still trying"
    DELIVERED = "delivered", "The message arrived"


class ReportKind(Term):
    """What kind of message the input is, as a whole."""

    EMPTY = "empty", "Nothing pasted"
    BINARY = "binary", "Not text at all (image, archive, document)"
    BOUNCE = "bounce", "At least one recipient failed"
    DELAY = "delay", "Delivery is delayed; the server keeps trying"
    DELIVERED = "delivered", "A successful-delivery notification"
    AUTOREPLY = "autoreply", "An out-of-office or other automatic reply"
    FEEDBACK = "feedback", "A spam complaint report (feedback loop)"
    CODES = "codes", "A pasted server reply or bare codes, no email around it"
    UNRECOGNISED = "unrecognised", "Text with no status code found"


def values(term: type[Term]) -> frozenset[str]:
    """The values a data file may use for ``term``."""
    return frozenset(member.value for member in term)


REASONS = values(Reason)
ACTORS = values(Actor)
RETRIES = values(Retry)

# The sections of docs/data-format.md that list the vocabulary, in order.
SECTIONS: tuple[tuple[str, type[Term]], ...] = (
    ("Reasons (`reason`)", Reason),
    ("Actors (`actor`)", Actor),
    ("Retry advice (`retry`)", Retry),
    ("A recipient's state", RecipientState),
    ("Kinds of message (the report's `kind`)", ReportKind),
)


def markdown() -> str:
    """The vocabulary as the Markdown that docs/data-format.md holds (tested to match)."""
    blocks = []
    for heading, term in SECTIONS:
        rows = "\n".join(f"| `{member.value}` | {member.summary} |" for member in term)
        blocks.append(f"### {heading}\n\n| value | meaning |\n| --- | --- |\n{rows}\n")
    return "\n".join(blocks)


if __name__ == "__main__":
    print(markdown(), end="")
