"""Round 46 (lane wiki8), whole Wikinews-style articles: an act told in the past perfect and placed in an earlier
year is background (combine/pluperfect_history.py, lexicon pluperfect_history); protests, attacks and fights counted
over years in the perfect are a record like arrests (combine/yearly_arrests.py); a vow to defeat an armed group
named generically ("the group", "the cartels") is a threat of force (verbs.yaml commit); an intent noun's own act
names the target ("reaffirmed its commitment to defend X": frames.py xcomp_obj); calling people foreign or
paid agents, spies or mercenaries disapproves of them (verbs.yaml characterize); the relatives or families of the
victims name them only in passing, no attack told again (lexicon aftermath kin_nouns). The examples are composed
for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-11-20")


def _kinds(evs):
    return [((e.plover or {}).get("type"), e.cameo["code"], e.sentence_index) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police had fired tear gas at a similar march in Nairobi last year.",
        "The militia had been accused of burning a market in Bunia in 2023.",
        "The two foreign ministers had met in Geneva three years ago.",
        "Soldiers had shelled the border town during 2024, residents recalled.",
    ],
)
def test_pluperfect_act_of_an_earlier_year_is_background(short, text):
    evs = current(events(short, text))
    assert not evs, _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen had attacked the checkpoint in Kidal on Monday, the army said.",
        "Police fired tear gas at marchers in Nairobi on Tuesday.",
        "The army said the rebels had ambushed a convoy near Goma.",
    ],
)
def test_pluperfect_act_with_its_day_or_no_old_year_stays(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT") or of_type(evs, "COERCE"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "The insurgents have attacked dozens of army posts in the Sahel since 2022.",
        "Pirates have hijacked several fishing boats off Somalia in recent years.",
    ],
)
def test_violence_counted_over_years_is_a_record(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "ASSAULT"), _kinds(evs)


def test_violence_since_a_day_stays(short):
    evs = current(events(short, "The rebels have attacked three army posts since Sunday."))
    assert of_type(evs, "ASSAULT"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's president vowed to defeat the cartels that control the port.",
        "The defence minister pledged to defeat the group within months.",
    ],
)
def test_vow_to_defeat_an_armed_group_is_a_threat(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "THREATEN"), _kinds(evs)
    assert not of_type(evs, "AGREE"), _kinds(evs)


def test_vow_to_defeat_a_bill_is_no_threat(short):
    evs = current(events(short, "The opposition leader vowed to defeat the budget bill in the senate."))
    assert not of_type(evs, "THREATEN"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Hungary's prime minister called the journalists foreign agents.",
        "The interior minister described the striking teachers as paid agents of the opposition.",
        "The junta branded the exiled politicians mercenaries.",
    ],
)
def test_calling_people_agents_is_disapproval(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "ACCUSE"), _kinds(evs)


def test_calling_men_federal_agents_is_no_disapproval(short):
    evs = current(events(short, "The sheriff called the two men federal agents."))
    assert not of_type(evs, "ACCUSE"), _kinds(evs)


def test_relatives_of_victims_tell_no_attack_again(short):
    text = (
        "Gunmen attacked a bus in Zamfara state on Friday, killing nine passengers. "
        "Families of the victims said they were still waiting for the bodies."
    )
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT", 0), _kinds(evs)
    assert not of_type(evs, "ASSAULT", 1), _kinds(evs)


def test_victims_as_subject_still_retell_the_attack(short):
    text = "Gunmen attacked a bus in Zamfara state on Friday, killing nine passengers. The victims included a judge."
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT", 1), _kinds(evs)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Canada reaffirmed its commitment to defend Latvia.", "LVA"),
        ("Brazil reiterated its readiness to help Bolivia.", "BOL"),
    ],
)
def test_intent_targets_the_object_of_the_intended_act(short, text, target):
    evs = current(events(short, text))
    assert [e.target.country for e in of_type(evs, "AGREE") if e.target] == [target], _kinds(evs)


def test_intent_with_no_actor_object_keeps_no_target(short):
    evs = current(events(short, "Qatar signalled its willingness to host the talks."))
    assert of_type(evs, "AGREE") and not [e for e in of_type(evs, "AGREE") if e.target], _kinds(evs)
