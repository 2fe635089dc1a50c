"""Round-17 precision on real news: an act told in a clause counted years back ("fifteen years after a truck
bomb killed eight") or in an obituary's clause on the dead person ("the nurse, who treated the wounded after the
bombings ..., died aged 81") is history; a blast or fire at a works (a factory, a warehouse, a mine) with no
mark of arms is an accident; attacks counted over a year's stretch ("attacks killed 1,300 in the first six
months of the year") are a statistic; and a clause ended by a semicolon is no complement of the verb after
it ("a bomb killed six; police blamed X" keeps the bombing); the dead a crowd gathers "to remember" are history.
Each fix has look-alikes that must still code.

Every sentence is composed for these tests; tests/data/precision_r17.yaml and precision_r17_fresh*.yaml hold
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


@pytest.mark.parametrize(
    "text",
    [
        "Families gathered in Ankara on Sunday, eight years after two suicide bombers killed 103 people at a rally.",
        "Twenty years after militants stormed the theatre and killed dozens of hostages, the building reopened.",
        "Two decades since rebels burned the market and killed 60 traders, the town held a concert on Friday.",
    ],
)
def test_precision17_years_after_clause_is_history(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two years after the army seized power, soldiers shot dead five protesters in Mandalay on Sunday.", 5),
        ("Three days after the election, gunmen killed four poll workers in Kasai, officials said.", 4),
    ],
)
def test_precision17_act_after_an_elapsed_count_kept(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The surgeon, who operated on victims of the market bombing that killed 63 people, died in Dhaka aged 79.",
        "The reporter, who covered the massacre of 300 villagers in the highlands, died at 71 in Lima.",
        "The fireman, a survivor of the siege that killed 40 hostages, has died at the age of 77.",
    ],
)
def test_precision17_obituary_life_is_history(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    "text",
    [
        "A policeman who was shot in an ambush on Monday that killed three colleagues died in hospital aged 31.",
        "Gunmen shot dead a retired judge aged 74 outside his home in Kano on Friday.",
    ],
)
def test_precision17_death_with_age_but_news_kept(short, text):
    assert violent(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "An explosion at a fireworks warehouse in Hebei killed eight workers on Thursday.",
        "A blast at a chemical plant near Surat killed nine employees on Monday, officials said.",
        "An explosion in a coal mine in Balochistan killed 12 miners on Saturday.",
    ],
)
def test_precision17_blast_at_works_is_accident(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("An explosion at a market in Kabul killed seven shoppers on Thursday.", 7),
        ("A bomb exploded at a cement factory in Quetta on Monday, killing three guards.", 3),
        ("Militants stormed a textile mill in Multan on Friday and killed four watchmen.", 4),
    ],
)
def test_precision17_attack_at_works_kept(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Attacks by armed groups killed 1,400 civilians in Mali in the first half of the year, the charity said.",
        "Air strikes killed 2,100 people in the region last year, according to a monitoring group.",
    ],
)
def test_precision17_attacks_over_a_year_are_statistics(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Attacks by armed groups killed 13 civilians in northern Mali on Sunday, the army said.", 13),
        ("Air strikes killed 21 people in the town of Idlib overnight, rescuers said.", 21),
    ],
)
def test_precision17_attacks_of_a_day_kept(short, text, dead):
    assert dead in tolls(events(short, text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A bomb killed six people at a bus station in Quetta on Tuesday; police blamed the separatists.", 6),
        ("Gunmen killed nine villagers in Zamfara on Monday; officials accused a bandit gang.", 9),
    ],
)
def test_precision17_clause_before_semicolon_kept(short, text, dead):
    evs = events(short, text)
    assert dead in tolls(evs)
    assert any(e.cameo["root"] == "11" for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels threatened to kill six hostages held in Gao; the talks resumed on Monday.",
        "The kidnappers threatened to execute the two engineers unless a ransom was paid.",
    ],
)
def test_precision17_threatened_act_still_folded(short, text):
    evs = events(short, text)
    assert tolls(evs) == []
    assert not [e for e in violent(evs) if e.cameo["root"] != "13" and not getattr(e, "future", False)]


def test_precision17_word_lists_are_read_by_the_loader():
    assert "warehouse" in set(lexicon.load("non_events")["industrial_sites"])
    assert "die" in set(lexicon.load("obituaries")["death_verbs"])


@pytest.mark.parametrize(
    "text",
    [
        "Church bells rang across the island on Sunday to remember the 250 people killed in the hotel bombings.",
        "The town fell silent to remember the 14 miners shot dead by police during the strike.",
    ],
)
def test_precision17_remembered_dead_are_history(short, text):
    evs = events(short, text)
    assert violent(evs) == []
    assert tolls(evs) == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Residents remember how gunmen stormed the village on Monday and killed 11 farmers.", 11),
        ("Mourners buried the 12 villagers killed in the attack on Sunday.", 12),
    ],
)
def test_precision17_remembered_act_of_the_week_kept(short, text, dead):
    assert dead in tolls(events(short, text))
