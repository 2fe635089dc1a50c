"""Round-18 precision on real news: a seizure told years back ("twenty years after militants seized the
school and killed dozens") is history and carries no toll; "a decade after" counts years like "ten years after";
a thriller or a miniseries tells a story; an obituary with no age whose clause on the dead person has them do
something that is no violence ("who treated the wounded after the bombings") or dates the act to a year tells
their life; someone lost "in" an event named by a place or a year ("in the Beslan siege") is told by a past
event; a price war slaughtering retailers is a market's force; and the counted fight a seizure came after
("seized the town after clashes that killed 8 soldiers") is an incident with its dead. Each fix has
look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r18.yaml and precision_r18_fresh*.yaml hold
composed batches, scored by `python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current
from wirecoder.article import Event
from wirecoder.coding import lexicon

events = coder_on("2024-05-20")


def violent(evs: list[Event]) -> list[Event]:
    return [e for e in current(evs) if e.cameo["root"] in {"18", "19", "20"}]


def tolls(evs: list[Event]) -> list[int]:
    return [e.fatalities for e in current(evs) if e.fatalities]


def test_precision18_word_lists_load():
    assert "slaughter" in lexicon.load("figurative_force")["hitting_verbs"]
    assert "lose" in lexicon.load("remembered")["loss_verbs"]
    assert "injury_words" in lexicon.load("obituaries")
    assert "192" in lexicon.load("seizure_fights")["seizure_codes"]


@pytest.mark.parametrize(
    "text",
    [
        "Fifteen years after gunmen seized the hospital and killed dozens of patients, a plaque was unveiled.",
        "A decade after rebels abducted 60 villagers near Beni, their relatives gathered in the church.",
    ],
)
def test_precision18_years_back_seizure_is_history(short, text):
    evs = events(short, text)
    assert current([e for e in evs if e.cameo["root"] in {"17", "18", "19", "20"}]) == []
    assert tolls(evs) == []


def test_precision18_seizure_of_the_day_stays(short):
    evs = events(short, "Rebels seized the hospital in Goma on Monday and took dozens of patients hostage.")
    assert current(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Her second thriller opens with the assassination of a Turkish general in Istanbul.",
        "The miniseries retells the ambush of a convoy by rebels in the Sahel.",
    ],
)
def test_precision18_works_tell_a_story(short, text):
    assert violent(events(short, text)) == []


def test_precision18_thriller_near_real_attack_stays(short):
    evs = events(short, "Gunmen attacked a cinema showing a thriller in Kabul on Friday, killing three people.")
    assert violent(evs)
    assert 3 in tolls(evs)


@pytest.mark.parametrize(
    "text",
    [
        "The paramedic, who carried the injured after the 2017 concert bombing that killed 22, died on Sunday.",
        "The lawyer, who represented families of the 1997 massacre in which 60 tourists were killed, died on Thursday.",
        "A teacher who sheltered pupils during the school siege that killed 19 children has died in Uvalde.",
    ],
)
def test_precision18_obituary_without_age_is_history(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    "text",
    [
        "A policeman who was shot by gunmen in Peshawar on Saturday died in hospital on Sunday.",
        "The soldier, who was wounded when a bomb hit his patrol, died of his injuries on Tuesday.",
    ],
)
def test_precision18_death_after_an_attack_stays(short, text):
    assert violent(events(short, text))


def test_precision18_lost_in_named_event_is_history(short):
    evs = events(
        short, "He lost his sister in the Manchester Arena bombing, in which 22 people died, and now runs a charity."
    )
    assert violent(evs) == []
    assert tolls(evs) == []


def test_precision18_lost_in_todays_attack_stays(short):
    evs = events(short, "Gunmen attacked a wedding in Kandahar on Saturday; one man lost his son in the shooting.")
    assert violent(evs)


def test_precision18_price_war_slaughters_no_one(short):
    assert violent(events(short, "The discount chain started a price war that is slaughtering smaller grocers.")) == []


def test_precision18_militia_slaughtering_villagers_stays(short):
    evs = events(short, "A militia that is slaughtering villagers in Ituri attacked a camp on Monday, killing 14.")
    assert violent(evs)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Rebels seized the border town after clashes that killed at least 9 soldiers.", 9),
        ("Jihadists took over the garrison on Sunday following an attack that killed 21 gendarmes.", 21),
    ],
)
def test_precision18_fight_before_seizure_keeps_its_dead(short, text, dead):
    evs = events(short, text)
    assert dead in tolls(evs)
    assert any(e.cameo["root"] in {"18", "19", "20"} and e.fatalities == dead for e in current(evs))


def test_precision18_fight_before_seizure_dated_to_a_year_stays_background(short):
    evs = events(short, "Rebels seized the town after the 2012 battle that killed 40 soldiers, the report recalled.")
    assert 40 not in tolls(evs)


def test_precision18_fight_before_an_arrest_is_left_as_circumstance(short):
    evs = events(short, "Police arrested 12 men after clashes that killed 3 fans, the club said.")
    assert 3 not in tolls(evs)  # only a seizure's fight is brought out; an arrest's stays its circumstance
