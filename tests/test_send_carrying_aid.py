"""Sending vehicles that carry relief gives aid (CAMEO 070); vehicles that carry weapons do not. Composed."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _types(short, text: str) -> list[str]:
    return [e.plover["type"] for e in short(Article(raw=text, source="t", published="2025-02-11")).events]


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent two aircraft carrying tents and medicine after the floods.",
        "Qatar dispatched a ship laden with food and blankets on Monday.",
    ],
)
def test_vehicles_carrying_relief_are_aid(short, text):
    assert "AID" in _types(short, text)


def test_vehicles_carrying_weapons_are_no_aid(short):
    assert "AID" not in _types(short, "Russia sent bombers carrying cruise missiles over the Baltic.")
