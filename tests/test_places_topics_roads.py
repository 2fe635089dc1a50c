"""Where an event happened when its sentence also names a place it is about or a road it was on: a
protest's grievance ("against the offensive in X") is not where it was held, a stretch of road between
two towns is placed at the first, a province after a comma picks the town's namesake inside it, and
GeoNames' Bangladeshi unit suffixes ("Model Thana") do not hide a town's name. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article
from wirecoder.geo.names import index_keys


@pytest.fixture(scope="module")
def where(pipeline):
    def run(text: str) -> dict | None:
        article = pipeline(Article(raw=text, source="test", id="t", published="2024-09-10"))
        if not article.events:
            return None
        main = max(article.events, key=lambda e: e.confidence)
        return main.location or {}

    return run


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Several thousand people marched through Madrid on Sunday to protest against the bombing of Gaza.",
            "Madrid",
            "ESP",
        ),
        ("Villagers of Rutshuru protested against the killing of four farmers in Masisi.", "Rutshuru", "COD"),
        ("Teachers demonstrated in Lusaka after a colleague was beaten by police in Ndola.", "Lusaka", "ZMB"),
    ],
)
def test_protest_grievance_place_is_not_where_it_was_held(where, text, name, country):
    loc = where(text)
    assert loc is not None and loc.get("name") == name and loc.get("country") == country


def test_protest_with_no_other_place_keeps_the_one_it_has(where):
    loc = where("Students in Accra rallied on Friday.")
    assert loc is not None and loc.get("name") == "Accra"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An explosive device hit an army truck on the road between Mopti and Sevare on Friday, killing three soldiers.",
            "Mopti",
        ),
        ("Bandits abducted 15 passengers on the highway linking Katsina and Kano late on Saturday.", "Katsina"),
    ],
)
def test_road_between_two_towns_is_placed_at_the_first(where, text, name):
    loc = where(text)
    assert loc is not None and loc.get("name") == name


def test_province_after_a_comma_picks_the_namesake_inside_it(where):
    loc = where("Police shot dead three suspected robbers in San Pedro, Laguna, on Wednesday.")
    assert loc is not None and loc.get("country") == "PHL" and loc.get("admin1") != "Metro Manila"


def test_a_list_of_towns_is_no_container(where):
    loc = where("Militants attacked police posts in Kabul, Kandahar and Herat on Monday.")
    assert loc is not None and loc.get("name") == "Kabul"


def test_unit_suffix_of_a_town_name_is_dropped_for_its_key():
    keys = [k for k, _ in index_keys("Pallabi Model Thana")]
    assert "pallabi" in keys
    assert [k for k, _ in index_keys("Mexico City")] == ["mexicocity"]


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        (
            "Gunmen burned the gendarmerie post of a village in Cameroon's Far North region on Tuesday.",
            "Far North",
            "CMR",
        ),
        (
            "Soldiers killed nine civilians in Solenzo, a town in Burkina Faso's Boucle du Mouhoun region.",
            "Boucle du Mouhoun",
            "BFA",
        ),
    ],
)
def test_area_named_through_its_country_is_finer_than_the_country(where, text, admin1, country):
    loc = where(text)
    assert loc is not None and loc.get("country") == country and loc.get("admin1") == admin1


def test_a_part_of_a_country_with_no_name_of_its_own_stays_the_country(where):
    loc = where("Troops fought insurgents in Nigeria's northeast on Sunday.")
    assert loc is not None and loc.get("country") == "NGA" and loc.get("precision") == "country"
