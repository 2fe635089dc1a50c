"""First-order divisions by their English GeoNames names (round 35, adm1): every GeoNames admin1 of
data/places/admin1_names.csv is a province of the gazetteer under its English name where no curated or ISO
3166-2 province of its country already answers to it ("West Java" where ISO says "Jawa Barat", "Bali" where ISO
makes Indonesia's provinces children of its islands, "Sicily" for "Sicilia"), at the population-weighted centroid of
its towns. A bare name that is also a big town of the country stays the town; a name of ordinary words ("North")
is no place. Sentences written for these tests."""

from __future__ import annotations

import math
from typing import Any

import pytest

from wirecoder.article import Article
from wirecoder.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


@pytest.fixture(scope="module")
def place(short):
    def run(text: str) -> dict[str, Any]:
        events = short(Article(raw=text, source="test", published="2026-11-20")).events
        located = [e for e in events if e.location and not e.background]
        return located[0].location if located else {}

    return run


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


# ------------------------------------------------------------------ English names of first-order divisions
@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("West Java", "IDN", -6.9, 107.6),  # ISO 3166-2: Jawa Barat; Bandung at -6.9, 107.6
        ("Central Java", "IDN", -7.1, 110.3),  # Jawa Tengah; between Semarang and Surakarta
        ("Sicily", "ITA", 37.6, 14.1),  # Sicilia
        ("Lombardy", "ITA", 45.6, 9.5),  # Lombardia; Milan at 45.46, 9.19
        ("Catalonia", "ESP", 41.5, 2.0),  # Catalunya; Barcelona at 41.39, 2.16
        ("Tuscany", "ITA", 43.6, 11.0),  # Toscana; Florence at 43.77, 11.25
    ],
)
def test_english_name_is_the_province(gazetteer, name, country, lat, lon):
    found = gazetteer.lookup(name, {country: 1.0})
    assert found is not None and found.country == country and found.precision == "province"
    assert found.admin1 and found.population > 1_000_000 and _km(found.lat, found.lon, lat, lon) < 80


def test_bali_has_an_indonesian_province(gazetteer):
    provinces = [p for p in gazetteer.candidates("Bali") if p.country == "IDN" and p.precision == "province"]
    assert provinces and _km(provinces[0].lat, provinces[0].lon, -8.5, 115.2) < 40  # Bali island's middle
    found = gazetteer.lookup("Bali", {"IDN": 1.0})
    assert found is not None and found.country == "IDN"  # the story's province beats the Indian town


def test_one_row_where_iso_already_gives_the_english_name(gazetteer):
    """Andalusia (pycountry already names it so) and Oromia (curated) are not made twice."""
    assert len([p for p in gazetteer.candidates("Andalusia") if p.country == "ESP" and p.precision == "province"]) == 1
    oromia = gazetteer.lookup("Oromia", {"ETH": 1.0})
    assert oromia is not None and oromia.source == "alias"  # the curated row wins


def test_province_in_a_sentence(place):
    loc = place("Villagers clashed with quarry guards in West Java province on Friday, leaving four people injured.")
    assert loc.get("country") == "IDN" and loc.get("precision") == "province"
    assert _km(loc["lat"], loc["lon"], -6.9, 107.6) < 80


def test_region_with_context_in_a_sentence(place):
    loc = place("Italian farmers blocked motorways across Sicily on Monday in protest at fuel prices.")
    assert loc.get("country") == "ITA" and _km(loc["lat"], loc["lon"], 37.6, 14.1) < 80


def test_indonesian_bali_in_a_sentence(place):
    loc = place("Indonesian police broke up a rally in Bali against a new tourist tax on Tuesday.")
    assert loc.get("country") == "IDN" and _km(loc["lat"], loc["lon"], -8.5, 115.2) < 50


# ------------------------------------------------------------------ the town, and no place
@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [("Jakarta", -6.2, 106.85), ("Bengkulu", -3.8, 102.27), ("Kirkuk", 35.47, 44.39)],
)
def test_big_town_sharing_a_province_name_stays_the_town(gazetteer, name, lat, lon):
    found = gazetteer.lookup(name)
    assert found is not None and found.precision == "place" and _km(found.lat, found.lon, lat, lon) < 15


def test_capital_province_is_within_reach_of_its_capital(gazetteer):
    """ "Jambi" (province and its capital, Jambi City): either reading lies within 50 km of the city."""
    found = gazetteer.lookup("Jambi", {"IDN": 1.0})
    assert found is not None and found.country == "IDN" and _km(found.lat, found.lon, -1.6, 103.62) < 50


@pytest.mark.parametrize("word", ["North", "Centre", "Central", "Western"])
def test_generic_word_is_no_province(gazetteer, word):
    assert not [p for p in gazetteer.candidates(word) if p.precision == "province"]


def test_generic_division_with_its_unit_word(gazetteer):
    found = gazetteer.lookup("Centre region", {"FRA": 1.0})
    assert found is not None and found.country == "FRA" and found.precision == "province"
