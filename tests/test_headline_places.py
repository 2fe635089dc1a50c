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


@pytest.mark.parametrize(
    "headline",
    [
        "Two killed in Indian shelling",
        "Farmer killed in Azerbaijani shelling",
        "Three villagers killed in Thai artillery fire",
        "Soldier killed in Eritrean firing along border",
    ],
)
def test_fire_told_by_its_demonym_is_not_placed_in_the_attackers_country(short, headline: str) -> None:
    # the demonym marks the fire as the other side's: where it fell is not said, so no country at all
    main = _main(short, headline)
    assert main is not None
    assert (main.location or {}).get("country") is None


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Nigerian troops kill 20 bandits", "NGA"),  # a national force acting at home
        ("Pakistani forces kill five militants", "PAK"),
        ("Two killed in Israeli shelling, Lebanese officials say", "LBN"),  # the story's other country
        ("Russian shelling kills three in Kharkiv", "UKR"),  # a named place wins
    ],
)
def test_a_national_force_or_a_named_side_still_places_the_event(short, headline: str, country: str) -> None:
    main = _main(short, headline)
    assert main is not None and (main.location or {}).get("country") == country


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("2 Armenians killed in border fire exchange with Azerbaijan", "ARM"),
        ("Three Cambodian villagers killed in a gunfight with Thailand", "KHM"),
    ],
)
def test_the_foe_after_with_is_not_the_place(short, headline: str, country: str) -> None:
    main = _main(short, headline)
    assert main is not None and (main.location or {}).get("country") == country
