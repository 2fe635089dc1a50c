"""Incident notes from Afghanistan and Pakistan: places written "X area of Y district (Province)", Persian-joint
names, verbs the small parser misreads, conjoined violent verbs and the ACLED typing of posts and old ordnance.
Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _events(short, text: str) -> list:
    return short(Article(raw=text, source="test", published="2025-04-30")).events


def _main(short, text: str):
    typed = [e for e in _events(short, text) if (e.acled or {}).get("event_type") and not e.background]
    assert typed, text
    return typed[0]


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        # the area is unknown and shares its name with a town abroad: the province bounds it
        (
            "On 2 April 2025, Taliban forces clashed with NRF fighters in Dara area of Rokha district (Panjshir).",
            "AFG",
            "Panjshir",
        ),
        (
            "On 3 April 2025, gunmen opened fire on a van in Bagan area of Lower Kurram district (Khyber Pakhtunkhwa).",
            "PAK",
            "Khyber Pakhtunkhwa",
        ),
        # a comma instead of the bracket
        (
            "On 4 April 2025, police clashed with robbers in Spinwam area of North Waziristan district, Khyber Pakhtunkhwa.",
            "PAK",
            "Khyber Pakhtunkhwa",
        ),
        # a hyphenated Persian name is one place, not a namesake of its first part
        (
            "On 5 April 2025, a bomb exploded near a bakery in Mazar-i-Sharif city (Balkh), killing two people.",
            "AFG",
            "Balkh",
        ),
        # a tehsil's two-word name before its unit
        (
            "On 6 April 2025, gunmen shot dead a teacher on his way to school in Takht Bhai tehsil of Mardan district (Khyber Pakhtunkhwa).",
            "PAK",
            "Khyber Pakhtunkhwa",
        ),
    ],
)
def test_places_inside_the_written_areas(short, text, country, admin1):
    loc = _main(short, text).location or {}
    assert (loc.get("country"), loc.get("admin1")) == (country, admin1), loc


def test_a_compass_district_is_its_city(short):
    loc = _main(
        short, "On 7 April 2025, two gangs exchanged fire in Baldia area of Karachi West district (Sindh)."
    ).location
    assert loc is not None and loc["name"] == "Karachi", loc


@pytest.mark.parametrize(
    "text",
    [
        "On 8 April 2025, an explosive device detonated near a girls' school in Khost city (Khost), wounding three pupils.",
        "On 9 April 2025, gunmen riding a motorcycle shot dead a property dealer in Chaman (Balochistan).",
        "On 9 April 2025, two men on a motorbike shot dead a shopkeeper outside his shop in Nowshera (Khyber Pakhtunkhwa).",
    ],
)
def test_misparsed_verbs_still_give_the_attack(short, text):
    ev = _main(short, text)
    assert ev.acled["event_type"] in {"Explosions/Remote violence", "Violence against civilians"}, ev.acled


@pytest.mark.parametrize(
    "text",
    [
        "A warning shot was fired into the air as the crowd gathered outside the court in Lahore on Tuesday.",
        "The exploded view of the engine shows each part of the machine, the company said in a brochure.",
    ],
)
def test_nouns_stay_nouns(short, text):
    assert not [e for e in _events(short, text) if (e.acled or {}).get("event_type") and not e.background]


def test_shot_and_killed_is_one_attack_on_a_former_soldier(short):
    events = _events(
        short, "On 10 April 2025, unknown gunmen shot and killed a former army soldier in Kunduz city (Kunduz)."
    )
    violent = [e for e in events if (e.acled or {}).get("event_type")]
    assert len(violent) == 1, violent
    assert violent[0].acled == {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
    assert violent[0].fatalities == 1


def test_two_subjects_are_two_acts(short):
    events = _events(
        short,
        "On 11 April 2025, militants attacked a post and soldiers killed four of them in Kurram (Khyber Pakhtunkhwa).",
    )
    assert len([e for e in events if (e.acled or {}).get("event_type")]) == 2


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 12 April 2025, militants attacked a police checkpoint in Zhob district (Balochistan) with rockets and small arms.",
            "Armed clash",
        ),
        (
            "On 12 April 2025, militants fired rockets at a Levies check post in Zhob district (Balochistan).",
            "Shelling/artillery/missile attack",
        ),
        (
            "On 13 April 2025, an unexploded mortar shell went off while boys were collecting scrap in Nad-e-Ali district (Helmand).",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 14 April 2025, gunmen opened fire on a wedding party in Dera Bugti (Balochistan), killing two guests.",
            "Attack",
        ),
    ],
)
def test_acled_sub_types(short, text, sub):
    assert _main(short, text).acled["sub_event_type"] == sub
