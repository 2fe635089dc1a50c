"""Places in incident reports (round 41, places2): a town the tagger leaves untagged as the object of an attack
verb, or as the owner of the part of it that was struck, is the event's place ("Insurgents raided Damboa",
"shelled the airport of Timbuktu"); a person's name in that role, or a town as the object of a verb whose object
is a person first ("detained Musa Bida"), is not. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from composed import km_from, main_place


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        ("Armed men stormed Dori at dawn and set fire to the town hall.", "BFA", 14.03, -0.03),
        ("Rebels overran Bangassou's outskirts on Saturday, residents said.", "CAF", 4.74, 22.82),
        ("Gunmen raided the main market of Diffa on Sunday, stealing cattle.", "NER", 13.32, 12.61),
        ("ISWAP fighters besieged Damboa for three days before troops arrived.", "NGA", 11.15, 12.76),
    ],
)
def test_struck_town_is_the_place(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country, loc
    assert loc.get("lat") is not None and km_from(loc, lat, lon) <= 50, loc


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        # "Bida" is a Nigerian town, but the object of "detained" is a man; the place is Kano
        ("Police in Kano detained Musa Bida, a trader, over the riot on Friday.", "NGA", 12.00, 8.52),
        # a man's full name is no town whole, though its last word is one
        ("Gunmen attacked Ali Dori, a village chief, in Kaya on Monday.", "BFA", 13.09, -1.08),
    ],
)
def test_person_named_like_a_town_is_no_place(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country, loc
    assert loc.get("lat") is not None and km_from(loc, lat, lon) <= 50, loc


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        (
            "Rival militias fought in hamlets around Kalemie in Tanganyika province on Sunday, leaving four dead.",
            "COD",
            -5.95,
            29.19,
        ),
        ("Insurgents burned houses in villages near Mueda in Cabo Delgado province overnight.", "MOZ", -11.66, 39.56),
    ],
)
def test_town_before_its_province_is_the_place(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country, loc
    assert loc.get("lat") is not None and km_from(loc, lat, lon) <= 50, loc


def test_man_named_like_a_town_in_its_province_is_no_place(short: Any) -> None:
    # Bida is a town of Niger State, but "Musa Bida" is a man: the place is the state, not the town
    loc = main_place(short, "Police arrested Musa Bida in Niger State on Friday over the killing of a farmer.")
    assert loc.get("name") != "Bida", loc


@pytest.mark.parametrize(
    "text",
    [
        "Police evicted landless families in Paraguay's Chaco region on Monday.",
        "Cattle thieves killed two herders in Paraguay's remote Chaco on Saturday.",
    ],
)
def test_possessive_country_wins_over_namesake_abroad(short: Any, text: str) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == "PRY", loc


def test_possessive_country_keeps_its_own_area(short: Any) -> None:
    # the Chaco province of Argentina, named through Argentina, stays Argentina's
    loc = main_place(short, "Police evicted landless families in Argentina's Chaco province on Monday.")
    assert loc.get("country") == "ARG", loc
    assert loc.get("precision") == "province", loc
