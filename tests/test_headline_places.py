"""Where a headline's event happened when it names no place: the one country of the people it names, and
police as the side at home. Every headline here was written for this test."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.coding.main_event import main_event

pytestmark = pytest.mark.slow


def _main(short, text: str):
    return main_event(short(Article(raw=text, source="test", published="2024-03-02")).events)


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Infighting leaves seven Somali militants dead", "SOM"),
        ("12 Afghan insurgents killed in air strikes", "AFG"),
    ],
)
def test_people_of_one_country_place_a_headline_without_a_place(short, headline: str, country: str) -> None:
    main = _main(short, headline)
    assert main is not None and main.location is not None
    assert main.location["country"] == country
    assert main.location["from"] == "actor"  # marked as taken from an actor, not from a place


@pytest.mark.parametrize(
    "headline",
    ["Five militants killed in clash", "Two soldiers killed in ambush"],
)
def test_no_country_named_gives_no_country(short, headline: str) -> None:
    main = _main(short, headline)
    assert main is not None
    assert (main.location or {}).get("country") is None


def test_a_named_place_wins_over_the_peoples_country(short) -> None:
    main = _main(short, "Uzbek militants killed in clash in Kunduz")
    assert main is not None and (main.location or {}).get("country") == "AFG"


def test_police_act_at_home(short) -> None:
    main = _main(short, "Colombian police kill two rebels near the Venezuelan border")
    assert main is not None and (main.location or {}).get("country") == "COL"
