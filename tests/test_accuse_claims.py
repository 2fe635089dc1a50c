"""Accusations told as claims, allegations, attributions of blame and "according to X, Y did Z" (issue 11,
class 8): the accuser as source, the accused as target even when the actor base knows neither, and refusals
told as "would not consider requests"; each with sentences that use the same words for no accusation.

Every sentence is composed for these tests; tests/data/accuse_claims.yaml holds a larger composed set
scored by scripts/score_main_events.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from composed import coder_on
from wirecoder.article import Event

FIXTURE = Path(__file__).parent / "data" / "accuse_claims.yaml"


events = coder_on("2024-05-20")


def accusations(short, text: str) -> list[Event]:
    return [e for e in events(short, text) if e.cameo["root"] == "11"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a claim of a wrongdoing by the clause's subject, by a speaker the actor base may lack
        ("Union leader Grace Mwangi claimed the management had falsified the payroll.", "Mwangi", "management"),
        ("Senator Ortiz alleged the electoral board was manipulating the results.", "Ortiz", "board"),
        ("The deputy mayor claimed the contractor had bribed two inspectors.", "mayor", "contractor"),
        # backing an armed group, alleged by someone: the backer is accused
        ("According to Malian officials, the jihadists are funded by smugglers.", "officials", "smugglers"),
        ("The Somali minister said Eritrea was arming the militants.", "minister", "Eritrea"),
        # a past record of coercion told in a claim: the claim, not an incident
        ("Lina Saade claimed the militia has abducted journalists in the past.", "Saade", "militia"),
        # the reason given with a criticism names its target
        ("The bishop condemned the decree, arguing the governor was persecuting the clergy.", "bishop", "governor"),
    ],
)
def test_a_claimed_wrongdoing_accuses_its_doer(short, text, source, target):
    found = accusations(short, text)
    assert found, text
    ev = found[0]
    assert ev.source is not None and source in ev.source.text
    assert ev.target is not None and target in ev.target.text


def test_attributions_of_blame_made_by_several_speakers_are_one_accusation_each(short):
    found = accusations(short, "Attributions of blame were made by the daily Kommersant and Senator Ivanova.")
    assert {e.source.text for e in found if e.source} >= {"Kommersant", "Ivanova"}


def test_an_outlet_named_like_a_town_is_a_speaker_of_no_place(short):
    found = accusations(short, "Allegations of fraud were made by the news agency Saba.")
    assert found and found[0].source is not None and found[0].source.text in {"Saba", "the news agency"}
    assert found[0].source.country is None and not (found[0].location or {}).get("country")
    own = events(short, "Gunmen shot dead two policemen near Quetta, Pakistan TV reported.")  # the country's outlet
    assert own and (own[0].location or {}).get("country") == "PAK"


def test_facing_charges_is_being_accused(short):
    said = accusations(short, "The prosecutor said Navalny must face charges of extremism.")
    assert said and said[0].target is not None and "Navalny" in said[0].target.text
    assert said[0].source is not None and "prosecutor" in said[0].source.text
    bare = accusations(short, "Navalny faces charges of extremism.")
    assert bare and bare[0].source is None and bare[0].target is not None
    owned = accusations(short, "The former minister's charges include embezzlement and perjury.")
    assert not owned or owned[0].source is None  # the possessor of charges is charged, not charging


def test_masterminding_attacks_is_told_as_a_charge_of_their_author(short):
    bare = accusations(short, "The rebel commander had orchestrated raids on army posts for months.")
    assert bare and bare[0].source is None and bare[0].target is not None and "commander" in bare[0].target.text
    said = accusations(short, "Prosecutors said the preacher masterminded the bombing of the church.")
    assert said and "Prosecutors" in said[0].source.text and "preacher" in said[0].target.text
    assert events(short, "The conductor orchestrated a moving tribute to the composer.") == []


def test_refusing_to_consider_a_request_is_a_rejection(short):
    ev = events(short, "The Swiss government will not consider Ankara's requests to extradite the banker.")
    assert ev and ev[0].cameo["root"] == "12"
    kept = events(short, "The committee will consider the proposal next week.")
    assert not [e for e in kept if e.cameo["root"] == "12"]


def test_a_disputed_act_is_aimed_at_its_owner_and_an_accord_at_its_parties(short):
    passive = accusations(
        short, "The constitutionality of Senator Okafor's bill was challenged by the bar association."
    )
    assert passive and passive[0].target is not None and "Okafor" in passive[0].target.text
    active = accusations(short, "Two unions questioned the legitimacy of the interim president.")
    assert active and active[0].target is not None and "president" in active[0].target.text
    parties = accusations(short, "The ministers denounced the pact between Greece and Egypt.")
    assert {e.target.text for e in parties if e.target} == {"Greece", "Egypt"}
    none = accusations(short, "The auditors questioned the accuracy of the figures.")
    assert not none or none[0].target is None


def test_a_refusal_told_in_a_relative_clause_is_reported(short):
    told = events(short, "Spain will house the refugees, whom Hungary has refused to admit.")
    assert any(e.cameo["root"] == "12" and e.source is not None and "Hungary" in e.source.text for e in told)
    which = events(short, "Voters who rejected the deal marched on Sunday.")
    assert not [e for e in which if e.cameo["root"] == "12"]  # which voters, no refusal told


def test_a_speaker_quoted_as_saying_someone_is_tied_to_an_armed_group_accuses_them(short):
    ev = accusations(
        short, "Reuters quoted Colonel Amadou Diallo as saying the two detainees were linked to Boko Haram."
    )
    assert ev and ev[0].source is not None and "Diallo" in ev[0].source.text
    assert ev[0].target is not None and "detainees" in ev[0].target.text
    road = events(short, "The governor said the village was linked to Maiduguri by a new road.")
    assert not [e for e in road if e.cameo["root"] == "11"]


@pytest.mark.parametrize(
    "text",
    [
        "The cyclist claimed her second stage win of the race.",
        "According to the almanac, the festival began in 1820.",
        "The firm claimed a tax refund for the previous year.",
        "According to the coach, the team trained twice on Sunday.",
        "The charity said its volunteers support the refugees.",
        "The guide faced a long climb to the monastery.",
        "The historian attributed the manuscript to a monk from Cluny.",
        "The minister said the charity supports the families of the victims.",
        "If convicted, the banker could spend twelve years in prison.",
    ],
)
def test_the_same_words_about_no_wrongdoing_give_no_accusation(short, text):
    assert accusations(short, text) == []


def test_the_composed_set_keeps_its_scores(short):
    """The main event's root is right on at least 0.75 of tests/data/accuse_claims.yaml (0.60 before these
    rules), with no event on any sentence that has none."""
    rows = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    right = false = 0
    for row in rows:
        evs = events(short, row["text"])
        want, root = row.get("root"), (evs[0].cameo["root"] if evs else None)
        right += (root is None) if want is None else (root in want)
        false += (not want) and bool(evs)
    assert right / len(rows) >= 0.75
    assert false == 0
