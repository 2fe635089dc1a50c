"""Places in incident reports (round 18): a province that pycountry and GeoNames' divisions both list carries
its towns' people against a namesake abroad, a bracket's town read in the bracket's country over a bigger
namesake elsewhere, and a participle after the object ("a bus carrying traders outside X") placing the act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.geo.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def code(short):
    def run(text: str) -> list[Event]:
        return short(Article(raw=text, source="test", published="2025-09-01")).events

    return run


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _place(events: list[Event]) -> dict:
    located = [e for e in events if e.location]
    assert located, events
    return located[0].location or {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Philippine marines fought communist guerrillas in the eastern province of Samar, killing two.",
            "Samar",
            "PHL",
        ),
        ("New People's Army rebels ambushed an army truck in Samar province, killing two soldiers.", "Samar", "PHL"),
        ("On 6 May 2025, separatists abducted a teacher in Bali (Mezam, North-West).", "Bali", "CMR"),
        (
            "Militants ambushed a minibus carrying traders outside Bandiagara, in central Mali, killing nine.",
            "Bandiagara",
            "MLI",
        ),
    ],
)
def test_places_r18(code, text, name, country):
    place = _place(code(text))
    assert place["country"] == country and name in place["name"]


def test_the_ukrainian_samar_stays_in_ukraine(code):
    place = _place(code("Russian drones struck an industrial site in Samar, Dnipropetrovsk region, wounding two."))
    assert place["country"] == "UKR"


def test_a_bracket_of_its_own_country_keeps_the_namesake(code):
    place = _place(code("On 2 May 2025, gunmen killed two farmers in Bali (Taraba)."))
    assert place["country"] == "NGA"


def test_a_participle_phrase_places_the_act_not_its_cargo_origin(code):
    place = _place(code("Militants attacked a truck carrying fuel from Iran in Herat province, killing the driver."))
    assert place["country"] == "AFG" and "Herat" in place["name"]


def test_a_participle_toward_a_town_leaves_the_place_of_the_deaths(code):
    place = _place(code("Gunmen ambushed a convoy travelling to Kandahar, killing five soldiers in Zabul province."))
    assert "Zabul" in place["name"]


def test_a_unit_word_asks_for_an_area_of_either_order(gazetteer):
    place = gazetteer.lookup("Samar province", {})
    assert place is not None and (place.country, place.precision) == ("PHL", "district")


def test_a_unit_word_still_prefers_its_own_order(gazetteer):
    province = gazetteer.lookup("Helmand province", {})
    district = gazetteer.lookup("Gwoza LGA", {})
    assert province is not None and province.precision == "province"
    assert district is not None and district.precision == "district"


def test_a_bare_name_is_still_the_town(gazetteer):
    place = gazetteer.lookup("Kandahar", {})
    assert place is not None and place.precision == "place"
