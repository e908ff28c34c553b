"""Hypothesis strategies for hostile and half-broken bounce input, and the invariants every
``Report`` must keep. Shared by ``tests/core/test_properties.py`` (a short run in ``make test``)
and ``tests/fuzz/fuzz_decode.py`` (the long run, ``make fuzz``).
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

from hypothesis import strategies as st

from smtphelper.core.model import Report, Span

SAMPLES = Path(__file__).resolve().parent.parent / "core" / "samples"
SAMPLE_BYTES = tuple(path.read_bytes() for path in sorted(SAMPLES.iterdir()) if path.is_file())

KINDS = {"empty", "binary", "bounce", "delay", "delivered", "autoreply", "feedback", "codes",
         "unrecognised"}
MAX_RECIPIENTS = 500
MAX_CODES = 500
MAX_DIAGNOSTIC = 4000  # the longest diagnostic the core keeps (a delivery-status field)
MAX_CODE_LINE = 300

# Pieces bounces are made of, and the characters that break parsers.
TOKENS = (
    "550", "551", "552", "553", "554", "421", "450", "451", "452", "250", "220", "999", "55O",
    "5.7.1", "5.1.1", "5.2.2", "4.4.7", "5.0.0", "2.0.0", "5.9.1", "5.1.10", "1.2.3.4",
    "550-", "550 ", "550-5.7.1 ", "550 5.1.1 ", "5.7.1\n", "#5.1.1", "(5.7.1)",
    "<", ">", "@", "example.com", "user@example.com", "<user@example.com>", "a@b.c",
    "MAILER-DAEMON@example.org", "postmaster@", "no-reply@",
    "Final-Recipient: rfc822; ", "Original-Recipient: rfc822;", "Status: ", "Status: 5.1.1\n",
    "Action: failed\n", "Action: delayed\n", "Action: delivered\n",
    "Diagnostic-Code: smtp; ", "Diagnostic-Code: x-unix; ", "Reporting-MTA: dns; ",
    "Remote-MTA: dns; mx.example.com", "Arrival-Date: ", "X-Failed-Recipients: ",
    "Content-Type: multipart/report; boundary=", "Content-Type: multipart/mixed; boundary=",
    "Content-Type: multipart/alternative; boundary=\"b\"\n",
    "Content-Type: message/delivery-status\n", "Content-Type: message/rfc822\n",
    "Content-Type: text/html\n", "Content-Type: text/plain; charset=", "Content-Type: ",
    "Content-Type: message/feedback-report\n", "Content-Type: text/rfc822-headers\n",
    "Content-Transfer-Encoding: base64\n", "Content-Transfer-Encoding: quoted-printable\n",
    "Content-Transfer-Encoding: x-uuencode\n", "Content-Disposition: attachment\n",
    "MIME-Version: 1.0\n", "report-type=delivery-status", "boundary=", "\"b\"", "b",
    "--", "--b", "--b--", "\n--b\n", "\n\n", "\n", "\r\n", "\r", " ", "\t", "\n ", ":", ";", "=",
    "\"", "'", "(", ")", "[", "]", "{", "}", "\\",
    "=?utf-8?B?", "=?utf-8?Q?", "=?bogus?Q?", "=?iso-2022-jp?B?", "?=", "=?utf-8?B?!!!?=",
    "=?utf-7?Q?+2AA-?=", "=?punycode?Q?-aaaa?=",
    "charset=", "utf-8", "x-unknown", "iso-8859-1", "windows-1250", "punycode", "utf-7",
    "unicode-escape", "base64", "shift_jis", "iso-2022-jp",
    "From: ", "To: ", "Subject: ", "Date: ", "Auto-Submitted: auto-replied\n",
    "Subject: Undelivered Mail Returned to Sender\n", "Subject: Out of Office\n",
    "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n",
    "said:", "<<<", ">>> RCPT TO:<user@example.com>", "RCPT TO", "MAIL FROM", "DATA",
    "end of DATA", "host mx.example.com[192.0.2.1]", "Remote host said:",
    "in reply to RCPT TO command", "The following address(es) failed:",
    "This is a copy of the message", "----- Original message -----", "Received: from x\n",
    "user unknown", "mailbox full", "over quota", "blocked", "spam", "delay", "retry",
    "does not exist", "no such user", "relay access denied", "Spamhaus", "gsmtp",
    "<script>", "</script>", "<style>", "<br>", "<p>", "<img src=\"http://x.test/a.png\">",
    "<a href=\"https://x.test/\">", "&amp;", "&#x41;", "&#xd800;", "&nbsp;",
    "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":",
    "[{\"emailAddress\":\"a@example.com\",\"status\":\"5.1.1\"}]", "}}", "\"Complaint\"",
    "\x00", "\x01", "\x1b$B", "\x1b(B", "\ufeff", "\ufffd", "\u2028", "\x85", "\x0c", "\x0b",
    "\x1c", "é", "ř", "日本", "\U0001f600", "İ", "ß",
    "=\n", "=3D", "=C3=A9", "=ZZ", "====",
)
ALL_CHARS = st.characters(exclude_categories=())  # every code point, lone surrogates too


def token_text(max_pieces: int = 80) -> st.SearchStrategy[str]:
    """Random mixes of bounce pieces and arbitrary characters."""
    piece = st.one_of(st.sampled_from(TOKENS), st.sampled_from(TOKENS),
                      st.text(ALL_CHARS, max_size=8))
    return st.lists(piece, max_size=max_pieces).map("".join)


@st.composite
def emails(draw: st.DrawFn) -> str:
    """Messages shaped like bounces: headers, then MIME parts (nested, broken, lying)."""
    boundary = draw(st.sampled_from(["b", "=_x", "b b", "", "--", "ü", "b" * 80]))
    headers = draw(st.lists(st.sampled_from([
        "From: MAILER-DAEMON@example.org", "From: Mail Delivery System <postmaster@x.test>",
        "To: anna@example.com", "Subject: Undelivered Mail Returned to Sender",
        "Subject: =?utf-8?B?VW5kZWxpdmVyZWQ=?=", "Subject: =?bogus?Q?=FF=FE?=",
        "Subject: Automatic reply: away", "Date: Mon, 1 Jan 2026 00:00:00 +0000",
        "X-Failed-Recipients: bob@example.net", "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0", "Content-Transfer-Encoding: base64",
        "Content-Transfer-Encoding: quoted-printable",
    ]), max_size=8))
    top = draw(st.sampled_from([
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
        f"Content-Type: multipart/mixed; boundary={boundary}",
        "Content-Type: multipart/mixed", "Content-Type: text/plain; charset=x-unknown",
        "Content-Type: text/html", "",
    ]))
    lines = [*headers, top, ""]
    if draw(st.booleans()):
        lines.append(draw(token_text(20)))  # a preamble
    for _ in range(draw(st.integers(0, 4))):
        lines.append("--" + draw(st.sampled_from([boundary, boundary + "x", ""])))
        ctype = draw(st.sampled_from([
            "text/plain", "text/plain; charset=utf-8", "text/plain; charset=x-unknown",
            "text/plain; charset=punycode", "text/html", "message/delivery-status",
            "message/rfc822", "text/rfc822-headers", "message/feedback-report",
            f'multipart/alternative; boundary="{boundary}2"', "application/octet-stream",
            "image/png",
        ]))
        lines.append(f"Content-Type: {ctype}")
        body = draw(token_text(30))
        encoding = draw(st.sampled_from(["", "base64", "quoted-printable", "7bit", "bogus"]))
        if encoding:
            lines.append(f"Content-Transfer-Encoding: {encoding}")
        if encoding == "base64" and draw(st.booleans()):
            body = base64.encodebytes(body.encode("utf-8", "surrogatepass")).decode("ascii")
        elif encoding == "quoted-printable" and draw(st.booleans()):
            body = quopri.encodestring(body.encode("utf-8", "surrogatepass")).decode("ascii")
        lines += ["", body]
    if draw(st.booleans()):
        lines.append(f"--{boundary}--")
    lines.append(draw(token_text(10)))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join(lines)


@st.composite
def mutated_samples(draw: st.DrawFn) -> bytes:
    """A real bounce from tests/core/samples with a few random edits."""
    data = bytearray(draw(st.sampled_from(SAMPLE_BYTES)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(["delete", "insert", "duplicate", "byte"]))
        if edit == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif edit == "insert":
            piece = draw(st.one_of(st.sampled_from(TOKENS).map(str.encode),
                                   st.binary(max_size=16)))
            data[at:at] = piece
        elif edit == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 300))] * draw(st.integers(2, 5))
        elif data:
            data[min(at, len(data) - 1)] = draw(st.integers(0, 255))
    return bytes(data)


def any_input() -> st.SearchStrategy[str | bytes]:
    """Every kind of input the window and the command line can be given."""
    return st.one_of(
        st.text(ALL_CHARS),
        st.binary(),
        token_text(),
        emails(),
        emails().map(lambda text: text.encode("utf-8", "surrogatepass")),
        emails().map(lambda text: text.encode("cp1252", "replace")),
        mutated_samples(),
        mutated_samples().map(lambda data: data.decode("utf-8", "replace")),
    )


def _check_span(span: Span | None, length: int, what: str) -> None:
    if span is None:
        return
    assert isinstance(span, Span), what
    assert 0 <= span.start <= span.end <= length, f"{what}: {span} outside 0..{length}"


def check_report(report: Report) -> None:
    """The invariants every ``decode`` result keeps, whatever it was given."""
    assert isinstance(report, Report)
    assert report.kind in KINDS
    assert isinstance(report.text, str)
    length = len(report.text)
    assert len(report.recipients) <= MAX_RECIPIENTS
    assert len(report.codes) <= MAX_CODES
    assert len(report.notes) <= 3
    for hit in report.codes:
        _check_span(hit.span, length, f"code {hit.code!r}")
        if hit.span is not None:
            assert report.text[hit.span.start : hit.span.end] == hit.code, hit
        assert len(hit.line) <= MAX_CODE_LINE
    for recipient in report.recipients:
        _check_span(recipient.diagnostic_span, length, "diagnostic")
        assert recipient.diagnostic is None or len(recipient.diagnostic) <= MAX_DIAGNOSTIC
        if recipient.variant is not None:
            for span in recipient.variant.evidence:
                _check_span(span, length, f"evidence of {recipient.variant.id}")
    if report.kind == "binary":
        assert report.notes and not report.recipients


def decode_twice(decode, data: str | bytes, other: str | bytes) -> Report:  # noqa: ANN001
    """Decode ``data``, then ``other``, then ``data`` again: the two results of ``data`` must
    be equal (no state, no cache, leaks from one input into the next)."""
    first = decode(data)
    decode(other)
    again = decode(data)
    assert first.to_dict() == again.to_dict()
    return first
