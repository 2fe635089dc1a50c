"""Places of wire-style phrases (round 15): an area named after a possessive country or province with
adjectives between ("Mali's central Mopti region", "Kashmir's Kupwara district"), and a settlement or unit
noun that takes its name in an "of" phrase ("the southern Somali port city of Kismayo", "the eastern
Congolese province of North Kivu"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


@pytest.fixture(scope="module")
def code(short):
    def run(text: str) -> list[Event]:
        return short(Article(raw=text, source="test", published="2025-07-15")).events

    return run


def _place(events: list[Event]) -> dict:
    located = [e for e in events if e.location]
    assert located, events
    return located[0].location or {}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A landmine destroyed an army truck in Mali's central Mopti region on Monday.", "Mopti", "MLI"),
        ("Jets bombed a school in Myanmar's northwestern Sagaing region, killing nine.", "Sagaing", "MMR"),
        ("Gunmen stormed a checkpoint in Pakistan's restive Khyber Pakhtunkhwa province.", "Khyber", "PAK"),
        ("Bandits shot dead five traders in Niger's volatile western Tillaberi region.", "Tillaberi", "NER"),
        ("Police killed two suspected rebels in Kashmir's Kupwara district on Sunday.", "Kupwara", "IND"),
        ("Maoists ambushed a patrol in Chhattisgarh's Sukma district, killing three.", "Sukma", "IND"),
    ],
)
def test_area_after_a_possessive_owner_and_adjectives(code, text, name, country):
    place = _place(code(text))
    assert place["country"] == country and name in place["name"] and place["precision"] != "country"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Gunmen killed a cleric in the southern Somali port city of Kismayo.", "Kismayo", "SOM"),
        ("Fighting flared again in the eastern Congolese province of North Kivu.", "North Kivu", "COD"),
        ("Drones struck the northern Malian town of Kidal overnight, killing six.", "Kidal", "MLI"),
        ("Artillery shelled the town of Kupiansk in Kharkiv region on Friday.", "Kupyansk", "UKR"),
        ("Rebels clashed with troops on the outskirts of the southern Philippine city of Marawi.", "Marawi", "PHL"),
        ("Insurgents seized the northern Shan state town of Lashio after heavy fighting.", "Lashio", "MMR"),
    ],
)
def test_settlement_named_by_its_of_phrase(code, text, name, country):
    place = _place(code(text))
    assert place["country"] == country and name in place["name"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Militants killed four soldiers in Pakistan's restive northwest, the army said.", "PAK"),
        ("Gunmen killed seven people in Nigeria's troubled north on Thursday.", "NGA"),
        ("A bomb killed three soldiers in Mali's central region, officials said.", "MLI"),
        ("Attackers burned a school in Burkina Faso's eastern region on Monday.", "BFA"),
    ],
)
def test_no_named_area_keeps_the_country(code, text, country):
    place = _place(code(text))
    assert place["country"] == country and place["precision"] == "country"


def test_container_of_a_named_district_stays_a_container(code):
    place = _place(code("A drone strike killed four fighters in the Sangin district of Helmand province."))
    assert place["name"].startswith("Sangin") and place["country"] == "AFG"


def test_possessive_owner_must_contain_the_area(code):
    # Sukma lies in Chhattisgarh, not in Manipur: no area of that name in the owner, so none is invented
    place = _place(code("Gunmen torched a bus in Manipur's Sukma district on Monday."))
    assert place.get("name") != "Sukma"


def test_of_phrase_of_a_non_settlement_noun_is_no_place(code):
    place = _place(code("Protesters clashed with police outside the University of Kismayo in Somalia."))
    assert place["country"] == "SOM"
