"""Provider detection: the markers that occur, in order of first appearance."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from smtphelper.core.providers import _markers, _owners, detect_providers


def detect_with_every_marker(lowered: str) -> list[str]:
    """The plain way: one alternation of every marker, longest first."""
    owner = _owners()
    pattern = re.compile("|".join(re.escape(m) for m in sorted(owner, key=len, reverse=True)))
    found: list[str] = []
    for match in pattern.finditer(lowered):
        if owner[match.group(0)] not in found:
            found.append(owner[match.group(0)])
    return found


def test_a_notice_names_its_providers_in_order() -> None:
    text = ("550 5.7.1 rejected by mx.seznam.cz; see https://support.google.com gsmtp;"
            " outlook.com").lower()
    assert detect_providers(text) == detect_with_every_marker(text)
    assert detect_providers("no provider here") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_markers()), st.text(alphabet="ab.@ -", max_size=4)),
                max_size=12))
def test_the_same_providers_as_an_alternation_of_every_marker(pieces: list[str]) -> None:
    # Markers glued to each other and to other text: overlaps and longer markers that
    # contain shorter ones are decided as one alternation of every marker decides them.
    text = "".join(pieces)
    assert detect_providers(text) == detect_with_every_marker(text)
