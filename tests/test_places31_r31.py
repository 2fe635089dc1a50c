"""Places in conflict news (round 31, places31): the place an attack noun struck ("a raid on Jenin") and the
phrases of an attack noun that is the verb's subject ("An air strike on a car in Tyre killed two"); districts
named by their seat and a compass word ("Yirol West county"), read at the seat; an area named through "of"
by its unit noun ("the northern state of Zacatecas" is the state, not its capital); curated South Sudanese
county seats and an Ethiopian spelling the GeoNames extract lacks. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from composed import km_from
from wirecoder.article import Article
from wirecoder.geo.compass_units import compass_stem
from wirecoder.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def place(short):
    def run(text: str) -> dict[str, Any]:
        events = short(Article(raw=text, source="test", published="2026-11-20")).events
        located = [e for e in events if e.location and not e.background]
        return located[0].location if located else {}

    return run


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# ------------------------------------------------------------------ the place an attack noun struck
def test_raid_on_town_is_the_place(place):
    loc = place(
        "Two young men were shot dead during an Israeli army raid on Nablus in the occupied West Bank on Monday."
    )
    assert loc.get("country") == "PSE" and loc.get("precision") == "place" and km_from(loc, 32.22, 35.26) < 20


def test_subject_strike_places_its_verb(place):
    loc = place("An Israeli drone strike on a motorcycle in Bint Jbeil, in south Lebanon, killed one man on Friday.")
    assert loc.get("country") == "LBN" and loc.get("precision") == "place" and km_from(loc, 33.12, 35.43) < 20


def test_strikes_on_a_group_name_are_no_place(place):
    loc = place("Israeli strikes on Hamas positions killed 12 fighters in Khan Younis on Sunday, the army said.")
    assert loc.get("country") == "PSE" and km_from(loc, 31.34, 34.30) < 20


def test_attack_on_a_common_noun_keeps_the_town(place):
    loc = place("An attack on a military convoy near Gao killed three soldiers on Thursday, the army said.")
    assert loc.get("country") == "MLI" and km_from(loc, 16.27, -0.04) < 30


# ------------------------------------------------------------------ compass-named districts
@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Yirol West county", "Yirol"),
        ("Tonj North", "Tonj"),
        ("Rumbek East County", "Rumbek"),
        ("West Bank", None),
        ("North Kivu", None),
        ("Kisumu east", None),
        ("Upper Nile", None),
        ("the Bor South county", None),
    ],
)
def test_compass_stem(text, stem):
    assert compass_stem(text) == stem


def test_compass_district_read_at_its_seat(gazetteer):
    found = gazetteer.lookup("Rumbek East county", {"SSD": 1.0})
    assert found is not None and found.country == "SSD" and found.precision == "district"
    assert found.name == "Rumbek East county"


def test_compass_district_of_a_city_is_the_city(gazetteer):
    found = gazetteer.lookup("Kisumu East", {"KEN": 1.0})
    assert found is not None and found.name == "Kisumu" and found.precision == "place"


def test_compass_never_widens_to_a_region(gazetteer):
    assert gazetteer.lookup("Darfur West") is None  # Darfur is a region: no seat to read it at
    assert gazetteer.lookup("Zorblatville North county") is None  # no such seat
    bank = gazetteer.lookup("West Bank")
    assert bank is not None and bank.country == "PSE"  # a name of its own is untouched


def test_compass_county_in_a_sentence(place):
    loc = place("Gunmen killed six people in Yirol East county of Lakes state on Tuesday, a local official said.")
    assert loc.get("country") == "SSD" and loc.get("precision") == "district" and km_from(loc, 6.56, 30.50) < 50


# ------------------------------------------------------------------ "the state of X" is the state
def test_state_of_name_is_the_state(place):
    loc = place(
        "Armed men killed five people at a cockfight in the northern state of Zacatecas on Friday, officials said."
    )
    assert loc.get("country") == "MEX" and loc.get("precision") == "province" and loc.get("admin1") == "Zacatecas"


def test_town_before_state_of_name_stays_the_town(place):
    loc = place("Gunmen shot dead two police officers in Fresnillo, in the northern state of Zacatecas, on Friday.")
    assert loc.get("precision") == "place" and km_from(loc, 23.17, -102.87) < 20


def test_city_of_name_stays_the_city(place):
    loc = place("Gunmen shot dead two police officers in the city of Zacatecas on Friday, officials said.")
    assert loc.get("precision") == "place" and km_from(loc, 22.77, -102.58) < 20


def test_named_district_of_province_is_not_the_province(place):
    loc = place("A roadside bomb killed three Taliban fighters in Sangin district of Helmand on Monday.")
    assert loc.get("country") == "AFG" and loc.get("precision") != "province" and km_from(loc, 32.07, 64.84) < 20


# ------------------------------------------------------------------ curated small towns
@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [("Ulang", "SSD", 8.63, 32.85), ("Pibor", "SSD", 6.80, 33.13), ("Gerba Guracha", "ETH", 9.80, 38.40)],
)
def test_curated_towns(gazetteer, name, country, lat, lon):
    found = gazetteer.lookup(name, {country: 1.0})
    assert found is not None and found.country == country and abs(found.lat - lat) < 0.1 and abs(found.lon - lon) < 0.1


def test_small_town_found_in_a_sentence(place):
    loc = place("Unknown gunmen killed a chief and his two sons near Akobo in Jonglei state on Saturday.")
    assert loc.get("country") == "SSD" and km_from(loc, 7.78, 33.00) < 30
