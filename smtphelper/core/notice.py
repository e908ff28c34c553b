"""Read the human-readable notice of a bounce: who failed, and the server's own words.

Servers word their notices differently (Postfix ``said:``, Exim ``SMTP error from remote mail
server after RCPT TO:``, Sendmail transcripts, qmail ``Remote host said:``, Exchange
``Remote Server returned``), but they share a shape: an address, then a paragraph with the
server's reply. This module finds those paragraphs without assuming one server's layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from smtphelper.core.codescan import FoundCode, find_codes
from smtphelper.core.textmatch import caseless_start, prepare_caseless

# Lines that start the copy of the original message (everything after them is not the notice).
_ORIGINAL_MARKERS = prepare_caseless(re.compile(
    r"^[ \t>|*=_#-]{0,12}(?:"
    r"this is a copy of the message|below this line is a copy of the message"
    r"|(?:original|unsent|returned|undelivered) message follows|returned mail follows"
    r"|message follows|copy of (?:the |your )?(?:original )?message(?! was)"
    r"|(?:the )?original message(?: headers?)?(?! was| received| from)"
    r"|headers of (?:the )?original(?: message)?|forwarded message|undelivered message"
    r"|returned message|original message header"
    r")[^\n]{0,40}$",
    re.IGNORECASE | re.MULTILINE,
))
_HEADERISH = re.compile(
    r"^(?:Received|Return-Path|DKIM-Signature|Message-I[dD]|X-[\w-]{1,40}|From|To|Subject|Date"
    r"|MIME-Version|Content-Type):",
    re.MULTILINE,
)
ADDRESS = re.compile(
    r"(?<![\w.+-])[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
    r"(?![\w-])"
)
_REMOTE_HOST = re.compile(
    r"(?:host|from|by|server|mx)\s{1,3}\[?([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})\]?"
    r"\s{0,3}\[?\(?(\d{1,3}(?:\.\d{1,3}){3})?",
    re.IGNORECASE,
)
_COMMAND_NAMES = (r"(RCPT TO|MAIL FROM|end of DATA|DATA|EHLO|HELO|STARTTLS|AUTH|"
                  r"initial connection|connect(?:ion)?)")
_COMMAND_ANSWERED = re.compile(r"(?:in reply to|after|following|response to)\s{1,3}"
                               + _COMMAND_NAMES, re.IGNORECASE)
_COMMAND_SENT = re.compile(r"^\s{0,8}>>>\s{0,3}" + _COMMAND_NAMES, re.IGNORECASE | re.MULTILINE)
# Plain phrases, looked for in lower-cased text (a substring test, not a pattern's scan).
_PIPELINED_RCPT = ("no valid recipients", "need rcpt", "rcpt commands were rejected")
# The stage a refusal names itself, in the wording of Postfix's restriction classes (which
# other servers copy): "Recipient address rejected" answers RCPT TO, and so on.
_STAGE_WORDS = (
    ("recipient address rejected", "RCPT TO"),
    ("sender address rejected", "MAIL FROM"),
    ("client host rejected", "CONNECT"),
    ("helo command rejected", "HELO"),
)
# Words before an address that make it the sender or a contact, not a failed recipient.
_SENDER_CONTEXT = re.compile(
    r"(?:mail from|envelope-from|from|sender|sent by|contact)\s{0,6}:?\s{0,6}<?$",
    re.IGNORECASE)
_NOT_RECIPIENTS = ("mailer-daemon@", "no-reply@", "noreply@")
MAX_DIAGNOSTIC = 1200
MAX_ENTRIES = 500  # recipients read from one notice; more means it is not a bounce notice


@dataclass(repr=False, eq=False)  # an internal record: see core/__init__.py
class NoticeEntry:
    """One recipient's paragraph of a notice: the address, the server's words and their codes."""

    address: str | None
    diagnostic: str
    start: int  # offsets in the segment text
    end: int
    codes: list[FoundCode] = field(default_factory=list)
    remote_mta: str | None = None
    command: str | None = None


@lru_cache(maxsize=64)
def notice_end(text: str) -> int:
    """Where the notice stops: at the copy of the original message, if any. (Cached: each
    segment is asked about several times.)"""
    ends = [len(text)]
    marker = caseless_start(_ORIGINAL_MARKERS, text)
    if marker:
        ends.append(marker)
    for header in _HEADERISH.finditer(text):
        # A run of three header lines in a row is a quoted message header block.
        following = text[header.start() : header.start() + 600].splitlines()[:4]
        hits = sum(1 for line in following
                   if _HEADERISH.match(line) or (line[:1] in (" ", "\t") and line.strip()))
        if hits >= 3 and header.start() > 0:
            ends.append(header.start())
            break
    return min(ends)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of blank-line separated paragraphs."""
    spans = []
    start = None
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            if start is None:
                start = position
        elif start is not None:
            spans.append((start, position))
            start = None
        position += len(line)
    if start is not None:
        spans.append((start, position))
    return spans


_ADDRESS_LED_LINE = re.compile(
    r"^[ \t]{0,8}(?:\d{3}[ -])?<?[\w.!#$%&'*+/=?^`{|}~-]{1,64}@[A-Za-z0-9.-]{1,255}>?",
    re.MULTILINE,
)


def blocks(text: str) -> list[tuple[int, int]]:
    """Paragraphs, further split where several lines in a row each start with an address
    (one line per recipient, as some servers write)."""
    result = []
    for start, end in paragraphs(text):
        chunk = text[start:end]
        led = [m.start() for m in _ADDRESS_LED_LINE.finditer(chunk)]
        if len(led) < 2:
            result.append((start, end))
            continue
        cuts = [0, *led[1:], len(chunk)] if led[0] != 0 else [*led, len(chunk)]
        if cuts[0] != 0:
            cuts.insert(0, 0)
        for a, b in zip(cuts, cuts[1:], strict=False):
            if text[start + a : start + b].strip():
                result.append((start + a, start + b))
    return result


# What can stand glued before an address without being part of it: Exchange's "SMTP=" and
# "smtp:" address types, and an opening quote.
_ADDRESS_LEAD = re.compile(r"^(?:(?:smtp|rfc822|sip|x400)[=:])+|^['`]+", re.IGNORECASE)
# Help text's example addresses ("NAME@domain.com", "user@yourdomain.com") are no recipients:
# an upper-case placeholder word before the "@", or a placeholder domain after it.
_PLACEHOLDER_LOCAL = re.compile(
    r"(?:NAME|USER|USERNAME|YOURNAME|SOMEONE|RECIPIENT|ADDRESS|EMAIL|MAILBOX|ALIAS)")
_PLACEHOLDER_DOMAIN = re.compile(r"(?:your)?domain\.(?:com|tld|example)|yourcompany\.\w+",
                                 re.IGNORECASE)


def is_placeholder(address: str) -> bool:
    local, _, domain = address.partition("@")
    return bool(_PLACEHOLDER_LOCAL.fullmatch(local) or _PLACEHOLDER_DOMAIN.fullmatch(domain))


def find_addresses(text: str) -> list[tuple[str, int]]:
    """Addresses in ``text`` with where they start, without glued address types or quotes."""
    found = []
    for match in ADDRESS.finditer(text):
        address, start = match.group(0), match.start()
        lead = _ADDRESS_LEAD.match(address)
        if lead:
            address, start = address[lead.end():], start + lead.end()
        if "@" in address and address.split("@", 1)[0]:
            found.append((address, start))
    return found


def clean_address(value: str) -> str:
    """One address as a field gives it, without a glued address type or quote."""
    lead = _ADDRESS_LEAD.match(value)
    return value[lead.end():] if lead else value


def is_recipient_address(address: str, text: str, start: int, exclude: set[str]) -> bool:
    lowered = address.lower()
    if lowered in exclude or lowered.startswith(_NOT_RECIPIENTS):
        return False
    if is_placeholder(address):
        return False
    if "/" in address:  # a path such as /home/user/.forward/user@example.com
        return False
    before = text[max(0, start - 24) : start]
    return not _SENDER_CONTEXT.search(before)


def read_notice(text: str, exclude: set[str], known: list[str] | None = None) -> list[NoticeEntry]:
    """Entries in the order the notice names them. ``exclude`` holds lower-case addresses that
    are not recipients (the bounce's own sender and receiver). ``known`` are recipients
    already known (from a delivery-status part or X-Failed-Recipients)."""
    end = notice_end(text)
    notice = text[:end]
    entries: list[NoticeEntry] = []
    current: NoticeEntry | None = None
    pending_address: tuple[str, int] | None = None
    known_lower = {k.lower() for k in known or []}
    by_address: dict[str, NoticeEntry] = {}
    for p_start, p_end in blocks(notice):
        if len(entries) > MAX_ENTRIES:
            # One entry over the limit is read, so that the caller sees that entries were
            # left unread (and says so) when it keeps only the first MAX_ENTRIES.
            break
        chunk = notice[p_start:p_end]
        codes = [c for c in find_codes(chunk, p_start) if c.valid]
        addresses = [
            (address, start + p_start)
            for address, start in find_addresses(chunk)
            if is_recipient_address(address, notice, start + p_start, exclude)
        ]
        if known_lower:
            named = [a for a in addresses if a[0].lower() in known_lower]
            addresses = named or addresses
        if not codes:
            if addresses and not (_has_reason_words(chunk, addresses)
                                  or _says_something_on_its_line(chunk, addresses[0][0])):
                pending_address = addresses[0]
                continue
            if addresses:
                codes_less = NoticeEntry(addresses[0][0], _clean(chunk), p_start, p_end)
                entries.append(codes_less)
                by_address.setdefault(addresses[0][0].lower(), codes_less)
                current = codes_less
                pending_address = None
                continue
            if pending_address and _has_reason_words(chunk, []):
                entry = NoticeEntry(pending_address[0], _clean(chunk), p_start, p_end)
                entries.append(entry)
                by_address.setdefault(pending_address[0].lower(), entry)
                current, pending_address = entry, None
            elif current is not None and current.address and not current.codes and len(
                current.diagnostic
            ) < 60 and _has_reason_words(chunk, []):
                current.diagnostic = _clean(current.diagnostic + "\n" + chunk)
            continue
        fallback = pending_address[0] if pending_address else None
        address = addresses[0][0] if addresses else fallback
        pending_address = None
        same = by_address.get(address.lower()) if address else None
        if same is not None:
            # Sendmail and others repeat the reply in a transcript: keep the first wording,
            # but gather codes the first paragraph lacked.
            if not same.codes:
                same.codes = codes
                same.diagnostic = _clean(chunk)
                same.start, same.end = p_start, p_end
            _fill_details(same, chunk)
            continue
        if address is None and current is not None and current.address and not current.codes:
            current.codes = codes
            current.diagnostic = _clean(current.diagnostic + "\n" + chunk)
            current.end = p_end
            _fill_details(current, chunk)
            continue
        if address is None and entries and any(e.codes for e in entries):
            # A further paragraph of codes with no address (a transcript line, a summary)
            # belongs to the last recipient when it has no codes of its own.
            last = entries[-1]
            if not last.codes:
                last.codes = codes
            _fill_details(last, chunk)
            continue
        reply_at = _reply_start(chunk, codes, p_start)
        reply_end = _wrapped_reply_end(chunk, reply_at)
        entry = NoticeEntry(address, _clean(chunk[reply_at:reply_end]), p_start + reply_at,
                            p_start + reply_end, codes)
        _fill_details(entry, chunk)
        entries.append(entry)
        if address:
            by_address[address.lower()] = entry
        current = entry
    named_addresses = {e.address.lower() for e in entries if e.address}
    if pending_address and pending_address[0].lower() not in named_addresses:
        # An address that no reason followed: its own paragraph is all the notice says.
        start = notice.rfind("\n\n", 0, pending_address[1]) + 1
        end_at = notice.find("\n\n", pending_address[1])
        end_at = end_at if end_at != -1 else len(notice)
        entries.append(NoticeEntry(pending_address[0], _clean(notice[start:end_at]), start,
                                   end_at))
    return entries


_REASON_WORDS = re.compile(
    r"\b(?:unknown|not exist|no such|invalid|rejected|refused|denied|full|quota|blocked|"
    r"failed|failure|error|unable|cannot|can't|couldn't|timed? ?out|unavailable|disabled|"
    r"expired|spam|virus|policy|not found|too many|too large|exceeded|unreachable|delay|"
    r"unrouteable|undeliverable|giving up|retry|deferred|suspended|inactive|neexistuje|"
    r"exceeds?|locked|bounced|not reach|did not reach|rejected|no longer|does not|"
    r"unbekannt|inconnu|desconocido|nicht|non|не)\b",
    re.IGNORECASE,
)


def _has_reason_words(chunk: str, addresses: list[tuple[str, int]]) -> bool:
    rest = ADDRESS.sub(" ", chunk[:MAX_DIAGNOSTIC * 4]) if addresses else chunk
    return bool(_REASON_WORDS.search(rest))


def _reply_start(chunk: str, codes: list[FoundCode], chunk_start: int) -> int:
    """Where the server's own reply begins in a paragraph: at its first failure code, so the
    address and host lines before it ("host mx.example.org [192.0.2.1]: ...") are left out."""
    failing = [c for c in codes if c.code[0] in "45"]
    if not failing:
        return 0
    start = failing[0].start - chunk_start
    # Keep "<<< " or a quote that opens the reply together with it.
    while start > 0 and chunk[start - 1] in "'\"[(":
        start -= 1
    return start


def _says_something_on_its_line(chunk: str, address: str) -> bool:
    """"user@example.org: No MX found for domain": a reason written beside the address."""
    line = next((ln for ln in chunk.splitlines() if address in ln), "")
    rest = line.replace(address, " ").strip(" \t<>:;,.()[]-")
    return len(rest.split()) >= 3


def _wrapped_reply_end(chunk: str, reply_at: int) -> int:
    """Where a reply that a notice wraps in "(reason: ...)" (Sendmail) ends: at its closing
    parenthesis, not at the end of the paragraph, whose next lines are the notice's own."""
    if not chunk[max(0, reply_at - 12):reply_at].lower().rstrip().endswith("(reason:"):
        return len(chunk)
    line_end = chunk.find("\n", reply_at)
    line_end = len(chunk) if line_end == -1 else line_end
    close = chunk.rfind(")", reply_at, line_end)
    return close if close != -1 else len(chunk)


def _clean(chunk: str) -> str:
    lines = [line.strip() for line in chunk.strip().splitlines()]
    text = "\n".join(line for line in lines if line)
    return text[:MAX_DIAGNOSTIC]


def smtp_command(chunk: str) -> str | None:
    """The SMTP command a server's error answered: "in reply to end of DATA command",
    "after RCPT TO", or the last ">>> CMD" of a transcript before the error."""
    lowered = chunk.lower()
    if any(words in lowered for words in _PIPELINED_RCPT):
        # With pipelining the refusal of RCPT TO shows up only as the answer to DATA.
        return "RCPT TO"
    answered = _COMMAND_ANSWERED.search(chunk)
    if answered:
        return _command_name(answered.group(1))
    sent = [m for m in _COMMAND_SENT.finditer(chunk)]
    if sent:
        codes = [c for c in find_codes(chunk) if c.valid and c.code[0] in "45"]
        before = [m for m in sent if not codes or m.start() < codes[0].start]
        return _command_name((before or sent)[-1].group(1))
    for words, command in _STAGE_WORDS:
        if words in lowered:
            return command
    return None


def _command_name(raw: str) -> str:
    name = " ".join(raw.upper().split())
    if name in ("END OF DATA",):
        return "DATA"
    if name.startswith("CONNECT") or name == "INITIAL CONNECTION":
        return "CONNECT"
    return name


def _fill_details(entry: NoticeEntry, chunk: str) -> None:
    if entry.remote_mta is None:
        for host in _REMOTE_HOST.finditer(chunk):
            name = host.group(1)
            lead = chunk[max(0, host.start() - 8) : host.start()].lower()
            if any(ch.isalpha() for ch in name) and "client" not in lead and "@" not in (
                    chunk[max(0, host.start(1) - 1) : host.start(1)]):
                entry.remote_mta = name
                break
    if entry.command is None:
        entry.command = smtp_command(chunk)
