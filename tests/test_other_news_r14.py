"""Round-14 precision on out-of-scope news (disasters, epidemics, obituaries): a germ that "infected 200
and killed three" is a disease's toll; a disaster story is known by its headline or by an accident in any
clause of its lead; a count of the dead parsed as the subject is no attacker; kin around a dying man are no
siege. Each fix has look-alikes that must still code with their own toll.

Every sentence is composed for these tests; tests/data/precision_r14_fresh.yaml holds a composed batch,
scored by `python scripts/score_precision.py tests/data/precision_r14_fresh.yaml`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event


def events(short, text: str, title: str | None = None) -> list[Event]:
    return short(Article(raw=text, title=title, source="test", published="2024-05-20")).events


def tolls(evs: list[Event]) -> list[int]:
    return [e.fatalities for e in evs if e.fatalities and not e.background]


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in evs if e.cameo["root"] in {"18", "19", "20"}]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials said the new strain has infected 3,000 people and killed 41 since January.",
        "The measles virus sickened hundreds of children in the district and killed nine of them.",
        "The coronavirus variant has killed 12 people in the capital, the ministry said.",
    ],
)
def test_other14_germ_toll_is_no_attack(short, text):
    assert tolls(events(short, text)) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Militants infiltrated the camp at night and killed 12 soldiers, the army said.", 12),
        ("Gunmen killed nine villagers in Zamfara state on Sunday, police said.", 9),
    ],
)
def test_other14_killing_beside_other_verbs_keeps_toll(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Ferry capsizes on Lake Malawi",
            "A ferry went down near Nkhata Bay on Sunday. Officials said 14 people died.",
        ),
        (
            "Cargo plane crashes near Lagos airport",
            "A cargo plane came down short of the runway in Lagos on Monday. At least six people were killed.",
        ),
        (
            "-",
            "Nine people were killed on Monday when a tourist helicopter crashed near Queenstown. "
            "Rescuers said two more people were injured.",
        ),
        (
            "Hurricane Lena batters Haiti",
            "Hurricane Lena moved away from Haiti on Sunday. Officials said that 18 people have been confirmed killed.",
        ),
    ],
)
def test_other14_disaster_story_tolls_dropped(short, title, text):
    evs = events(short, text, None if title == "-" else title)
    assert tolls(evs) == [] and violent(evs) == []


@pytest.mark.parametrize(
    ("title", "text", "dead"),
    [
        (
            "Gunmen attack a market in Zamfara",
            "Gunmen attacked a market in Zamfara on Monday and killed 14 traders, police said.",
            14,
        ),
        (
            "Militants' truck crash in Kunar",
            "Militants attacked an army convoy in Kunar on Monday, killing nine soldiers.",
            9,
        ),
        (
            "Protesters storm parliament in Kampala",
            "Protesters stormed the parliament building in Kampala on Monday. Three people were killed.",
            3,
        ),
        (
            "Ceasefire collapses in Tigray",
            "The ceasefire in Tigray broke down on Monday. At least 20 people were killed.",
            20,
        ),
    ],
)
def test_other14_attack_story_keeps_toll(short, title, text, dead):
    assert dead in tolls(events(short, text, title))


def test_other14_kin_around_a_death_is_no_siege(short):
    evs = events(short, "The former senator died at his home in Ohio on Monday, surrounded by his family.")
    assert violent(evs) == [] and tolls(evs) == []


def test_other14_troops_surrounding_still_code(short):
    evs = events(short, "The rebel commander was surrounded by government troops near Kidal on Friday.")
    assert [e.cameo["code"] for e in violent(evs)] == ["190"]


@pytest.mark.parametrize(
    "text",
    [
        "The developers said they keep hitting the limits of their servers.",
        "The ministry executed a plan to shut down schools for a week.",
        "The agency launched the satellite from French Guiana on a Vega rocket on Tuesday.",
        "The firm wants to engage younger voters and engage with its customers online.",
        "The singer died on Monday after a long battle with cancer.",
        "The company hopes to demonstrate the value of its new phone to customers.",
    ],
)
def test_other14_figurative_object_is_no_event(short, text):
    assert [e for e in events(short, text) if (e.plover or {}).get("type") in {"ASSAULT", "PROTEST"}] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Troops engaged the rebels near Kidal on Friday.", "190"),
        ("Fighters engaged in heavy fighting with the army near Kidal on Friday.", "190"),
        ("Militants launched rockets at the town of Sderot on Monday.", "194"),
        ("The militants executed 12 hostages in the desert on Sunday.", "1823"),
        ("Government forces battled with rebels in Darfur on Monday.", "190"),
        ("An airstrike hit a school in Gaza on Tuesday.", "195"),
        ("Thousands of students demonstrated in Dhaka against the quota system.", "141"),
    ],
)
def test_other14_force_on_people_still_codes(short, text, code):
    assert code in [e.cameo["code"] for e in events(short, text)]


def test_other14_attack_on_a_decision_is_criticism(short):
    evs = events(short, "The mayor attacked the audit as a political stunt on Twitter.")
    assert [e.cameo["code"] for e in evs] == ["111"]


@pytest.mark.parametrize(
    "text",
    [
        "Between 2009 and 2016, the nurse murdered seven patients at the hospital, the court heard.",
        "Beginning in 2009 and continuing for seven years, the nurse murdered patients at the hospital.",
        "Kowalski confessed to killing his brother by poisoning him in 2017.",
    ],
)
def test_other14_old_crime_told_at_trial_is_background(short, text):
    evs = [e for e in events(short, text) if e.cameo["root"] in {"18", "19", "20"}]
    assert evs and all(e.background for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed the mayor by shooting him on Sunday.",
        "Between 2023 and 2024, militants killed 300 soldiers in the region.",
    ],
)
def test_other14_recent_act_stays_current(short, text):
    assert tolls(events(short, text))


def test_other14_interview_voice_is_no_actor(short):
    text = (
        "Interviewer: How did you start?\n\nI helped my mother at the shop. Then we asked the council for a "
        "licence, and I refused to pay the bribe."
    )
    assert events(short, text) == []


def test_other14_own_question_is_no_event(short):
    evs = events(short, "Why did the government ban the rally? Police arrested 40 people in Tehran on Monday.")
    assert [e.cameo["code"] for e in evs] == ["173"]


def test_other14_quoted_we_codes_the_speaker(short):
    evs = events(short, 'The defence minister of Iran said on Monday: "We have arrested 12 spies."')
    assert [(e.cameo["code"], e.source.country) for e in evs] == [("173", "IRN")]


def test_other14_animals_killed_are_no_victims(short):
    evs = events(short, "Rangers in Limpopo said the two lions were killed after the attack on their keeper.")
    assert [e for e in evs if e.fatalities] == []


def test_other14_people_killed_beside_animals_still_count(short):
    assert 2 in tolls(events(short, "Gunmen killed two herders and stole 40 cattle in Benue state on Monday."))


def test_other14_engaged_in_atrocities_still_codes(short):
    evs = events(short, "Rebel forces were engaged in killings of civilians in the region, according to the UN.")
    assert [e for e in evs if e.cameo["root"] in {"18", "19", "20"}]
