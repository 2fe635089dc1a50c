"""Places in conflict news (round 40, places): big townships, slums and communes that GeoNames files as sections
of a city (left out of the packaged cities files) are curated places; a road stretch running from a town to a
frontier ("the road linking Sikasso to the border with Burkina Faso") is placed at the town, not in the country
across the border. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from composed import km_from, main_place
from wirecoder.geo.gazetteer import load_gazetteer
from wirecoder.geo.roads import road_anchor


@pytest.mark.parametrize(
    ("text", "country", "lat", "lon"),
    [
        (
            "Gunmen shot dead three men outside a shebeen in Umlazi (KwaZulu-Natal) on Friday, police said.",
            "ZAF",
            -29.97,
            30.88,
        ),
        ("Armed gangs burned dozens of homes in Cite Soleil on Monday, residents said.", "HTI", 18.58, -72.33),
        (
            "Police shot dead two suspected robbers in Kibera on Saturday night, a rights group said.",
            "KEN",
            -1.31,
            36.78,
        ),
        ("Unknown attackers killed a shopkeeper in Orangi Town on Tuesday, police said.", "PAK", 24.95, 66.99),
    ],
)
def test_a_big_township_is_placed_at_itself(short: Any, text: str, country: str, lat: float, lon: float) -> None:
    loc = main_place(short, text)
    assert loc.get("country") == country
    assert loc.get("precision") == "place" and loc.get("admin1")
    assert km_from(loc, lat, lon) < 10


def test_a_township_keeps_its_province_and_city_names() -> None:
    gaz = load_gazetteer()
    umlazi = gaz.lookup("Umlazi")
    assert umlazi is not None and umlazi.location()["admin1"] == "Kwazulu-Natal"
    # the city itself is still the city, not one of its sections
    durban = gaz.lookup("Durban")
    assert durban is not None and durban.name == "Durban"
    nairobi = gaz.lookup("Nairobi")
    assert nairobi is not None and nairobi.name == "Nairobi"


def test_a_road_from_a_town_to_a_frontier_is_placed_at_the_town(short: Any) -> None:
    loc = main_place(
        short, "Jihadists torched four lorries on the road linking Koutiala to the border with Burkina Faso."
    )
    assert loc.get("country") == "MLI" and loc.get("name") == "Koutiala"


def test_a_road_towards_a_named_frontier_gives_the_town() -> None:
    gaz = load_gazetteer()
    text = "Rebels ambushed a convoy on the route from Kidal towards the Algerian border on Monday."
    found = road_anchor(text, 0, len(text), gaz, {})
    assert found is not None and found[1] == "Kidal"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers clashed with smugglers on the road to the border with Niger on Monday.",  # no town on the stretch
        "Troops reinforced the border with Burkina Faso on Monday.",  # no road at all
    ],
)
def test_a_frontier_without_a_town_gives_no_road_anchor(text: str) -> None:
    gaz = load_gazetteer()
    assert road_anchor(text, 0, len(text), gaz, {}) is None


def test_a_road_between_two_towns_still_gives_the_first(short: Any) -> None:
    loc = main_place(short, "Gunmen ambushed a bus on the road linking Koutiala to Sikasso, killing four passengers.")
    assert loc.get("name") == "Koutiala"
