"""Round-20 precision on ordinary news that is not about conflict: a shot of play that goes "wide" or "over
the bar" hurts no one; a lead, a prize or an edge seized, grabbed or snatched in a race or a match is no
seizure; an authority winding up an advisory committee or a task force bans no group. Each fix has
look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r20.yaml and precision_r20_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current
from wirecoder.coding import lexicon

events = coder_on("2024-05-20")


def roots(short, text: str) -> set[str]:
    return {e.cameo["root"] for e in current(events(short, text))}


def test_precision20_word_lists_load():
    assert "wide" in lexicon.load("figurative_force")["play_adverbs"]
    assert "lead" in lexicon.load("figurative_force")["seized_prizes"]
    assert "committee" in lexicon.load("figurative_objects")["disbanded_bodies"]


@pytest.mark.parametrize(
    "text",
    [
        "The Colombian forward shot wide twice in the first half as Porto drew 0-0.",
        "The midfielder fired over the bar from twenty yards in stoppage time.",
        "Her penalty struck the upright and the Dutch side went out of the cup.",
    ],
)
def test_missed_shots_of_play_are_no_attack(short, text):
    assert not roots(short, text) & {"18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot a referee dead after a village match in Honduras on Sunday.",
        "Soldiers shot two protesters near the stadium in Conakry on Tuesday.",
        "Rebels attacked an army post near the border on Sunday.",
        "Rebels fired mortars at a police post in the hills above the town on Friday.",
    ],
)
def test_shootings_near_games_still_code(short, text):
    assert roots(short, text) & {"18", "19"}


@pytest.mark.parametrize(
    "text",
    [
        "The Ethiopian runner seized the lead with two laps left and held on to win.",
        "The Kiwi cyclist snatched victory on the final stage in the Alps.",
        "Porto grabbed the initiative after the break and scored twice.",
    ],
)
def test_seized_leads_and_prizes_are_no_seizure(short, text):
    assert "17" not in roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized control of the town of Bunia on Friday, residents said.",
        "Customs officers seized two tonnes of cocaine at the port of Antwerp on Monday.",
    ],
)
def test_seizures_of_places_and_goods_still_code(short, text):
    assert roots(short, text) & {"17", "19"}


@pytest.mark.parametrize(
    "text",
    [
        "The health ministry disbanded its advisory committee on vaccines on Monday.",
        "The task force on housing was disbanded by the mayor of Lyon after a budget dispute.",
        "The cabinet is disbanding the working group on pensions, the minister said.",
    ],
)
def test_disbanded_committees_are_no_ban(short, text):
    assert "17" not in roots(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "The junta disbanded the main opposition party in Bamako on Wednesday.",
        "The interior ministry disbanded the militia after a wave of killings in the north.",
    ],
)
def test_disbanded_parties_and_militias_still_code(short, text):
    assert "17" in roots(short, text)
