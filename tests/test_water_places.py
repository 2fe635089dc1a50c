"""A country's name inside a sea's name names no country (actors/passes/longer_names.py, lexicon
water_bodies): the sea is the place, and the story's actors pick its coast. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _places(short, text: str) -> list[tuple[str, str]]:
    events = short(Article(raw=text, source="t", published="2026-03-10")).events
    return [(e.location or {}).get("name") for e in events]


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        (
            "Chinese coast guard ships fired water cannon at a Philippine supply boat in the South China Sea on Sunday.",
            "South China Sea",
        ),
        ("Iranian commandos seized an oil tanker in the Gulf of Oman on Sunday.", "Gulf of Oman"),
        ("North Korea fired two ballistic missiles into the Sea of Japan on Sunday.", "Sea of Japan"),
    ],
)
def test_a_sea_named_for_a_country_is_the_place(short, text, sea):
    assert sea in _places(short, text)


def test_the_country_of_a_sea_name_is_not_the_place(short):
    text = "Chinese coast guard ships fired water cannon at a Philippine supply boat in the South China Sea on Sunday."
    assert "China" not in _places(short, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a valley or a district named with its town stays that place
        ("Pakistani troops killed five militants in the Swat Valley on Sunday.", "Swat"),
        # a sea word that is no part of the place's entity changes nothing
        ("Gunmen attacked a police station in Gwadar on the Arabian Sea coast on Sunday.", "Gwadar"),
    ],
)
def test_places_beside_sea_words_are_kept(short, text, place):
    assert place in _places(short, text)
