"""What happened to a message, apart from why: delivered, still being retried (delayed), or
failed (refused, or the server gave up). One source of truth that the banner, the advice, the
checklist and the command line all read.

The evidence, most trusted first: a delivery-status ``Action`` field; a notice's give-up or
warning wording (the default texts of Postfix, Exim, Sendmail, qmail, Courier, Exchange, Gmail,
Yahoo and others); the reply's class.
"""

from __future__ import annotations

import re
from functools import cached_property

from smtphelper.core.message import is_mail_system
from smtphelper.core.model import Recipient, RecipientState
from smtphelper.core.textmatch import quick_search

# The patterns below are all lower case and are searched in lower-cased text (a case-blind
# search of a long alternation is several times slower).
# The server has stopped trying because the message's time in the queue ran out.
RAN_OUT = re.compile(
    r"not going to try again|will not (?:try|be tried|retry) again|won't try again"
    r"|gave up|giving up|given up|has stopped trying|stopped trying|no longer (?:try|retry)"
    r"|retry time(?:out)? (?:was |has been )?(?:exceeded|expired|reached)"
    r"|retry timeout|maximum (?:retry|queue) time|delivery time expired|message expired"
    r"|expired in queue|expired after|too long in (?:the )?queue|in the queue too long"
    r"|queue lifetime|exceeded (?:the )?maximum (?:time|lifetime)"
    r"|could not be delivered (?:with)?in \d+ (?:day|hour)|for (?:more than )?\d+ days"
    r"|will be deleted from (?:the )?queue|deleted from (?:the )?queue|removed from (?:the )?queue",
)
# The server will not try again, for whatever reason: its retries ran out, or the failure is
# permanent.
STOPPED = re.compile(
    RAN_OUT.pattern + r"|permanent(?:ly)? fail|permanent fatal|permanent error"
    r"|this is a permanent|failed permanently|fatal error",
)
# The server is still trying, or says this is only a warning.
STILL_TRYING = re.compile(
    r"warning message only|this is (?:only )?a warning|warning only|only a warning"
    r"|(?:do not|don't|no) need to (?:re-?send|send)|need not (?:re-?send|send)"
    r"|will (?:continue to|keep) (?:try|trying|attempt)|will (?:be )?retr(?:y|ied)"
    r"|will try (?:again|to deliver)|still (?:be )?(?:trying|attempting)"
    r"|(?:retry|retrying|try) for (?:another |up to )?\d+ (?:more )?(?:hour|day|minute)"
    r"|until (?:it|the message) is \d+ (?:day|hour)"
    r"|delivery attempts will continue|has been delayed|delivery (?:is |has been )?delayed"
    r"|delayed delivery|delivery delay|message delayed|not yet been delivered"
    r"|has not been delivered yet|not been delivered yet|transient non-fatal"
    r"|could not send message for (?:the )?past|hasn't been delivered yet"
    r"|continue to be attempted|delivery will continue|retrasad"
    r"|delivery incomplete|temporarily (?:deferred|delayed)|zpožděn|stále se pokouší"
    r"|verzögert|retardé|retard de (?:la )?distribution",
)
NO_RESEND = re.compile(
    r"(?:do not|don't|no) need to (?:re-?send|send)|need not (?:re-?send|send)"
    r"|(?:do not|don't) (?:re-?send|send (?:it|the message) again)|není třeba (?:ji )?znovu",
)
# A paste with no code is taken for a server's words only when it is as short as a server's
# reply; a longer text without a code is an ordinary message.
MAX_CODELESS_PASTE = 1000
# Causes that clear by themselves: a server's words pasted without a code are a temporary
# failure when they name one of these.
TEMPORARY_REASONS = frozenset({"networkerror", "systemerror", "toomanyconn", "speeding",
                               "systemfull", "expired"})
_DELIVERED_ACTIONS = frozenset({"delivered", "relayed", "expanded"})
# A returned-message notice's own words (its first lines, in the languages we read).
NOTICE_MARKERS = re.compile(
    r"mail delivery (?:subsystem|system|software|failed)|this is the mail system at"
    r"|delivery status notification|could not be delivered|couldn't be delivered"
    r"|undeliver|delivery has failed|delivery to the following|delivery failed"
    r"|returned mail|failure notice|non-?delivery|fatal errors|non-fatal errors"
    r"|the following addresses? had|following recipients?|not (?:been )?delivered"
    r"|wasn't delivered|unable to deliver|was unable to deliver|wasn't able to deliver"
    r"|message (?:was )?rejected|rejected your message|returned to sender|delivery report"
    r"|message could not be sent|delivery incomplete|delayed mail|delivery delayed"
    r"|has been delayed|address not found|message not delivered|message blocked"
    r"|nelze doručit|nebyla doručena|nedoručen|unzustellbar|nicht zugestellt"
    r"|non remis|non distribuable|no se pudo entregar|no entregado|non consegnat",
)


def notice_says(notice: str) -> tuple[bool, bool]:
    """Whether a notice's words say the server stopped trying, and whether they say it is
    still trying (a warning's "eventually the server will give up" is a future, not a stop)."""
    said = NoticeWords(notice)
    return said.stopped, said.still_trying


class NoticeWords:
    """What a notice's words say about retrying. Each long pattern is searched once, and only
    when a recipient's own fields leave it to the notice (most notices carry an Action field
    for every recipient)."""

    def __init__(self, notice: str) -> None:
        self.notice = notice

    @cached_property
    def lowered(self) -> str:
        return self.notice.lower()

    @cached_property
    def stopped(self) -> bool:
        return quick_search(STOPPED, self.lowered)

    @cached_property
    def still_trying(self) -> bool:
        return quick_search(STILL_TRYING, self.lowered)

    @cached_property
    def ran_out(self) -> bool:
        """The server says the message's time in the queue ran out."""
        return quick_search(RAN_OUT, self.lowered)


def recipient_state(recipient: Recipient, in_notice: bool, said: NoticeWords) -> RecipientState:
    """``in_notice``: the input is a returned-message notice (not a pasted server line);
    ``said``: what the notice as a whole says."""
    action = (recipient.action or "").lower()
    if action == "failed":
        return "failed"
    if action == "delayed":
        return "delayed"
    if action in _DELIVERED_ACTIONS:
        return "delivered"
    code = recipient.enhanced_code or recipient.reply_code or ""
    if code[:1] == "2":
        return "delivered"
    own = (recipient.diagnostic or "").lower()
    if quick_search(STOPPED, own):
        return "failed"
    if quick_search(STILL_TRYING, own):
        return "delayed"
    if code[:1] == "5" or said.stopped:
        return "failed"
    if said.still_trying:
        return "delayed"
    if not in_notice and (code[:1] == "4" or not code and recipient.reason in TEMPORARY_REASONS):
        return "delayed"  # a pasted temporary reply: the sending server tries again
    # A notice sent back with a temporary error and no warning words: the retries are over.
    return "failed"


def permanent_from(recipient: Recipient, in_notice: bool) -> bool:
    """Whether the cause is permanent, for a recipient whose codes do not say: a notice that
    returns the message without any code reports a final failure (RFC 3463's permanent class);
    a warning reports a temporary one; a pasted line without a code, its cause."""
    if not in_notice:
        return recipient.reason not in TEMPORARY_REASONS
    return recipient.state == "failed"


def _failure_evidence(recipient: Recipient, whole_email: bool) -> bool:
    """A failure code that shows a server's reply. In a whole email one number is not enough
    (a phone number's "420 123 456." ends a sentence as a reply code would, a contract's
    section 5.1.1 looks like a status code): it needs an address beside it, or a reply code
    and a status code together ("550 5.1.1")."""
    code = recipient.reply_code or recipient.enhanced_code or "x"
    if code[0] not in "45":
        return False
    return not whole_email or bool(recipient.address
                                   or recipient.reply_code and recipient.enhanced_code)


def looks_returned(headers: dict[str, str], notice: str, has_report: bool,
                   recipients: list[Recipient]) -> bool:
    """Whether there is evidence that the input is a returned-message notice (or a server's
    reply) rather than an ordinary email that happens to hold an address. A whole email needs
    more than a phrase in its body (a shop's "your parcel could not be delivered"): a report
    part, a mail system or the null sender as sender, a failure subject with a notice's words,
    or a server's failure code beside an address."""
    if has_report or headers.get("x-failed-recipients"):
        return True
    if headers.get("return-path", "").strip() == "<>":
        return True  # sent with a null sender, as RFC 5321 has every notice sent
    if any(_failure_evidence(r, bool(headers)) for r in recipients):
        return True
    if is_mail_system(headers.get("from", "")):
        return True
    subject_says = quick_search(NOTICE_MARKERS, headers.get("subject", "").lower())
    body_says = quick_search(NOTICE_MARKERS, notice.lower())
    if headers.get("from") or headers.get("subject"):
        return subject_says and body_says
    return body_says
