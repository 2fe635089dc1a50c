"""Round-24 precision on news that must give no conflict event or toll, and on long articles where one true
incident sits among background paragraphs: armed men who invade a place attack it (ASSAULT, not a seizure of
land), while fans, weeds or a state told invading long ago stay as they were; a firm's "assault" on another
firm's board is a takeover fight; a contest for votes, on drugs or against corruption names no fighting,
and such a noun never retells an attack told before it; an act looked back on "ten years on" is history.
Each fix has look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r24.yaml and precision_r24_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding import lexicon

events = coder_on("2024-05-20")


def current(evs: list[Event]) -> list[Event]:
    return [e for e in evs if not (e.background or e.negated or e.hypothetical or e.future)]


def types(evs: list[Event]) -> list[str]:
    return [(e.plover or {}).get("type") for e in current(evs)]


def tolls(evs: list[Event]) -> list[int]:
    return [int(e.fatalities) for e in current(evs) if e.fatalities]


def test_precision24_word_lists_load():
    assert "votes" in lexicon.load("figurative_force")["contest_stakes"]
    assert "board" in lexicon.load("figurative_objects")["boardroom_things"]
    assert "on" in lexicon.load("remembered")["elapsed_particles"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters invaded the mining town of Rubaya on Thursday, residents said.",
        "Government troops invaded the opposition stronghold of Kafr Zita at dawn.",
        "Gunmen invaded a farming village in Katsina state overnight.",
    ],
)
def test_armed_men_invading_a_place_is_an_assault(short, text):
    assert "ASSAULT" in types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Locusts have invaded farmland across the Horn of Africa.",
        "Hundreds of fans invaded the pitch after the final whistle in Glasgow.",
        "Weeds have invaded the national park.",
    ],
)
def test_invading_without_arms_is_no_assault(short, text):
    assert "ASSAULT" not in types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The hedge fund launched a fresh assault on the Italian bank's board.",
        "The activist investor mounted an assault on the airline's management on Monday.",
    ],
)
def test_firm_assault_on_a_board_is_no_event(short, text):
    assert "ASSAULT" not in types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Armed men mounted an assault on the board office in Kandahar, killing two guards.",
        "Militants launched an assault on an army base in Kunduz on Monday.",
    ],
)
def test_armed_assault_stays(short, text):
    assert "ASSAULT" in types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The two parties are locked in a bitter battle for votes in the coastal provinces.",
        "The president vowed to step up the war on drugs in Manila.",
        "The new prosecutor promised a fight against corruption in the ports.",
        "Telecom operators are in a fierce battle for customers in Lagos.",
    ],
)
def test_contest_for_a_stake_is_no_fighting(short, text):
    assert "ASSAULT" not in types(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Rebels and soldiers fought a fierce battle for the town of Bunagana on Sunday.",
        "Government forces waged a battle against militants in Cabo Delgado on Friday.",
    ],
)
def test_battle_for_a_town_or_against_armed_men_stays(short, text):
    assert "ASSAULT" in types(events(short, text))


def test_contest_noun_does_not_retell_the_attack(short):
    text = (
        "Two soldiers were killed in an ambush in Tillaberi on Thursday, the army said.\n\n"
        "The ruling party lost the battle for votes in the regional elections last October."
    )
    evs = current(events(short, text))
    assert [e.fatalities for e in evs if (e.plover or {}).get("type") == "ASSAULT"] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Ten years on, survivors of the school kidnapping in Dapchi recall the night of the attack.",
        "A year on, the town of Kramatorsk is still rebuilding after the missile strike that killed 60.",
    ],
)
def test_years_on_looks_back(short, text):
    evs = events(short, text)
    assert "ASSAULT" not in types(evs)
    assert not tolls(evs)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Ten years on, gunmen attacked the same school in Borno on Monday, killing four pupils.", 4),
        ("Rebels fired on a convoy near Beni on Monday, killing five soldiers.", 5),
    ],
)
def test_act_of_the_day_keeps_its_toll(short, text, dead):
    assert dead in tolls(events(short, text))


def test_long_article_keeps_its_incident_only(short):
    text = (
        "Gunmen killed six farmers in an attack on a village in Benue state on Tuesday, police said.\n\n"
        "The governor, who won a tight battle for votes last year, has promised a war on crime. "
        "Economists say a price war among rice importers has hurt local growers.\n\n"
        "A year on from the market bombing that killed 40 people in Makurdi, survivors are still waiting "
        "for compensation."
    )
    evs = events(short, text)
    assert tolls(evs) == [6]


@pytest.mark.parametrize(
    "text",
    [
        "The governor said a missile strike on the power station could kill hundreds in Odesa.",
        "The mayor told reporters an assault on the old town would kill thousands of residents.",
    ],
)
def test_feared_strike_under_a_speaker_is_no_accusation(short, text):
    evs = events(short, text)
    assert "ACCUSE" not in types(evs)
    assert not current([e for e in evs if (e.plover or {}).get("type") == "ASSAULT"])


def test_hedged_past_under_a_speaker_stays_an_accusation(short):
    evs = events(short, "The army said rebels may have killed 12 soldiers near Goma on Monday.")
    assert "ACCUSE" in types(evs)
