"""Why one recipient's message failed: cause recognition in tiers, most trusted first.

1. *variant*: a known provider or server wording (``resources/variants/``);
2. *lexicon*: a general word family of a cause (``resources/lexicon.toml``);
3. *status*: the enhanced status code's meaning (the provider's own meaning first);
4. *class*: only the reply code's class is known: the cause is not recognised, and the
   window says so rather than inventing one.

Each tier records the words (evidence) that decided it. Words beat codes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from smtphelper.core.codebook import default_reason, explain_enhanced, explain_reply
from smtphelper.core.codescan import find_codes
from smtphelper.core.i18n import FALLBACKS_CONTEXT, QT_TRANSLATE_NOOP, VARIANTS_CONTEXT, Translate
from smtphelper.core.model import CauseTier, Link, Recipient, Report, Span, VariantMatch
from smtphelper.core.notice import ADDRESS, smtp_command
from smtphelper.core.providers import detect_providers
from smtphelper.core.state import STOPPED
from smtphelper.core.textmatch import quick_search
from smtphelper.core.variants import Candidate, load_fallbacks, match_variants

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing at every start
if TYPE_CHECKING:
    from smtphelper.core.lexicon import LexiconHit

CONTEXT = "classify"
NOTE_TEXT_WINS = QT_TRANSLATE_NOOP(
    "classify",
    "The server's words say more than its status code {code}: the explanation follows the "
    "words.",
)
NOTE_AFTER_DATA = QT_TRANSLATE_NOOP(
    "classify",
    "The server accepted the address and refused only after receiving the message itself. "
    "That usually means a filter on the recipient's side stopped it, even though the words "
    "say the address is unknown.",
)
# Digit first, looking behind it from there: scanned for the digit class quickly (as the code
# patterns in codescan.py).
_IPV4 = re.compile(r"(\d(?<![\d.]\d)\d{0,2}(?:\.\d{1,3}){3})(?![\d.])")
# Reasons a code states plainly enough that a different cause in the words is worth a remark
# ("5.2.2 mailbox full" with "no such user" in the text); 5.7.1 and the like are too broad.
CODE_SPECIFIC_REASONS = frozenset({"userunknown", "mailboxfull", "hostunknown", "mesgtoobig",
                                   "suspend", "hasmoved", "systemfull", "exceedlimit"})
# Reasons that generic variants give to broad wording ("policy reasons", "rejected by filter"):
# a more definite cause in the same reply's words is trusted more.
CATCH_ALL_REASONS = frozenset({"policyviolation", "filtered", "onhold", "undefined",
                               "systemerror", "contenterror"})
_LINE_REPLY = re.compile(r"^[\s<>]{0,8}(\d{3})[ -]")
MAX_MATCHED_TEXT = 20_000  # how much notice text is searched for a variant when needed
LOCATE_WINDOW = 200_000  # how far from a diagnostic its matched words are looked for
# Where matched words stand in the user's text, by (words, diagnostic span): recipients that
# share the notice share its words.
Located = dict[tuple[tuple[str, ...], Span | None], list[Span]]


def explain_codes(recipient: Recipient, tr: Translate) -> list[str]:
    """Fill the code explanations, ``permanent`` and the facts read from the server's reply;
    return the providers its words name."""
    marker_text = " ".join(filter(None, (recipient.diagnostic, recipient.remote_mta))).lower()
    providers = detect_providers(marker_text)
    if recipient.reply_code:
        recipient.reply = explain_reply(recipient.reply_code, tr)
    if recipient.enhanced_code:
        recipient.enhanced = explain_enhanced(recipient.enhanced_code, providers, tr)
    recipient.permanent = _permanent(recipient)
    recipient.sending_ip = sending_ip(recipient.diagnostic, recipient.remote_mta)
    if recipient.command is None and recipient.diagnostic:
        recipient.command = smtp_command(recipient.diagnostic)
    return providers


def recognise(report: Report, recipient: Recipient, providers: list[str], notice: str,
              notice_providers: list[str], located: Located, tr: Translate) -> None:
    """Set the recipient's ``reason``, ``variant`` and ``cause_tier``."""
    codes = [c for c in (recipient.reply_code, recipient.enhanced_code) if c]
    # A server's reply is a line or two; a delivery-status field can be made megabytes long.
    diagnostic = (recipient.diagnostic or "")[:MAX_MATCHED_TEXT]
    first = first_reply(diagnostic)
    if recipient.diagnostic_type == "x-unix":
        notice = ""  # a local program's exit status: the notice's other words are not about it
    # The texts that speak about this recipient, most specific first: the first failure reply,
    # the whole reply, then the notice around it (its variants always; its general words only
    # when the recipient has no words of its own). In each, a variant beats the lexicon.
    texts = [(t, False) for t in dict.fromkeys((_without_give_up(first), first, diagnostic))
             if t.strip()]
    own_words = _says_anything(recipient, words_only=True)
    if notice and notice != diagnostic:
        texts.extend((t, True) for t in dict.fromkeys((_without_give_up(notice), notice))
                     if t.strip())
    for text, from_notice in texts:
        candidates = match_variants(text, codes, providers or notice_providers
                                    if from_notice else providers)
        hit = None
        catch_all = not candidates or (candidates[0].variant.reason in CATCH_ALL_REASONS
                                       and not candidates[0].variant.provider)
        if catch_all and not (from_notice and own_words):
            # (The notice's general words are not about a reply we could not place; and a
            # definite variant needs no second opinion.)
            # Imported here: many notices are decided by a variant, and the lexicon's
            # loading is then not paid for at all.
            from smtphelper.core.lexicon import match_lexicon

            hit = match_lexicon(text, recipient.command, recipient.permanent)
        if hit is not None and hit.weak and _status_reason(recipient, providers):
            hit = None  # a plain "rejected": the status code names the cause better
        if candidates and not _lexicon_says_more(candidates[0], text, hit):
            _by_variant(report, recipient, candidates, text, located, providers, tr)
            return
        if hit is not None:
            _by_lexicon(report, recipient, hit, located, providers, tr)
            return
    _by_codes(recipient, providers, tr)


def _lexicon_says_more(best: Candidate, text: str, hit: LexiconHit | None) -> bool:
    """Whether a general word family names a cause that a catch-all variant's words miss:
    "SPF policy violation" is about SPF, whatever a generic "policy violation" variant says.
    A provider's own wording, a variant naming a definite cause, or a variant matching the
    same words keeps its place."""
    if (hit is None or hit.weak or best.variant.provider
            or best.variant.reason not in CATCH_ALL_REASONS or hit.reason == best.variant.reason):
        return False
    lowered = [text[s:e].lower() for s, e in best.evidence]
    return not any(word.lower() in matched or matched in word.lower()
                   for word in hit.words for matched in lowered)


def _by_lexicon(report: Report, recipient: Recipient, hit: LexiconHit, located: Located,
                providers: list[str], tr: Translate) -> None:
    recipient.reason = hit.reason
    recipient.cause_tier = "lexicon"
    recipient.variant = fallback(hit.reason, None, tr)
    recipient.variant.evidence_words = list(hit.words)
    key = (hit.words, recipient.diagnostic_span)
    if key not in located:
        located[key] = _locate(list(hit.words), report.text, recipient.diagnostic_span)
    recipient.variant.evidence = list(located[key])
    if not _filter_speaking(recipient, tr):
        _remark_on_code(recipient, providers, tr)


def _by_variant(report: Report, recipient: Recipient, candidates: list[Candidate],
                searched: str, located: Located, providers: list[str], tr: Translate) -> None:
    recipient.variant = _from_candidate(candidates, searched, report.text, recipient, located, tr)
    recipient.reason = recipient.variant.reason
    recipient.cause_tier = "variant"
    if not _filter_speaking(recipient, tr):
        _remark_on_code(recipient, providers, tr)


def _filter_speaking(recipient: Recipient, tr: Translate) -> bool:
    """The server accepted the address and refused only after reading the message, or answered
    "unknown user" with a policy status: a filter speaking, not a missing mailbox. (A
    provider's own wording is trusted as it stands.) Returns whether it was so."""
    variant = recipient.variant
    if variant is None or recipient.reason != "userunknown" or variant.provider is not None:
        return False
    if not (recipient.command == "DATA" or _policy_code(recipient.enhanced_code)):
        return False
    recipient.variant = fallback("filtered", None, tr)
    recipient.variant.evidence = variant.evidence
    recipient.variant.evidence_words = variant.evidence_words
    recipient.variant.runner_up = None if variant.generic else variant.id
    recipient.variant.note = tr(CONTEXT, NOTE_AFTER_DATA)
    recipient.reason = "filtered"
    return True


def _remark_on_code(recipient: Recipient, providers: list[str], tr: Translate) -> None:
    code_reason = default_reason(recipient.enhanced_code, providers) or default_reason(
        recipient.reply_code, providers)
    if (code_reason in CODE_SPECIFIC_REASONS and code_reason != recipient.reason
            and recipient.variant is not None):
        recipient.variant.note = tr(CONTEXT, NOTE_TEXT_WINS).format(code=recipient.enhanced_code)


def _by_codes(recipient: Recipient, providers: list[str], tr: Translate) -> None:
    """No words recognised: the enhanced status code's meaning, else the reply code's class."""
    status_reason = _status_reason(recipient, providers)
    reply_reason = default_reason(recipient.reply_code, providers)
    if reply_reason == "undefined":
        reply_reason = None
    reason = status_reason or reply_reason
    tier: CauseTier = "status" if reason else "class"
    if reason is None and recipient.command == "CONNECT" and recipient.permanent:
        # Turned away before anything was sent: the server refuses the sending server itself.
        reason, tier = "blocked", "status"
    if recipient.diagnostic_type == "x-unix":
        # Sendmail's report of a local delivery program (a pipe) that failed.
        reason, tier = "mailererror", "status"
    # Nothing in the words or the codes says why: "onhold" when the server said something we
    # cannot place (too little information), "undefined" when it said nothing at all.
    recipient.reason = reason or ("onhold" if _says_anything(recipient) else "undefined")
    recipient.cause_tier = tier if _says_anything(recipient) or reason else "none"
    klass = (recipient.enhanced_code or recipient.reply_code or "?")[0]
    if all(e is None or not e.valid for e in (recipient.reply, recipient.enhanced)) and (
            recipient.reply or recipient.enhanced):
        klass = "invalid"  # only a malformed code ("650"): say so rather than guess
    recipient.variant = fallback(recipient.reason if reason else None, klass, tr)


@lru_cache(maxsize=64)  # every recipient of a notice without words of its own reads the notice
def _without_give_up(text: str) -> str:
    """The reply without the lines that only say the server stopped trying ("Message will be
    deleted from queue"): the last attempt's error is the cause, the give-up is the state."""
    if not quick_search(STOPPED, text.lower()):
        return text  # one pass for the usual reply, which says nothing of the kind
    lines = text.splitlines()
    kept = [line for line in lines if not quick_search(STOPPED, line.lower())]
    return "\n".join(kept) if len(kept) < len(lines) else text


def _status_reason(recipient: Recipient, providers: list[str]) -> str | None:
    reason = default_reason(recipient.enhanced_code, providers)
    # A vague code ("5.0.0") says nothing about the cause.
    return None if reason == "undefined" else reason


def first_reply(diagnostic: str) -> str:
    """The first failure reply of a transcript: when a server answered with one error and
    then another ("550 User unknown", later "421 Connection timed out"), the first is the
    cause. Replies of one code continued over several lines stay together."""
    lines = diagnostic.splitlines()
    first_code = None
    for index, line in enumerate(lines):
        found = _LINE_REPLY.match(line)
        if not found or found.group(1)[0] not in "45":
            continue
        if first_code is None:
            first_code = found.group(1)
        elif found.group(1) != first_code:
            return "\n".join(lines[:index])
    return diagnostic


_THREE_LETTERS = re.compile(r"[^\W\d_](?:[\W\d_]*[^\W\d_]){2}")
_CODE_TOKEN = re.compile(r"\b\d{3}\b|\b\d\.\d{1,3}\.\d{1,3}\b")


def _says_anything(recipient: Recipient, words_only: bool = False) -> bool:
    """Whether the failure came with any words (or, unless ``words_only``, a code) beyond the
    address itself."""
    if not words_only and (recipient.reply_code or recipient.enhanced_code):
        return True
    words = _CODE_TOKEN.sub(" ", ADDRESS.sub(" ", recipient.diagnostic or ""))
    return _THREE_LETTERS.search(words) is not None


def _policy_code(code: str | None) -> bool:
    """Status codes of a policy or filter refusal (X.7.x)."""
    return code is not None and code[1:4] == ".7."


def _permanent(recipient: Recipient) -> bool | None:
    for code in (recipient.enhanced_code, recipient.reply_code):
        if code and code[0] in "45" and (recipient.enhanced or recipient.reply) is not None:
            explanation = recipient.enhanced if code == recipient.enhanced_code else recipient.reply
            if explanation is not None and explanation.valid:
                return code[0] == "5"
    if recipient.action == "failed":
        return True
    if recipient.action == "delayed":
        return False
    return None


def _from_candidate(candidates: list[Candidate], searched: str, text: str,
                    recipient: Recipient, located: Located, tr: Translate) -> VariantMatch:
    best = candidates[0].variant
    runner_up = next((c.variant.id for c in candidates[1:] if c.variant.id != best.id), None)
    words = [searched[s:e] for s, e in candidates[0].evidence]
    key = (tuple(words), recipient.diagnostic_span)
    if key not in located:
        located[key] = _locate(words, text, recipient.diagnostic_span)
    spans = list(located[key])
    return VariantMatch(
        id=best.id,
        title=tr(VARIANTS_CONTEXT, best.title),
        explanation=tr(VARIANTS_CONTEXT, best.explanation),
        reason=best.reason,
        actor=best.actor,  # type: ignore[arg-type]
        retry=best.retry,  # type: ignore[arg-type]
        checklist=[tr(VARIANTS_CONTEXT, step) for step in best.checklist],
        links=[Link(tr(VARIANTS_CONTEXT, link.title), link.url) for link in best.links],
        provider=best.provider,
        evidence=spans,
        evidence_words=words,
        runner_up=runner_up,
        request=tr(VARIANTS_CONTEXT, best.request),
    )


def _locate(words: list[str], text: str, near: Span | None) -> list[Span]:
    """Where the matched words stand in the user's text (first occurrence near the diagnostic).
    Words broken across lines in the original are matched with flexible white space."""
    spans = []
    start = near.start if near else 0
    for word in words:
        # Searched for near the diagnostic only: words that are not in the text verbatim
        # (a decoded part) must not cost a scan of the whole text for each recipient.
        where = text.find(word, start, start + LOCATE_WINDOW)
        if where == -1:
            where = text.find(word, max(0, start - LOCATE_WINDOW), start + LOCATE_WINDOW)
        if where == -1:
            pattern = r"\s+".join(re.escape(piece) for piece in word.split())
            found = re.compile(pattern, re.IGNORECASE).search(text, start, start + LOCATE_WINDOW)
            if found:
                spans.append(Span(found.start(), found.end()))
            continue
        spans.append(Span(where, where + len(word)))
    return spans


def fallback(reason: str | None, klass: str | None, tr: Translate) -> VariantMatch:
    """The generic help for a reason, or for a code class when the reason is not known."""
    data = load_fallbacks()
    if reason and reason in data.get("reason", {}):
        entry, fallback_id = data["reason"][reason], f"generic.reason.{reason}"
    else:
        key = klass if klass in ("4", "5", "invalid") else "unknown"
        entry, fallback_id = data["class"][key], f"generic.class.{key}"
        reason = reason or "onhold"
    return VariantMatch(
        id=fallback_id,
        title=tr(FALLBACKS_CONTEXT, entry["title"]),
        explanation=tr(FALLBACKS_CONTEXT, entry["explanation"]),
        reason=reason,
        actor=entry["actor"],
        retry=entry["retry"],
        checklist=[tr(FALLBACKS_CONTEXT, step) for step in entry["checklist"]],
        generic=True,
        request=tr(FALLBACKS_CONTEXT, entry.get("request", "")),
    )


def sending_ip(diagnostic: str | None, remote_mta: str | None) -> str | None:
    """The sending server's IP address as the receiving server quoted it, if it did."""
    if not diagnostic or not _IPV4.search(diagnostic):
        return None  # no address at all: the codes need not be found
    codes = find_codes(diagnostic)
    start = codes[0].end if codes else 0
    for match in _IPV4.finditer(diagnostic, start):
        ip = match.group(1)
        if all(int(part) <= 255 for part in ip.split(".")) and ip != remote_mta:
            return ip
    return None
