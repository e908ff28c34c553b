"""Plain-language labels shared by the window and the command line, the verdict, and the text
summary.

Everything a person reads about one recipient (the banner, who has to act, the checklist's
opening, whom the advice goes to) is written here from two facts of the report: the state
(failed, still being retried, delivered) and the cause (its variant, whether it is permanent,
how it was recognised), so no two parts of the window or the command line can disagree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from smtphelper.core.codebook import default_reason, lower_first
from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.model import Recipient, Report

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from typing import Literal, TypeAlias

CONTEXT = "wording"

ACTOR_LABELS = {
    "sender": QT_TRANSLATE_NOOP("wording", "You need to act"),
    "provider": QT_TRANSLATE_NOOP("wording", "Your email provider or IT admin needs to act"),
    "recipient": QT_TRANSLATE_NOOP("wording", "The recipient's side needs to act"),
    "nobody": QT_TRANSLATE_NOOP("wording", "Nobody needs to act: wait"),
}
RETRY_LABELS = {
    "never": QT_TRANSLATE_NOOP("wording", "Sending the same message again will not help."),
    "later": QT_TRANSLATE_NOOP("wording", "Sending again later may work."),
    "after_fix": QT_TRANSLATE_NOOP("wording", "Send again once the cause is fixed."),
    "automatic": QT_TRANSLATE_NOOP(
        "wording", "The mail server keeps trying on its own; you do not need to send again."),
}
PERMANENCE_LABELS = {
    True: QT_TRANSLATE_NOOP("wording", "Permanent failure"),
    False: QT_TRANSLATE_NOOP("wording", "Temporary problem"),
    None: QT_TRANSLATE_NOOP("wording", "Not stated whether temporary or permanent"),
}
KIND_LABELS = {
    "empty": QT_TRANSLATE_NOOP("wording", "Nothing to explain yet."),
    "binary": QT_TRANSLATE_NOOP("wording", "This is not an email message."),
    "bounce": QT_TRANSLATE_NOOP("wording", "Your message was not delivered."),
    "delay": QT_TRANSLATE_NOOP("wording", "Not delivered yet: the server is still trying."),
    "delivered": QT_TRANSLATE_NOOP("wording", "This is a confirmation that your message was "
                                            "delivered."),
    "autoreply": QT_TRANSLATE_NOOP("wording", "This is an automatic reply (for example "
                                            "out of office), not a delivery failure."),
    "feedback": QT_TRANSLATE_NOOP("wording", "This is a spam complaint report from a mail "
                                           "provider, not a delivery failure."),
    "codes": QT_TRANSLATE_NOOP("wording", "A mail server's reply."),
    "unrecognised": QT_TRANSLATE_NOOP("wording", "This does not look like a returned message."),
}
# The verdict's headline for one recipient, by its state and the cause's permanence.
HEADLINE_FAILED = QT_TRANSLATE_NOOP("wording", "Not delivered.")
HEADLINE_GAVE_UP = QT_TRANSLATE_NOOP("wording", "Not delivered: the server gave up.")
HEADLINE_DELAYED = KIND_LABELS["delay"]
HEADLINE_DELIVERED = QT_TRANSLATE_NOOP("wording", "Delivered.")
HEADLINE_REPLY_PERMANENT = QT_TRANSLATE_NOOP("wording", "A mail server's reply: a permanent "
                                                        "refusal.")
HEADLINE_REPLY_TEMPORARY = QT_TRANSLATE_NOOP("wording", "A mail server's reply: a temporary "
                                                        "refusal.")
HEADLINE_REPLY_SUCCESS = QT_TRANSLATE_NOOP("wording", "A mail server's reply: success.")
# The verdict's second line: what sending again would do, or what to do now.
DETAIL_PERMANENT = QT_TRANSLATE_NOOP(
    "wording", "The cause is permanent: sending the same message again will fail the same way "
    "until the cause is fixed.")
DETAIL_PERMANENT_NEVER = QT_TRANSLATE_NOOP(
    "wording", "The cause is permanent: sending the same message again will not help.")
DETAIL_GAVE_UP = QT_TRANSLATE_NOOP(
    "wording", "The cause was temporary, so sending again later may work.")
DETAIL_UNSTATED = QT_TRANSLATE_NOOP(
    "wording", "The returned message does not say whether the cause is temporary or "
    "permanent.")
DETAIL_DELAYED = QT_TRANSLATE_NOOP(
    "wording", "The server keeps trying on its own: you do not need to do anything now. If it "
    "finally gives up, you will get another message.")
DETAIL_NO_RESEND = QT_TRANSLATE_NOOP(
    "wording", "The warning itself says there is no need to send the message again.")
DETAIL_REPLY_TEMPORARY = QT_TRANSLATE_NOOP(
    "wording", "A temporary refusal: the server that sends the message usually tries again on "
    "its own.")
# Who has to act, as one sentence, written from the state and the cause.
WHO_ACTS = {
    "sender": ACTOR_LABELS["sender"],
    "provider": ACTOR_LABELS["provider"],
    "recipient": ACTOR_LABELS["recipient"],
    "nobody": ACTOR_LABELS["nobody"],
    "nobody_now": QT_TRANSLATE_NOOP("wording", "Nobody needs to act now: wait"),
    "resend": QT_TRANSLATE_NOOP("wording", "Nothing needs fixing: send the message again later"),
}
# The first steps of the checklist while the server is still trying.
STEPS_DELAYED = (
    QT_TRANSLATE_NOOP("wording", "Wait: the server keeps trying on its own, usually for up to a "
                                 "few days."),
    QT_TRANSLATE_NOOP("wording", "If a final notice saying the message was not delivered "
                                 "arrives later, paste it here to see what to do."),
)
STEP_NO_RESEND = QT_TRANSLATE_NOOP("wording", "Do not send the message again: the warning says "
                                              "there is no need.")
LABEL_RECIPIENT = QT_TRANSLATE_NOOP("wording", "Recipient")
LABEL_NO_ADDRESS = QT_TRANSLATE_NOOP("wording", "(address not stated)")
LABEL_REPLY_CODE = QT_TRANSLATE_NOOP("wording", "Reply code")
LABEL_STATUS_CODE = QT_TRANSLATE_NOOP("wording", "Status code")
LABEL_SERVER_SAID = QT_TRANSLATE_NOOP("wording", "The server said")
LABEL_CAUSE = QT_TRANSLATE_NOOP("wording", "What happened")
LABEL_CAUSE_UNKNOWN = QT_TRANSLATE_NOOP("wording", "What happened (cause not recognised)")
CAUSE_NOT_RECOGNISED = QT_TRANSLATE_NOOP(
    "wording", "The cause was not recognised from the server's words. What follows is only what "
    "the code says in general.")
LABEL_WHAT_TO_DO = QT_TRANSLATE_NOOP("wording", "What to do")
LABEL_REMOTE = QT_TRANSLATE_NOOP("wording", "Receiving server")
# Whom the text to send is for (the advice panel says it above the Copy button).
ADDRESSEE_LABELS = {
    "provider": QT_TRANSLATE_NOOP("wording", "Send this to your email provider or IT admin."),
    "recipient": QT_TRANSLATE_NOOP(
        "wording", "Send this to the recipient, by phone, chat or another email address: not to "
        "the address that bounced, it would not reach them."),
    "self": QT_TRANSLATE_NOOP(
        "wording", "You can fix this yourself with the steps above. If you need help, send this "
        "to your email provider or IT admin."),
    "list_owner": QT_TRANSLATE_NOOP(
        "wording", "Send this to the owner of the mailing list or group (its web page usually "
        "names them)."),
    "nobody": QT_TRANSLATE_NOOP(
        "wording", "Nobody needs this yet. If the message is still not delivered in two days, "
        "send this to your email provider or IT admin."),
    "resend": QT_TRANSLATE_NOOP(
        "wording", "Nobody needs this now: send your message again later. If it fails again, "
        "send this to your email provider or IT admin."),
}
# A recipient's state in a word or two (the recipient selector).
STATE_SHORT = {
    "failed": QT_TRANSLATE_NOOP("wording", "Not delivered"),
    "delayed": QT_TRANSLATE_NOOP("wording", "Delayed"),
    "delivered": QT_TRANSLATE_NOOP("wording", "Delivered"),
}

Addressee: TypeAlias = 'Literal["provider", "recipient", "self", "list_owner", "nobody", "resend"]'
State: TypeAlias = 'Literal["failed", "delayed", "delivered"]'
# Reasons where the recipient has to be reached another way (their address does not work).
_ADDRESS_REASONS = frozenset({"userunknown", "hostunknown", "hasmoved", "mailboxfull",
                              "suspend", "notaccept"})
# Words in a request sentence that show it is written to the recipient ("your mailbox", "my
# message to you") or to the owner of a group or mailing list.
_TO_RECIPIENT = re.compile(r"\byour\b|\bto you\b|\byou at\b", re.IGNORECASE)
_TO_LIST = re.compile(r"\b(?:the|a|this) group\b|\bmailing list\b|\bthe list\b", re.IGNORECASE)


# Causes a status code names specifically enough that words pointing elsewhere contradict it
# (a policy or "not authorised" code fits many causes and contradicts none of them).
_SPECIFIC_CODE_REASONS = frozenset({
    "userunknown", "hostunknown", "mailboxfull", "mesgtoobig", "hasmoved", "securityerror",
    "authfailure", "suspend", "notaccept", "virusdetected", "systemfull", "syntaxerror",
})


# Status codes (subject.detail) whose standard meaning is broad enough to fit many causes.
_BROAD_CODES = frozenset({"7.1"})


def state_of(report: Report, recipient: Recipient | None) -> State | None:
    """The recipient's state; for reports written before states existed, the report's kind."""
    if recipient is not None and recipient.state is not None:
        return recipient.state
    if report.kind == "delay":
        return "delayed"
    if report.kind == "bounce":
        return "failed"
    if report.kind == "delivered":
        return "delivered"
    return None


def cause_recognised(recipient: Recipient) -> bool:
    """False when only the reply code's class (or nothing) decided the cause."""
    variant = recipient.variant
    if variant is not None and not variant.generic:
        return True
    return recipient.cause_tier not in ("class", "none") or (
        variant is not None and variant.id.startswith("generic.reason."))


def who_acts(report: Report, recipient: Recipient) -> str | None:
    """A key of ``WHO_ACTS`` for this recipient (None: nothing to say)."""
    state = state_of(report, recipient)
    variant = recipient.variant
    if state == "delayed":
        return "nobody_now"
    if state == "delivered" or variant is None:
        return None
    if variant.actor == "nobody" and state == "failed":
        return "resend" if recipient.permanent is not True else "sender"
    return variant.actor


def addressee(report: Report, recipient: Recipient, request_source: str | None = None
              ) -> Addressee:
    """Whom the text to send is for. ``request_source``: the request sentence in English (the
    source text), which tells whether it is written to the recipient ("your mailbox") or to a
    group's owner ("my message to the group")."""
    state = state_of(report, recipient)
    variant = recipient.variant
    if state == "delayed":
        return "nobody"
    if variant is None:
        return "provider"
    request = request_source if request_source is not None else variant.request
    if variant.actor == "provider":
        return "provider"
    if variant.actor == "nobody" and who_acts(report, recipient) == "resend":
        return "resend"
    if variant.actor == "recipient":
        return "list_owner" if _TO_LIST.search(request or "") else "recipient"
    if _TO_RECIPIENT.search(request or "") or recipient.reason in _ADDRESS_REASONS:
        return "recipient"
    return "self" if variant.actor == "sender" else "provider"


def code_disagrees(recipient: Recipient) -> bool:
    """The status code's registry meaning points to another cause than the server's words
    (or a provider's own meaning replaced it): the registry name is not the one to believe."""
    enhanced = recipient.enhanced
    if enhanced is None or not enhanced.valid:
        return False
    if enhanced.provider is not None:
        return True
    variant = recipient.variant
    if variant is None or variant.generic:
        return False
    subject_detail = enhanced.code.split(".", 1)[1]
    if subject_detail.endswith(".0") or subject_detail in _BROAD_CODES:
        return False
    registry = default_reason(enhanced.code)
    return registry in _SPECIFIC_CODE_REASONS and registry != recipient.reason


Tone: TypeAlias = 'Literal["permanent", "temporary", "delivered", "info"]'


@dataclass
class Verdict:
    """What the banner says for one recipient: a tone, a headline and a second line."""

    tone: Tone
    headline: str
    details: list[str] = field(default_factory=list)


def verdict_for(report: Report, recipient: Recipient | None,
                tr: Translate = no_translation) -> Verdict:
    """The verdict, written from the report's state and the recipient's cause."""
    kind = report.kind
    if recipient is None or kind not in ("bounce", "delay", "codes"):
        tone: Tone = "delivered" if kind == "delivered" else "info"
        return Verdict(tone, tr(CONTEXT, KIND_LABELS[kind]))
    state = state_of(report, recipient)
    details: list[str] = []
    code = recipient.enhanced_code or recipient.reply_code or ""
    if kind == "codes" and state is None:
        if recipient.permanent is None and code.startswith("2"):
            return Verdict("delivered", tr(CONTEXT, HEADLINE_REPLY_SUCCESS))
        if recipient.permanent is True:
            tone, headline = "permanent", HEADLINE_REPLY_PERMANENT
        elif recipient.permanent is False:
            tone, headline = "temporary", HEADLINE_REPLY_TEMPORARY
            details.append(tr(CONTEXT, DETAIL_REPLY_TEMPORARY))
        else:
            tone, headline = "info", KIND_LABELS["codes"]
    elif state == "delivered":
        return Verdict("delivered", tr(CONTEXT, HEADLINE_DELIVERED))
    elif state == "delayed":
        tone, headline = "temporary", HEADLINE_DELAYED
        details.append(tr(CONTEXT, DETAIL_DELAYED))
        if report.no_resend_needed:
            details.append(tr(CONTEXT, DETAIL_NO_RESEND))
    elif recipient.permanent is False:
        tone, headline = "temporary", HEADLINE_GAVE_UP
        details.append(tr(CONTEXT, DETAIL_GAVE_UP))
    else:
        tone, headline = "permanent", HEADLINE_FAILED
        if recipient.permanent is None:
            tone = "info" if state != "failed" else "permanent"
            details.append(tr(CONTEXT, DETAIL_UNSTATED))
        elif recipient.variant is not None and recipient.variant.retry == "never":
            details.append(tr(CONTEXT, DETAIL_PERMANENT_NEVER))
        else:
            details.append(tr(CONTEXT, DETAIL_PERMANENT))
    if state != "delayed" and (kind != "codes" or state is not None):
        # (While the server keeps trying, the details already say nobody needs to act now.)
        acts = who_acts(report, recipient)
        if acts is not None:
            details.append(tr(CONTEXT, WHO_ACTS[acts]) + ".")
    return Verdict(tone, tr(CONTEXT, headline), details)


def verdict(report: Report, recipient: Recipient | None, tr: Translate = no_translation) -> str:
    """The verdict as one line (headline and details)."""
    found = verdict_for(report, recipient, tr)
    return " ".join([found.headline, *found.details])


def checklist(report: Report, recipient: Recipient, tr: Translate = no_translation
              ) -> list[str]:
    """The steps to show: while the server keeps trying, waiting comes first and the cause's
    own steps (written for a final failure) are left out."""
    variant = recipient.variant
    if state_of(report, recipient) == "delayed":
        steps = [tr(CONTEXT, step) for step in STEPS_DELAYED]
        if report.no_resend_needed:
            steps.insert(1, tr(CONTEXT, STEP_NO_RESEND))
        return steps
    return list(variant.checklist) if variant is not None else []


# A line of a delivery status report ("Action: failed", "Final-Recipient: rfc822; a@b"), not a
# server's reply.
_DSN_FIELD = re.compile(
    r"^\s*(?:final-recipient|original-recipient|action|status|remote-mta|reporting-mta|"
    r"diagnostic-code|last-attempt-date|will-retry-until|x-[a-z-]+|arrival-date|"
    r"received-from-mta)\s*:.*$", re.IGNORECASE | re.MULTILINE)
_ADDRESS = re.compile(r"<?[^\s<>@]+@[^\s<>@]+>?")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LEADING_CODE = re.compile(r"(\d{3})[- ](?:(\d\.\d{1,3}\.\d{1,3})\s)?")
_TYPE_PREFIX = re.compile(r"^\s*(?:smtp|x-postfix|x-unix|rfc822)\s*;\s*", re.IGNORECASE)


def server_reply(recipient: Recipient) -> str | None:
    """The server's reply as a person should see it (code and words), or None when what was
    found is no reply at all: an address alone, or a delivery report's field lines."""
    diagnostic = recipient.diagnostic
    if not diagnostic:
        return None
    lines = (_TYPE_PREFIX.sub("", line) for line in diagnostic.splitlines())
    text = "\n".join(line for line in lines if not _DSN_FIELD.match(line)).strip()
    if not _WORD.search(_ADDRESS.sub(" ", text)):
        return None
    # A multi-line reply keeps its code in front of every line ("552-5.2.2 ..."): a person
    # reads it once, at the start.
    lead = _LEADING_CODE.match(text)
    if lead:
        repeated = re.compile(r"(?:^|\s)" + re.escape(lead.group(1)) + r"[- ](?:"
                              + re.escape(lead.group(2) or "-") + r"\s)?")
        text = f"{lead.group(1)} {text[4:lead.end()]}" + repeated.sub(" ", text[lead.end():])
    return " ".join(text.split()) if lead else text


def render_summary(report: Report, tr: Translate = no_translation) -> str:
    """A readable text summary of a report, for the command line."""
    from smtphelper.core.advice import one_line_reply

    lines = [f"== {report.source}", verdict(report, report.recipients[0] if len(
        report.recipients) == 1 else None, tr)]
    lines.extend(report.notes)
    if report.kind == "unrecognised":
        return "\n".join(lines) + "\n"
    for recipient in report.recipients:
        lines.append("")
        address = recipient.address or tr(CONTEXT, LABEL_NO_ADDRESS)
        lines.append(f"{tr(CONTEXT, LABEL_RECIPIENT)}: {address}")
        if len(report.recipients) > 1 and report.kind in ("bounce", "delay"):
            lines.append("  " + verdict(report, recipient, tr))
        variant = recipient.variant
        if variant is not None:
            recognised = cause_recognised(recipient)
            label = LABEL_CAUSE if recognised else LABEL_CAUSE_UNKNOWN
            lines.append(f"  {tr(CONTEXT, label)}: {lower_first(variant.title)}")
            if not recognised:
                lines.append(f"    {tr(CONTEXT, CAUSE_NOT_RECOGNISED)}")
            lines.append(f"    {variant.explanation}")
            if variant.note:
                lines.append(f"    {variant.note}")
        said = server_reply(recipient)
        if said:
            lines.append(f"  {tr(CONTEXT, LABEL_SERVER_SAID)}: {one_line_reply(said, 400)}")
        if recipient.remote_mta and remote_is_named(report, recipient):
            lines.append(f"  {tr(CONTEXT, LABEL_REMOTE)}: {recipient.remote_mta}")
        steps = checklist(report, recipient, tr)
        if steps:
            lines.append(f"  {tr(CONTEXT, LABEL_WHAT_TO_DO)}:")
            for number, step in enumerate(steps, 1):
                lines.append(f"    {number}. {step}")
            if variant is not None:
                for link in variant.links:
                    lines.append(f"    - {link.title}: {link.url}")
        for label, explanation in ((LABEL_REPLY_CODE, recipient.reply),
                                   (LABEL_STATUS_CODE, recipient.enhanced)):
            if explanation is None:
                continue
            lines.append(f"  {tr(CONTEXT, label)} {explanation.code}: "
                         f"{lower_first(explanation.name)}")
            for digit in explanation.digits:
                lines.append(f"    {digit.digit}  {digit.role}: {lower_first(digit.meaning)}")
    return "\n".join(lines) + "\n"


def remote_is_named(report: Report, recipient: Recipient) -> bool:
    """Whether ``remote_mta`` can be shown as the receiving server: never when it is the
    sender's own domain (a DMARC line names the sender's domain, not the receiving server)."""
    remote = (recipient.remote_mta or "").lower().rstrip(".")
    if not remote:
        return False
    sender_domain = report.sender.rsplit("@", 1)[1].lower() if report.sender and "@" in (
        report.sender) else None
    return not (sender_domain and (remote == sender_domain or remote.endswith(
        "." + sender_domain)) and not _shares_recipient_domain(remote, recipient))


def _shares_recipient_domain(remote: str, recipient: Recipient) -> bool:
    if not recipient.address or "@" not in recipient.address:
        return False
    domain = recipient.address.rsplit("@", 1)[1].lower()
    return remote == domain or remote.endswith("." + domain)
