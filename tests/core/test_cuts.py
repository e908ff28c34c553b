"""Every cut says so: a message whose parts, nesting or recipients were not all read gets
the "only its beginning was read" note, like a paste too long to read whole."""

from __future__ import annotations

from smtphelper.core.decode import decode
from smtphelper.core.message import MAX_DEPTH, MAX_PARTS, MAX_RECIPIENTS

HEADERS = ("From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: anna@example.com\n"
           "Subject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n")
NOTE_CUT = "only its beginning was read"


def noted(report) -> bool:  # noqa: ANN001 - Report
    return report.truncated and any(NOTE_CUT in note for note in report.notes)


def test_ten_thousand_mime_parts() -> None:
    parts = "".join(f"--b\nContent-Type: text/plain\n\n<user{i}@example.net>: 550 5.1.1 "
                    f"User unknown\n" for i in range(10_000))
    report = decode(HEADERS + 'Content-Type: multipart/mixed; boundary="b"\n\n' + parts
                    + "--b--\n")
    assert 0 < len(report.recipients) < MAX_PARTS
    assert noted(report)


def test_a_few_parts_are_not_a_cut() -> None:
    parts = "".join(f"--b\nContent-Type: text/plain\n\n<user{i}@example.net>: 550 5.1.1 "
                    f"User unknown\n" for i in range(3))
    report = decode(HEADERS + 'Content-Type: multipart/mixed; boundary="b"\n\n' + parts
                    + "--b--\n")
    assert len(report.recipients) == 3
    assert not report.truncated and report.notes == []


def test_nesting_deeper_than_is_read() -> None:
    depth = MAX_DEPTH + 5
    opening = "".join(f'--b{i - 1}\nContent-Type: multipart/mixed; boundary="b{i}"\n\n'
                      for i in range(1, depth))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    text = (HEADERS + 'Content-Type: multipart/mixed; boundary="b0"\n\n' + opening
            + f"--b{depth - 1}\nContent-Type: text/plain\n\n<bob@example.net>: 550 5.1.1 "
            f"User unknown\n" + closing)
    assert noted(decode(text))


def test_a_notice_naming_a_thousand_recipients() -> None:
    notice = "\n\n".join(f"<user{i}@example.net>: host mx.example.net said: 550 5.1.1 User "
                         f"unknown" for i in range(1000))
    for text in (notice, HEADERS + "Content-Type: text/plain\n\n" + notice + "\n"):
        report = decode(text)
        assert len(report.recipients) == MAX_RECIPIENTS
        assert noted(report)
