"""Victims, not places, as the targets of violence: people no actor stands for become civilians of the
place's country; a place that only says where is no target; a place acted on stands for its state (CAMEO's
city-as-country). Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

_code = coder_on("2025-03-04", source="t")


def _harm(events: list[Event]) -> list[Event]:
    return [e for e in events if e.cameo["root"] in {"17", "18", "19", "20"}]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Unknown assailants shot dead four barbers at a bazaar in Mardan on Sunday.", "PAK"),
        ("Gunmen killed six worshippers at a mosque in Zaria on Friday.", "NGA"),
        ("Masked men stabbed two shopkeepers in a market in Mombasa.", "KEN"),
        ("Bandits abducted eleven passengers on a highway near Kaduna.", "NGA"),
    ],
)
def test_people_no_actor_stands_for_are_civilians_of_the_place(short, text: str, country: str) -> None:
    events = _harm(_code(short, text))
    assert events, text
    target = events[0].target
    assert target is not None and target.text and target.country == country and target.sector == "CVL", target
    assert target.country_basis == "place"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen shot dead three tailors in a market in Lahore on Monday.", "Lahore"),
        ("Attackers killed five herders near a village in Plateau State.", "Plateau"),
        ("Unidentified men shot two tailors outside a shop in Kandahar.", "Kandahar"),
    ],
)
def test_a_place_that_says_where_is_no_target(short, text: str, place: str) -> None:
    events = _harm(_code(short, text))
    assert events, text
    assert all(e.target is None or place not in e.target.text for e in events), [e.target for e in events]


def test_a_protest_blocking_a_road_targets_the_places_state(short) -> None:
    """CAMEO's reading: a protest no one else is acted on targets the state of the place it is held in."""
    text = "Hundreds of farmers blocked a highway in Multan on Wednesday."
    events = [e for e in _code(short, text) if e.cameo["root"] == "14"]
    assert events and all(e.target is None or e.target.country == "PAK" for e in events), [e.target for e in events]


def test_others_point_back_and_are_no_victims_of_their_own(short) -> None:
    events = _harm(_code(short, "A blast near Tikrit killed a shepherd and wounded three others on Sunday."))
    assert all(e.target is None or "others" not in e.target.text for e in events), [e.target for e in events]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Russian forces shelled Kharkiv overnight.", "UKR"),
        ("Militants fired rockets into Israel on Tuesday.", "ISR"),
    ],
)
def test_a_place_acted_on_stands_for_its_state(short, text: str, country: str) -> None:
    events = _harm(_code(short, text))
    assert events and events[0].target is not None and events[0].target.country == country, [e.target for e in events]


def test_a_known_group_noun_keeps_its_actor(short) -> None:
    events = _harm(_code(short, "Insurgents killed three soldiers near Kunduz on Monday."))
    assert events and events[0].target is not None and events[0].target.sector == "MIL", [e.target for e in events]


def test_victims_that_fought_are_not_civilians(short) -> None:
    events = _harm(_code(short, "Troops shot dead two smugglers near the border in Chaman."))
    for e in events:
        assert e.target is None or e.target.sector != "CVL", e.target


def test_no_place_country_gives_a_text_target_without_a_country(short) -> None:
    events = _harm(_code(short, "Gunmen shot dead two tailors."))
    for e in events:
        assert e.target is None or e.target.country is None, e.target


def test_things_are_not_victims(short) -> None:
    events = _harm(_code(short, "Rioters torched four tractors in a village in Sindh."))
    for e in events:
        assert e.target is None or e.target.sector != "CVL", e.target


def test_a_story_placed_source_lends_its_country_to_the_victims(short) -> None:
    text = (
        "Nigeria's government has promised more security for northern markets. "
        "Gunmen shot dead two tailors on Monday, residents said."
    )
    events = [e for e in _harm(_code(short, text)) if e.sentence_index == 1]
    assert events and events[0].target is not None, events
    assert (events[0].target.text, events[0].target.country) == ("two tailors", "NGA"), events[0].target
    assert events[0].target.country_basis != "stated"


def test_a_stated_source_country_is_not_the_victims(short) -> None:
    events = _harm(_code(short, "Indian troops shot dead three porters on Sunday."))
    assert events, "no event"
    assert all(e.target is None or e.target.country != "IND" for e in events), [e.target for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels shot down a helicopter near Goma on Monday.",
        "Pirates hijacked an oil tanker near Mogadishu on Sunday.",
    ],
)
def test_things_with_a_person_ending_are_no_civilians(short, text: str) -> None:
    for e in _harm(_code(short, text)):
        assert e.target is None or e.target.sector != "CVL", e.target
