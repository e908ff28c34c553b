"""The MIME tree splits every message exactly as the standard library's parser (compat32) does:
the same headers, parts, part texts, types, parameters and decoded payloads."""

from __future__ import annotations

import email
from email._policybase import compat32
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.mimetree import Entity, split_message
from tests.corpus import CORPUS

ROOT = Path(__file__).resolve().parents[2]


def standard_shape(part: Message) -> object:
    payload = part.get_payload()
    inner = ([standard_shape(p) for p in payload] if isinstance(payload, list)
             else (payload, part.get_payload(decode=True)))
    return (list(part.raw_items()), part.get_content_type(), part.get_content_disposition(),
            part.get_content_charset(), part.get_param("report-type"), part.get_boundary(),
            inner)


def tree_shape(part: Entity) -> object:
    inner = ([tree_shape(p) for p in part.parts] if part.parts is not None
             else (part.payload(), part.decoded_payload()))
    return (part.headers, part.content_type(), part.content_disposition(), part.charset(),
            part.param("report-type"), part.boundary(), inner)


def assert_same(text: str) -> None:
    standard = email.message_from_string(text, policy=compat32)
    assert tree_shape(split_message(text)) == standard_shape(standard)


def _multipart(boundary: str, inner_boundary: str, newline: str, tail: str) -> str:
    n = newline
    return (f'From: a@example.org{n}Content-Type: multipart/report; boundary="{boundary}"{n}{n}'
            f"preamble{n}--{boundary}{tail}{n}Content-Type: text/plain{n}{n}notice 550{n}"
            f"--{boundary}{n}--{boundary}{n}"
            f'Content-Type: multipart/mixed; boundary="{inner_boundary}"{n}{n}'
            f"--{inner_boundary}{n}Content-Type: message/delivery-status{n}{n}"
            f"Reporting-MTA: dns; x{n}{n}Final-Recipient: rfc822; b@example.org{n}"
            f"--{inner_boundary}--{tail}{n}inner epilogue{n}"
            f"--{boundary}--{tail}{n}epilogue{n}")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("boundary", ["simple", "a.b+c*d?(e)[f]{g}|h^i$j\\k", "--==x==--",
                                      "same", " spaced out ", "ünï", "<angled>"])
@pytest.mark.parametrize("tail", ["", "  ", "\t", "x"])
def test_same_split_as_the_standard_library(newline: str, boundary: str, tail: str) -> None:
    assert_same(_multipart(boundary, boundary + "-inner", newline, tail))
    assert_same(_multipart(boundary, "same", newline, tail))


# Lines a bounce is made of, and the ones that trip parsers: folds, mbox "From " lines, a
# header without a name, delimiters in a row or with trailing text, RFC 2231 parameters,
# digests, delivery-status blocks, transfer encodings.
LINES = [
    'Content-Type: multipart/mixed; boundary="b"',
    "Content-Type: multipart/alternative; boundary=c",
    "Content-Type: multipart/report; boundary=b; report-type=delivery-status",
    "Content-Type: message/delivery-status", "Content-Type: message/rfc822",
    "Content-Type: text/plain; charset=ISO-8859-2", "Content-Type: multipart/digest; boundary=d",
    "Content-Type: message/global-delivery-status", "Content-Type: multipart/mixed",
    'Content-Type: multipart/mixed; boundary="<b>"',
    "Content-Type: multipart/mixed; boundary*=''b",
    "Content-Type: text/plain; charset*=utf-8''%C5%A1",
    'Content-Type: text/html; charset="x\\"y"',
    "Content-Disposition: attachment; filename=a.txt", "Content-Transfer-Encoding: base64",
    "Content-Transfer-Encoding: quoted-printable", "NTUwIDUuMS4xIHVzZXIgdW5rbm93bg==", "=C5=A1=",
    "--b", "--b--", "--c", "--c--", "--d", "--d--", "--b  ", "--bx", " --b", "--", "----b",
    "", "", "", "Subject: x", " folded", "\tfolded", "From x", "From: y", ":nohdr", "X-Y: z",
    "Final-Recipient: rfc822; a@b", "Action: failed", "Status: 5.1.1", "550 5.1.1 user unknown",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=30),
       st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=1, max_size=3),
       st.booleans())
def test_same_split_for_generated_messages(lines: list[str], newlines: list[str],
                                           final_newline: bool) -> None:
    text = "".join(line + newlines[i % len(newlines)] for i, line in enumerate(lines))
    assert_same(text if final_newline else text.rstrip("\r\n"))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab-=.*+()[]\\ \t\r\n:;\"", max_size=12),
       st.text(alphabet="ab-\r\n \t", max_size=6),
       st.sampled_from(["\n", "\r\n"]))
def test_same_split_for_generated_boundaries(boundary: str, tail: str, newline: str) -> None:
    assert_same(_multipart(boundary, "i" + boundary, newline, tail))


def test_headers_only() -> None:
    text = "Subject: x\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\nbody\n--b--\n"
    entity = split_message(text, headers_only=True)
    assert entity.parts is None
    assert entity.headers == [("Subject", "x"), ("Content-Type", "multipart/mixed; boundary=b")]
    assert entity.payload() == "--b\n\nbody\n--b--\n"
    assert entity.source() == text


@pytest.mark.skipif(CORPUS is None, reason="the development corpus is not here")
def test_same_split_for_the_corpus() -> None:
    assert CORPUS is not None
    files = sorted(CORPUS.glob("*.eml")) + sorted((ROOT / "resources" / "examples").glob("*"))
    for path in files:
        assert_same(path.read_bytes().decode("latin-1"))

