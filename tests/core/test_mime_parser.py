"""The MIME parser without a regular expression per boundary reads every message exactly as
the standard library's parser does."""

from __future__ import annotations

import email
from email.message import Message
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core import message

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parents[1] / "shared" / "corpus" / "emails"


def shape(part: Message) -> object:
    """Everything the parse decided: headers, preamble, epilogue, defects and payloads."""
    payload = part.get_payload()
    inner = [shape(p) for p in payload] if isinstance(payload, list) else payload
    return (part.items(), part.preamble, part.epilogue,
            [type(d).__name__ for d in part.defects], inner)


def assert_same(text: str) -> None:
    ours = message.message_from_string(text)
    theirs = email.message_from_string(text, policy=message._POLICY)
    assert shape(ours) == shape(theirs)


def test_the_boundary_pattern_is_recognised() -> None:
    # If a Python release words the pattern otherwise, the real re is used: still correct,
    # but the saving is gone, and this test says so.
    separator = "--b.(1)+[x]*?"
    pattern = message._ParserRe.compile(
        "(?P<sep>" + message.re.escape(separator)
        + r")(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$")
    assert isinstance(pattern, message._BoundaryLine)
    assert pattern.match(separator + "--  \r\n").group("end") == "--"
    assert pattern.match(separator + "\n").group("linesep") == "\n"
    assert pattern.match(separator + "x") is None
    assert pattern.match("-" + separator) is None
    assert message._ParserRe.compile("a|b").pattern == "a|b"


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
                                      "same", " spaced out ", "ünï"])
@pytest.mark.parametrize("tail", ["", "  ", "\t", "x"])
def test_same_parse_as_the_standard_library(newline: str, boundary: str, tail: str) -> None:
    assert_same(_multipart(boundary, boundary + "-inner", newline, tail))
    assert_same(_multipart(boundary, "same", newline, tail))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab-=.*+()[]\\ \t\r\n:;\"", max_size=12),
       st.text(alphabet="ab-\r\n \t", max_size=6),
       st.sampled_from(["\n", "\r\n"]))
def test_same_parse_for_generated_boundaries(boundary: str, tail: str, newline: str) -> None:
    assert_same(_multipart(boundary, "i" + boundary, newline, tail))


def test_same_parse_for_the_corpus() -> None:
    files = sorted(CORPUS.glob("*.eml")) + sorted((ROOT / "resources" / "examples").glob("*"))
    for path in files:
        assert_same(path.read_bytes().decode("latin-1"))
