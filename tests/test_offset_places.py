"""A place told as a short distance from a town ("12 km north of X") is that town when the sentence names
nothing finer than a province; a long distance is not. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _located(short, text: str) -> dict:
    events = [e for e in events_of(short, text) if (e.plover or {}).get("type") == "ASSAULT"]
    assert events, text
    return events[0].location or {}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Jihadists killed four herders in a hamlet some 12 km north of Djibo, Sahel region, on Friday.", "Djibo"),
        ("Unknown gunmen shot dead a village chief 8 miles west of Gao on Thursday.", "Gao"),
    ],
)
def test_a_short_distance_from_a_town_is_the_town(short, text, town):
    loc = _located(short, text)
    assert loc.get("name") == town and loc.get("from") == "text", loc


def test_a_long_distance_is_not_the_town(short):
    loc = _located(short, "Militants ambushed a supply convoy 140 km east of Djibo on Friday.")
    assert loc.get("name") != "Djibo", loc


def test_a_namesake_far_from_the_town_yields_to_the_town(short):
    # the village, if the gazetteer finds a namesake abroad, must lie near the town the sentence measures from
    loc = _located(short, "Soldiers shelled a camp in the village of Adana, 20 km south of Timbuktu, on Monday.")
    assert loc.get("country") == "MLI", loc
