"""The window opens no network connection either: pasting a bounce full of remote links and
images, rendering its explanation and copying the advice never touch the network. Links are
opened only when the user clicks them, through the browser seam."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.test_no_network import HTML_BOUNCE


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(name: str):
        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            attempts.append(name)
            raise OSError(f"network use in the window: {name}")
        return call

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(urllib.request, "urlopen", refuse("urlopen"))
    return attempts


def test_window_renders_an_html_bounce_offline(window, world, wait_report, no_network) -> None:
    window.load_text(HTML_BOUNCE)
    wait_report(window)
    result = window.results.result
    assert result is not None and result.report.recipients
    window.actions_.copy_advice.trigger()
    assert "bob@example.net" in world.clipboard
    assert world.opened_urls == []  # nothing opened without a click
    assert no_network == []
