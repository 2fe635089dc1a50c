"""Places in incident reports (round 29, places3): an area told as a second "in" phrase after the town
("in Zamora, in Mexico's western Michoacan state") picks the town's namesake inside it; "Country's northern
X city" is the town X; a bare "between A and B" of a violent act, both towns of one country, is the first
town (as "the road between A and B"); curated names ("Rio", Rio's favelas, Noakhali district with
coordinates). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from wirecoder.article import Article
from wirecoder.geo.gazetteer import load_gazetteer
from wirecoder.geo.in_containers import in_container

_AREA_UNITS = ("state", "province", "region", "district")


@pytest.fixture(scope="module")
def place(short):
    def run(text: str) -> dict[str, Any]:
        events = short(Article(raw=text, source="test", published="2026-11-01")).events
        located = [e for e in events if e.location and not e.background]
        return located[0].location if located else {}

    return run


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# ------------------------------------------------------------------ a second "in" phrase as the container
def test_in_container_with_possessive_country(gazetteer):
    text = "in Zamora, in Mexico's western Michoacan state, on Tuesday"
    area = in_container(text, text.index(","), gazetteer, _AREA_UNITS)
    assert area is not None and area.country == "MEX" and area.admin1 == "Michoacan"


def test_in_container_unit_first(gazetteer):
    text = "in Zamora, in the western state of Michoacan, on Tuesday"
    area = in_container(text, text.index(","), gazetteer, _AREA_UNITS)
    assert area is not None and area.admin1 == "Michoacan"


def test_in_container_needs_a_unit_word(gazetteer):
    text = "in Kandahar, in Kabul and in Herat"  # a list of towns, no unit word
    assert in_container(text, text.index(","), gazetteer, _AREA_UNITS) is None


def test_in_container_owner_must_be_a_country(gazetteer):
    text = "in Zamora, in Ali's home Michoacan district"
    assert in_container(text, text.index(","), gazetteer, _AREA_UNITS) is None


def test_town_inside_second_in_phrase(place):
    loc = place(
        "Masked gunmen shot dead two municipal officials in Zamora, in Mexico's western Michoacan state, on Sunday."
    )
    assert loc["country"] == "MEX" and loc["admin1"] == "Michoacan"


def test_town_inside_state_of_phrase(place):
    loc = place("Masked gunmen shot dead two municipal officials in Zamora, in the western state of Michoacan.")
    assert loc["country"] == "MEX" and loc["admin1"] == "Michoacan"


def test_bare_comma_container_unchanged(place):
    loc = place("Masked gunmen shot dead two municipal officials in Zamora, Michoacan state, on Sunday.")
    assert loc["admin1"] == "Michoacan"


# ------------------------------------------------------------------ "Country's northern X city"
def test_country_possessive_city_is_the_town(place):
    loc = place("A car bomb exploded near a bank in Afghanistan's northern Kunduz city, killing three people.")
    assert loc["name"] == "Kunduz" and loc["precision"] == "place"


def test_country_possessive_city_without_name(place):
    loc = place("Protesters clashed with riot police in Pakistan's largest city on Friday.")
    assert loc["country"] == "PAK" and loc["precision"] == "country"  # no name: the country stays


def test_country_possessive_province_unchanged(place):
    loc = place("A car bomb exploded near a bank in Afghanistan's northern Kunduz province, killing three people.")
    assert loc["precision"] == "province" and loc["admin1"] == "Kunduz"


# ------------------------------------------------------------------ bare "between A and B"
def test_bare_between_two_towns_is_the_first(place):
    loc = place("Insurgents killed eight traders between Damboa and Biu in northeastern Nigeria on Monday.")
    assert loc["name"] == "Damboa"


def test_bare_between_second_named_town_gives_way(place):
    loc = place("Gunmen ambushed a bus between Douentza and Boni in central Mali, killing five passengers.")
    assert loc["name"] == "Douentza"


def test_bare_between_countries_names_sides(place):
    loc = place("Troops clashed on the frontier between Armenia and Azerbaijan, killing two soldiers.")
    assert loc.get("precision") != "place"


def test_bare_between_capitals_of_two_countries_is_no_place(place):
    loc = place("The ministers held talks between Kabul and Islamabad on Monday.")
    assert loc.get("name") not in {"Kabul", "Islamabad"}


# ------------------------------------------------------------------ curated names
def test_rio_is_rio_de_janeiro(gazetteer):
    assert gazetteer.lookup("Rio", {}).country == "BRA"
    assert gazetteer.lookup("Rio", {"GRC": 3.0}).country == "GRC"  # a Greek story keeps its own Rio


def test_favela_complex_in_rio(place):
    loc = place("Police killed four suspected traffickers during a raid in the Complexo do Alemao on Thursday.")
    assert loc["country"] == "BRA" and loc["admin1"] == "Rio de Janeiro"


def test_noakhali_district_has_coordinates(gazetteer):
    district = gazetteer.lookup("Noakhali district", {})
    assert district is not None and district.lat is not None and district.country == "BGD"


def test_country_possessive_city_by_other_spelling(place):
    loc = place("A missile hit a hospital in Ukraine's southeastern Zaporizhzhia city, wounding six people.")
    assert loc["country"] == "UKR" and loc["precision"] == "place"


def test_country_possessive_city_never_abroad(place):
    loc = place("Two men were stabbed in a market in Kenya's coastal Lagos city on Friday.")
    assert loc.get("country") != "NGA"
