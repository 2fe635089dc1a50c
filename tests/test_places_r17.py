"""Places in incident reports (round 17): a township or department after a province's possessive, a town
folded into its bracket's unit noun, a bracket that names an LGA, a small town vouched for by its unit noun,
and weapons shot down over the interceptor's side. Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


@pytest.fixture(scope="module")
def code(short):
    def run(text: str) -> list[Event]:
        return short(Article(raw=text, source="test", published="2025-05-01")).events

    return run


def _place(events: list[Event]) -> dict:
    located = [e for e in events if e.location]
    assert located, events
    return located[0].location or {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Rebels overran an army camp in Sagaing's Monywa township on Friday, killing four soldiers.", "Monywa", "MMR"),
        ("Gunmen killed eight herders in Tillaberi region's Filingue department on Monday.", "Filingue", "NER"),
        (
            "On 2 May 2025, police dispersed protesters in Thomonde (Centre department), injuring two.",
            "Thomonde",
            "HTI",
        ),
        ("On 3 May 2025, bandits raided Gidan Goga (Maradun LGA, Zamfara), kidnapping six.", "Maradun", "NGA"),
        ("On 4 May 2025, rebels killed a farmer in the municipality of El Tarra, Norte de Santander.", "Tarra", "COL"),
    ],
)
def test_unit_places(code, text, name, country):
    place = _place(code(text))
    assert place["country"] == country and name in place["name"]


def test_unknown_township_keeps_its_province_not_a_namesake_abroad(code):
    place = _place(code("The army shelled villages in Magway region's Ngape township, killing three."))
    assert place["country"] == "MMR" and place["precision"] == "province"


def test_bracket_town_outside_the_lga_is_no_namesake(code):
    place = _place(code("On 5 May 2025, gunmen killed two farmers in Kaura (Maru LGA, Zamfara)."))
    assert place["admin1"] == "Zamfara"


def test_drones_shot_down_are_placed_on_the_interceptor_side(code):
    place = _place(code("Ukrainian air defences shot down 31 Russian drones overnight, the air force said."))
    assert place["country"] == "UKR"


def test_a_named_place_of_interception_still_comes_first(code):
    place = _place(code("Russia says it destroyed 12 Ukrainian drones over Kursk region overnight."))
    assert place["country"] == "RUS"


def test_bare_small_name_is_not_vouched(code):  # negative: a small name with no unit noun or area after it
    events = code("Troops killed three rebels near Tarra's farm, officials said.")
    assert all((e.location or {}).get("name") != "El Tarra" for e in events)
