"""The report model: everything a shell (window or command line) shows, as plain dataclasses.

All human-readable strings here are already translated by the ``Translate`` passed to
``decode``; spans are character offsets into ``Report.text`` (the text as the user gave it).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Any, Literal, TypeAlias

CodeKind: TypeAlias = 'Literal["reply", "enhanced"]'
# Who has to do something: the person who sent the message, their email provider or IT admin,
# the recipient (or the recipient's admin), or nobody because the server retries on its own.
Actor: TypeAlias = 'Literal["sender", "provider", "recipient", "nobody"]'
# Whether sending again can help: never (as is), later (on its own / after a while),
# after_fix (once the cause is fixed), automatic (the server is still retrying).
Retry: TypeAlias = 'Literal["never", "later", "after_fix", "automatic"]'
# What happened to one recipient's message: the server gave up or was refused (failed), it is
# still trying (delayed), or the message arrived (delivered). Apart from the cause: a message
# can have failed for good because of a temporary cause (the retries ran out).
RecipientState: TypeAlias = 'Literal["failed", "delayed", "delivered"]'
# Which tier of cause recognition decided a recipient's reason, most trusted first: a known
# variant's wording, the general cause lexicon, the enhanced status code's meaning, the reply
# code's class only ("class": the words were not recognised), or nothing at all ("none").
CauseTier: TypeAlias = 'Literal["variant", "lexicon", "status", "class", "none"]'
# What kind of message the input is (its state as a whole): "empty" (nothing pasted), "binary"
# (not text at all: image, archive, document), "bounce" (at least one recipient failed),
# "delay" (every failure is still being retried), "delivered" (a successful-delivery
# notification), "autoreply" (out-of-office / vacation), "feedback" (a spam complaint report,
# ARF feedback loop), "codes" (a pasted server line or bare codes, no email around it),
# "unrecognised" (text with no status code we could find).
ReportKind: TypeAlias = ("Literal['empty', 'binary', 'bounce', 'delay', 'delivered', "
                         "'autoreply', 'feedback', 'codes', 'unrecognised']")


class _Record:
    """What ``@dataclass`` would write for each class, written once: ``__repr__`` and ``__eq__``
    over the dataclass fields (the same text and the same comparison). Python compiles every
    method a dataclass generates when the module is imported; for the command line this
    module's classes were a tenth of its start."""

    def __repr__(self) -> str:
        values = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self)  # type: ignore[arg-type]
                           if f.repr)
        return f"{type(self).__qualname__}({values})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f.name) == getattr(other, f.name)
                   for f in fields(self) if f.compare)  # type: ignore[arg-type]

    __hash__ = None  # type: ignore[assignment]  # as a dataclass that compares but is not frozen


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` in ``Report.text``."""

    start: int
    end: int


@dataclass(repr=False, eq=False)
class DigitMeaning(_Record):
    """What one digit of a code means, e.g. position 0 of ``550`` is "5: permanent failure"."""

    position: int
    digit: str
    role: str  # "First digit", "Class", "Subject", ... (translated)
    meaning: str


@dataclass(repr=False, eq=False)
class CodeExplanation(_Record):
    """One reply code (``550``) or enhanced status code (``5.7.1``), explained."""

    code: str
    kind: CodeKind
    valid: bool
    name: str
    explanation: str
    digits: list[DigitMeaning] = field(default_factory=list)
    provider: str | None = None  # set when a provider's own meaning replaced the registry's
    # The registry's name of the code when a provider's meaning replaced it (shown in one
    # short line beside the provider's meaning); None otherwise.
    registry_name: str | None = None
    known: bool = True  # False for a well-formed code missing from the data


@dataclass(repr=False, eq=False)
class CodeHit(_Record):
    """A code found somewhere in the text, with where it was found."""

    code: str
    kind: CodeKind
    valid: bool
    span: Span | None
    line: str  # the line it stands in, trimmed


@dataclass(repr=False, eq=False)
class Link(_Record):
    """A link shown with an explanation: its title and address."""

    title: str
    url: str


@dataclass(repr=False, eq=False)
class VariantMatch(_Record):
    """The recognised variant of an error for one recipient, or a generic fallback."""

    id: str
    title: str
    explanation: str
    reason: str
    actor: Actor
    retry: Retry
    checklist: list[str]
    links: list[Link] = field(default_factory=list)
    provider: str | None = None
    generic: bool = False  # True when no specific variant was recognised
    evidence: list[Span] = field(default_factory=list)  # spans in Report.text, may be empty
    evidence_words: list[str] = field(default_factory=list)  # the matched words themselves
    runner_up: str | None = None
    note: str | None = None  # e.g. "the text contradicts the code; the text wins"
    request: str = ""  # the specific request sentence used by the advice text


@dataclass(repr=False, eq=False)
class Recipient(_Record):
    """One failed (or delayed, or delivered) recipient."""

    address: str | None
    reply_code: str | None = None
    enhanced_code: str | None = None
    diagnostic: str | None = None  # the server's verbatim words
    diagnostic_span: Span | None = None
    diagnostic_type: str | None = None  # "smtp", "x-unix", "x-postfix" (RFC 3464 field)
    remote_mta: str | None = None
    command: str | None = None  # SMTP command the server answered (RCPT TO, DATA, ...)
    action: str | None = None  # failed / delayed / delivered / relayed / expanded (RFC 3464)
    permanent: bool | None = None
    reason: str = "undefined"
    reply: CodeExplanation | None = None
    enhanced: CodeExplanation | None = None
    variant: VariantMatch | None = None
    sending_ip: str | None = None
    state: RecipientState | None = None  # None for auto-replies, complaints, bare codes
    cause_tier: CauseTier = "none"


@dataclass(repr=False, eq=False)
class Report(_Record):
    """The result of ``decode``: what the input is and what happened to each recipient."""

    source: str
    kind: ReportKind
    text: str
    recipients: list[Recipient] = field(default_factory=list)
    codes: list[CodeHit] = field(default_factory=list)
    subject: str | None = None
    date: str | None = None
    sender: str | None = None  # who sent the original message
    reporting_mta: str | None = None
    notes: list[str] = field(default_factory=list)  # translated remarks (input cut short, ...)
    truncated: bool = False
    # A delay warning that says the sender need not send again ("no need to resend").
    no_resend_needed: bool = False

    @property
    def is_bounce(self) -> bool:
        return self.kind in ("bounce", "delay")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["is_bounce"] = self.is_bounce
        return data
