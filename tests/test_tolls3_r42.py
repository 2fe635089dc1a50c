"""Round 42 on attack summaries ("tolls3" lane): an attack told only as what a group "was behind" ("X were behind
a grenade attack on a police post") is an attack by that group, even with no verb of its own and no toll in its
sentence; a toll told after it is its toll. A role denied or negated names no doer, a cause that is no actor
("corruption was behind the collapse") makes no event, and an attack told first and then said to be someone's
("A car bomb killed 12 ... X was behind the blast") keeps its one toll. Every sentence here was written for these
tests (none is from a dataset)."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers
from composed import current
from wirecoder.coding.main_event import is_violent

_events, _main, _dead, _sum, _source = toll_helpers("2026-12-05")


@pytest.mark.parametrize(
    ("text", "doer", "dead"),
    [
        (
            "On 2 December 2026, Shabaab fighters were behind a grenade attack on a police post in Wajir, Kenya.",
            "Shabaab",
            0,
        ),
        (
            "On 1 December 2026, JNIM militants were behind an ambush on a convoy near Djibo, Burkina Faso. "
            "Twenty-two soldiers were killed.",
            "JNIM",
            22,
        ),
        (
            "On 30 November 2026, the ADF are believed to be behind a raid on a village near Butembo, Congo. "
            "Fourteen villagers died.",
            "ADF",
            14,
        ),
        (
            "On 3 December 2026, police said the ELN was behind a bomb attack on an oil pipeline in Arauca, Colombia.",
            "ELN",
            0,
        ),
    ],
)
def test_attack_told_as_what_a_group_was_behind(short: object, text: str, doer: str, dead: int) -> None:
    assert doer.lower() in _source(short, text).lower()
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "On 2 December 2026, the rebels said they were not behind the ambush near Kidal, Mali.",
        "On 2 December 2026, the group denied being behind the attack on a police post in Wajir, Kenya.",
    ],
)
def test_denied_role_names_no_doer(short: object, text: str) -> None:
    assert not [e for e in current(_events(short, text)) if is_violent(e)]


def test_cause_that_is_no_actor_makes_no_event(short: object) -> None:
    text = "On 2 December 2026, the minister said corruption was behind the collapse of a bridge in Lagos, Nigeria."
    assert not [e for e in _events(short, text) if is_violent(e)]


@pytest.mark.parametrize(
    ("text", "doer", "dead"),
    [
        (
            "On 1 December 2026, a car bomb killed 12 people at a market in Baidoa, Somalia. "
            "Al-Shabaab was behind the blast.",
            "Al-Shabaab",
            12,
        ),
        (
            "On 4 December 2026, gunmen killed nine people at a bus stop in Quetta, Pakistan. "
            "Police said the BLA was behind the attack.",
            "BLA",
            9,
        ),
    ],
)
def test_attack_told_first_keeps_one_toll(short: object, text: str, doer: str, dead: int) -> None:
    assert doer.lower() in _source(short, text).lower()
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
