"""Headline parses the small tagger gets wrong: a present-tense verb after a singular noun ("bomber targets
officer"), a fire noun after a nationality read as a participle ("deaths in Somali firing"), and a place
glued to the first word of the next line ("in Kidal Heavy weapons recovered"). Every headline here was
written for this test."""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.coding.main_event import main_event

pytestmark = pytest.mark.slow


_events = coder_on("2024-03-02")


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Suicide bomber targets police chief in Maiduguri", "NGA"),
        ("Car bomber targets army convoy in Kandahar", "AFG"),
        ("Pro-government militia kill alleged informer in Darfur", "SDN"),
        ("Tribal militia kill wanted bandit in Zamfara", "NGA"),
        ("Somalia clan militia kill suspected informer - report", "SOM"),
    ],
)
def test_present_verb_after_a_singular_subject_is_the_event(short, headline: str, country: str) -> None:
    main = main_event(_events(short, headline))
    assert main is not None and (main.cameo or {}).get("root") in {"18", "19", "20"}
    assert (main.location or {}).get("country") == country


@pytest.mark.parametrize(
    "headline",
    [
        "Election commission targets turnout of 70 percent",
        "Coach targets title in final season",
        "Please kill the lights",
    ],
)
def test_present_verb_with_no_violent_object_stays_no_event(short, headline: str) -> None:
    assert main_event(_events(short, headline)) is None


@pytest.mark.parametrize(
    ("headline", "deaths", "country"),
    [
        ("Two deaths in Somali firing across border", 2, None),
        ("India Reports Villager Killed in Pakistani Firing Along Line of Control", 1, "IND"),
        ("Pakistan Reports Villager Killed in Indian Firing Along Line of Control", 1, "PAK"),
    ],
)
def test_deaths_in_a_nations_firing(short, headline: str, deaths: int, country: str | None) -> None:
    events = _events(short, headline)
    main = main_event(events)
    assert main is not None and sum(int(e.fatalities or 0) for e in events) == deaths
    assert (main.location or {}).get("country") == country  # never the country whose forces fired


@pytest.mark.parametrize(
    "headline",
    ["Exhibition in French shooting gallery draws crowds", "Film festival in Italian bombing town opens"],
)
def test_fire_word_in_a_name_stays_no_event(short, headline: str) -> None:
    assert main_event(_events(short, headline)) is None


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Two rebels killed in raid in Kidal Heavy weapons recovered", "MLI"),
        ("Four killed in operation in Jamrud Heavy weapons seized", "PAK"),
    ],
)
def test_place_glued_to_the_next_line(short, headline: str, country: str) -> None:
    main = main_event(_events(short, headline))
    assert main is not None and (main.location or {}).get("country") == country


def test_glued_names_need_a_known_place_and_one_glued_word() -> None:
    from wirecoder.geo import load_gazetteer
    from wirecoder.geo.glued_names import glued_places
    from wirecoder.nlp import load_spacy

    nlp, gaz = load_spacy("en_core_web_sm"), load_gazetteer()
    for text, want in [
        ("Two killed in raid in Kidal Heavy weapons recovered", ["Kidal"]),
        ("Gunmen killed two guards in Tor Ghundai Ali on Monday", []),
        ("Five killed in Dera Ismail Khan", []),
        # a name that modifies the noun after it is a facility's name, not a glued line
        ("Shells hit Abu Naama displacement camp", []),
        (
            "On 4 March 2024, militia fighters fired mortar rounds at Abu Naama displacement camp in Sennar state,"
            " killing four people.",
            [],
        ),
    ]:
        doc = nlp(text)
        assert [g[0] for g in glued_places(doc, text, 0, len(text), gaz)] == want


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Minister from Pakistan's part of Kashmir blames India for shelling of villages", "PAK"),
        ("Two soldiers killed on the Indian side of the Line of Control", "IND"),
        ("Two soldiers killed on the Pakistani side of the Line of Control", "PAK"),
    ],
)
def test_a_countrys_side_of_a_split_place(short, headline: str, country: str) -> None:
    main = main_event(_events(short, headline))
    assert main is not None and (main.location or {}).get("country") == country


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Blast wounds five in Quetta", "PAK"),
        ("Grenade attack injures four in Srinagar", "IND"),
        ("Roadside bomb wounds three soldiers near Kidal", "MLI"),
    ],
)
def test_wounding_verbs_read_as_nouns(short, headline: str, country: str) -> None:
    main = main_event(_events(short, headline))
    assert main is not None and (main.location or {}).get("country") == country


@pytest.mark.parametrize(
    "headline", ["Reporter's notebook: wounds of war in Mosul", "War wounds still raw in Sarajevo"]
)
def test_wounds_as_a_noun_stay_no_event(short, headline: str) -> None:
    assert main_event(_events(short, headline)) is None


@pytest.mark.parametrize(
    ("headline", "deaths", "country"),
    [
        ("Three suspected bandit dead after gunfight with vigilantes in Nigeria's northeast", 3, "NGA"),
        ("Rebel commander dead after gunfight in Ituri", 1, "COD"),
    ],
)
def test_dead_read_as_an_adverb(short, headline: str, deaths: int, country: str) -> None:
    events = _events(short, headline)
    main = main_event(events)
    assert main is not None and (main.location or {}).get("country") == country
    assert sum(int(e.fatalities or 0) for e in events) == deaths


@pytest.mark.parametrize("headline", ["Veteran actor dead after long illness", "Former army chief dead after illness"])
def test_dead_of_no_combatant_stays_no_event(short, headline: str) -> None:
    assert main_event(_events(short, headline)) is None


def test_a_nationality_the_tagger_calls_a_person_still_names_the_fire(short) -> None:
    events = _events(short, "Tajikistan reports one death in Kyrgyz firing across frontier")
    main = main_event(events)
    assert main is not None and sum(int(e.fatalities or 0) for e in events) == 1
    assert (main.location or {}).get("country") != "KGZ"
