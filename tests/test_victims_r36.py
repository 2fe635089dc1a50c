"""Victims told by a bare age, round 36 (lane ages): spaCy reads "killing a 17-year-old" as the adjective "old" with
"year" and its number under it, standing in a noun's role. Such an age is a person (coding/age_nouns.py,
lexicon/age_nouns.yaml): one killed, or as many as its number ("two 20-year-olds"), the target of the act, and
a protest's toll that makes it excessive force. An age modifying a noun ("a 17-year-old law", "a 40-year-old
building") or told as a predicate ("40 years old") is no person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers
from composed import main_sub_type

events, main, dead, total, source = toll_helpers("2026-12-07")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Unidentified gunmen shot dead a 45-year-old in Hyderabad on Tuesday.", 1),
        ("Bandits killed a 33-year-old near Gusau on Sunday.", 1),
        ("A 12-year-old was killed by a stray bullet during a police raid in Recife.", 1),
        ("A 24-year-old was stabbed to death by robbers in Mombasa on Friday.", 1),
        ("Two 20-year-olds were stabbed to death outside a bar in Port Elizabeth.", 2),
        ("Gunmen killed three 18-year-olds at a football pitch in Tumaco.", 3),
        ("Militiamen killed an eight-month-old in a village near Djugu.", 1),
        ("A mob beat to death a 23-year-old in Mbarara on Saturday.", 1),
        # an age and a counted age joined: both counted
        ("Rebels raided a hamlet near Butembo, killing a 66-year-old and two 15-year-olds with knives.", 3),
    ],
)
def test_age_victims_counted(short, text: str, want: int) -> None:
    assert dead(short, text) == want


def test_age_victim_is_target_and_attack(short) -> None:
    event = main(short, "Unidentified gunmen shot dead a 45-year-old in Hyderabad on Tuesday.")
    assert event is not None and event.target is not None
    assert "45-year-old" in (event.target.text or "")
    assert (event.acled or {}).get("sub_event_type") == "Attack"
    assert "gunmen" in source(short, "Unidentified gunmen shot dead a 45-year-old in Hyderabad on Tuesday.")


def test_age_victim_dying_later(short) -> None:
    text = "Armed men opened fire on a car in Celaya on Monday. The 19-year-old died in hospital the next day."
    assert total(short, text) == 1


def test_age_victim_makes_excessive_force(short) -> None:
    text = "Police fired live rounds at demonstrators in Nakuru, killing a 16-year-old."
    assert main_sub_type(short, text) == "Excessive force against protesters"
    assert total(short, text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # an age that modifies a thing, or a predicate: no one
        "Hundreds marched in Basra against a 17-year-old law on land ownership.",
        "Villagers protested in Salta to end the 30-year-old conflict over land.",
        "Unknown persons set fire to a 40-year-old building in Van on Monday.",
        "Rebels destroyed two 50-year-old bridges near Kidal.",
        "The mosque, which is 200 years old, was damaged by shelling in Marib.",
        "Raiders stole a 10-year-old truck and two 5-year-old tractors from a farm near Nyeri.",
    ],
)
def test_age_of_things_is_no_victim(short, text: str) -> None:
    assert total(short, text) == 0


def test_protest_without_death_stays_intervention(short) -> None:
    text = "Police fired tear gas at 17-year-old students demonstrating in Nakuru."
    assert main_sub_type(short, text) == "Protest with intervention"
    assert total(short, text) == 0
