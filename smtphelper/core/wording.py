"""Plain-language labels shared by the window and the command line, and the text summary."""

from __future__ import annotations

from smtphelper.core.advice import one_line_reply
from smtphelper.core.i18n import QT_TRANSLATE_NOOP, Translate, no_translation
from smtphelper.core.model import Recipient, Report

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
    "delay": QT_TRANSLATE_NOOP("wording", "Your message is delayed; the server is still trying."),
    "delivered": QT_TRANSLATE_NOOP("wording", "This is a confirmation that your message was "
                                            "delivered."),
    "autoreply": QT_TRANSLATE_NOOP("wording", "This is an automatic reply (for example "
                                            "out of office), not a delivery failure."),
    "feedback": QT_TRANSLATE_NOOP("wording", "This is a spam complaint report from a mail "
                                           "provider, not a delivery failure."),
    "codes": QT_TRANSLATE_NOOP("wording", "A mail server's reply."),
    "unrecognised": QT_TRANSLATE_NOOP("wording", "No delivery error found in this text."),
}
LABEL_RECIPIENT = QT_TRANSLATE_NOOP("wording", "Recipient")
LABEL_NO_ADDRESS = QT_TRANSLATE_NOOP("wording", "(address not stated)")
LABEL_REPLY_CODE = QT_TRANSLATE_NOOP("wording", "Reply code")
LABEL_STATUS_CODE = QT_TRANSLATE_NOOP("wording", "Status code")
LABEL_SERVER_SAID = QT_TRANSLATE_NOOP("wording", "The server said")
LABEL_CAUSE = QT_TRANSLATE_NOOP("wording", "Cause")
LABEL_CAUSE_UNKNOWN = QT_TRANSLATE_NOOP("wording", "Cause (not recognised exactly)")
LABEL_WHAT_TO_DO = QT_TRANSLATE_NOOP("wording", "What to do")
LABEL_REMOTE = QT_TRANSLATE_NOOP("wording", "Receiving server")


def verdict(report: Report, recipient: Recipient | None, tr: Translate = no_translation) -> str:
    """One sentence: what happened, temporary or permanent, who must act."""
    parts = [tr(CONTEXT, KIND_LABELS[report.kind])]
    if recipient is not None and report.kind in ("bounce", "delay", "codes"):
        parts.append(tr(CONTEXT, PERMANENCE_LABELS[recipient.permanent]) + ".")
        if recipient.variant is not None:
            parts.append(tr(CONTEXT, ACTOR_LABELS[recipient.variant.actor]) + ".")
    return " ".join(parts)


def render_summary(report: Report, tr: Translate = no_translation) -> str:
    """A readable text summary of a report, for the command line."""
    lines = [f"== {report.source}", verdict(report, report.recipients[0] if len(
        report.recipients) == 1 else None, tr)]
    lines.extend(report.notes)
    for recipient in report.recipients:
        lines.append("")
        address = recipient.address or tr(CONTEXT, LABEL_NO_ADDRESS)
        lines.append(f"{tr(CONTEXT, LABEL_RECIPIENT)}: {address}")
        if len(report.recipients) > 1 and report.kind in ("bounce", "delay"):
            lines.append("  " + tr(CONTEXT, PERMANENCE_LABELS[recipient.permanent]))
        for label, explanation in ((LABEL_REPLY_CODE, recipient.reply),
                                   (LABEL_STATUS_CODE, recipient.enhanced)):
            if explanation is None:
                continue
            lines.append(f"  {tr(CONTEXT, label)} {explanation.code}: {explanation.name}")
            for digit in explanation.digits:
                lines.append(f"    {digit.digit}  {digit.role}: {digit.meaning}")
        if recipient.diagnostic:
            said = one_line_reply(recipient.diagnostic, limit=400)
            lines.append(f"  {tr(CONTEXT, LABEL_SERVER_SAID)}: {said}")
        if recipient.remote_mta:
            lines.append(f"  {tr(CONTEXT, LABEL_REMOTE)}: {recipient.remote_mta}")
        variant = recipient.variant
        if variant is not None:
            label = LABEL_CAUSE_UNKNOWN if variant.generic else LABEL_CAUSE
            lines.append(f"  {tr(CONTEXT, label)}: {variant.title}")
            lines.append(f"    {variant.explanation}")
            if variant.note:
                lines.append(f"    {variant.note}")
            lines.append(f"  {tr(CONTEXT, ACTOR_LABELS[variant.actor])}. "
                         f"{tr(CONTEXT, RETRY_LABELS[variant.retry])}")
            lines.append(f"  {tr(CONTEXT, LABEL_WHAT_TO_DO)}:")
            for number, step in enumerate(variant.checklist, 1):
                lines.append(f"    {number}. {step}")
            for link in variant.links:
                lines.append(f"    - {link.title}: {link.url}")
    return "\n".join(lines) + "\n"
