"""Round 32 precision (prec32): counts of acts that rise or fall are statistics, and a death told as natural
is no act of force, wherever the custody frame gave "died" its code. Composed sentences."""

from __future__ import annotations

import pytest

from composed import coder_on, of_type

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "Attacks on health workers rose by a quarter last year, the agency said.",
        "Kidnappings for ransom in Honduras doubled in the first half, officials said.",
        "Killings of land defenders in Brazil fell by a third in 2023, a watchdog reported.",
        "Assaults on bus drivers increased sharply over the past decade, the union said.",
    ],
)
def test_changing_count_is_no_event(short, text):
    assert of_type(events(short, text), "ASSAULT") == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed four farmers in Benue state on Sunday, police said.", 4),
        ("Attacks by bandits rose on Sunday when gunmen killed three soldiers in Zamfara.", 3),
    ],
)
def test_current_attack_keeps_its_toll(short, text, dead):
    assert any(e.fatalities == dead for e in of_type(events(short, text), "ASSAULT"))


def test_protests_growing_on_a_day_stay(short):
    evs = events(short, "Protests grew on Saturday as thousands marched through Tbilisi.")
    assert of_type(evs, "PROTEST")


@pytest.mark.parametrize(
    "text",
    [
        "The blogger died in custody of a heart attack, his lawyer said.",
        "A jailed union leader died in prison on Sunday after a long illness.",
        "The former minister died in detention of natural causes, the prison service said.",
    ],
)
def test_natural_death_in_custody_is_no_event(short, text):
    assert of_type(events(short, text), "ASSAULT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of soldiers died in the attack on the base, officials said on Sunday.",
        "Two policemen died of their wounds after the ambush in Khost on Sunday.",
    ],
)
def test_death_in_an_attack_stays(short, text):
    assert of_type(events(short, text), "ASSAULT")


def test_beaten_to_death_in_custody_stays(short):
    evs = events(short, "The prisoner died in custody after being beaten by guards, his family said.")
    assert of_type(evs, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The novel opens as soldiers raid the village and burn the granaries.",
        "The documentary shows how the militia torched the market of the old town.",
    ],
)
def test_property_destroyed_in_a_work_is_no_event(short, text):
    assert of_type(events(short, text), "ASSAULT") == []


def test_property_destroyed_on_a_day_stays(short):
    evs = events(short, "Soldiers burned the granaries in a village near Kidal on Sunday, residents said.")
    assert of_type(evs, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Layoffs hit 2,000 workers at the Volkswagen plant in Zwickau.",
        "Job cuts hit 5,000 staff at the bank as it closed branches.",
    ],
)
def test_job_losses_hitting_workers_are_no_event(short, text):
    assert of_type(events(short, text), "ASSAULT") == []


def test_a_bus_hitting_a_bomb_stays(short):
    evs = events(short, "A bus hit a roadside bomb in Balochistan on Sunday, killing four passengers.")
    assert any(e.fatalities == 4 for e in of_type(evs, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters burned 40 homes in 2019, according to a UN investigation.",
        "The camp was shelled repeatedly in 2016, according to an inquiry by the rights commission.",
    ],
)
def test_source_cited_is_no_inquiry(short, text):
    assert of_type(events(short, text), "ACCUSE") == []


def test_inquiry_told_as_happening_stays(short):
    evs = events(short, "The UN opened an investigation into the killings in Kasai on Monday.")
    assert of_type(evs, "ACCUSE")
