"""Round 45 (lane wiki7), whole Wikinews-style articles: a state's ministry or army telling what its forces did
claims no responsibility (coding/transforms.py ``_forces_report``: the act stays, no CAMEO 015 CONCEDE);
"declared N days of national mourning" is no event (verbs.yaml declare-emergency); a capitalised common word
opening a sentence is cut from the person's name the small model reads into it ("Neighbouring Mali", "Gang
members": opening_words.py, lexicon opening_words); mourning for the victims is no attack told again
(lexicon aftermath topic_verbs). The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-11-20")


def _kinds(evs):
    return [((e.plover or {}).get("type"), e.cameo["code"]) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's defence ministry claimed its forces had destroyed two Russian tanks near Kupiansk.",
        "The Indian army said it had killed three militants in a gunfight in Kupwara district on Tuesday.",
        "Israel's military said its jets struck a weapons depot in southern Lebanon overnight.",
    ],
)
def test_state_report_of_its_forces_is_no_claim_of_responsibility(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT"), _kinds(evs)
    assert not any(e.cameo["code"] == "015" for e in evs), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Chile claimed that it had attacked Peru.",
        "The Pakistani Taliban claimed its fighters had attacked a checkpoint in Bannu.",
    ],
)
def test_own_claim_of_an_attack_stays_a_claim(short, text):
    evs = current(events(short, text))
    assert any(e.cameo["code"] == "015" for e in evs), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Floods killed 40 people in the north. The president declared three days of national mourning.",
        "A bus crash killed 19 pilgrims on Friday. The government proclaimed a day of mourning on Saturday.",
        "Nigeria's government declared national mourning after the death of a former leader.",
    ],
)
def test_declared_mourning_is_no_event(short, text):
    evs = current(events(short, text))
    assert not [e for e in evs if (e.trigger or {}).get("lemma") in {"declare", "proclaim"}], _kinds(evs)


def test_declared_emergency_stays_an_event(short):
    evs = current(events(short, "The president declared a state of emergency in two provinces on Monday."))
    assert of_type(evs, "COERCE"), _kinds(evs)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Jihadists killed 12 soldiers in western Niger on Friday. Neighbouring Chad condemned the attack.",
            "TCD",
        ),
        (
            "Rebels attacked an army base in eastern Congo. Neighboring Uganda said it would reinforce its border.",
            "UGA",
        ),
    ],
)
def test_neighbouring_country_opening_a_sentence_keeps_its_country(short, text, country):
    evs = [e for e in current(events(short, text)) if e.sentence_index == 1]
    assert evs and all(e.source and e.source.country == country for e in evs), [
        (e.source and e.source.country, e.plover) for e in evs
    ]


def test_common_word_opening_a_sentence_is_no_foreign_surname(short):
    text = (
        "Police in Port-au-Prince arrested a gang leader on Monday. "
        "Gang members then fired on a police station in Croix-des-Bouquets."
    )
    evs = [e for e in current(events(short, text)) if e.sentence_index == 1]
    assert evs and all(e.source is None or e.source.country in {None, "HTI"} for e in evs), [
        (e.source and e.source.country, e.plover) for e in evs
    ]


def test_person_opening_a_sentence_stays_a_person(short):
    text = "Kenya's president met opposition leaders. Ruto accused the opposition of blocking the budget."
    evs = current(events(short, text))
    assert any(e.source and e.source.country == "KEN" and e.sentence_index == 1 for e in evs), _kinds(evs)


def test_mourning_for_the_victims_of_an_attack_is_no_attack_told_again(short):
    text = (
        "Gunmen killed nine worshippers at a mosque in Zamfara state on Friday. "
        "The state governor declared a day of mourning for the victims."
    )
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT", sentence=0) and not [e for e in evs if e.sentence_index == 1], _kinds(evs)
