"""Round 46 on attack summaries ("tolls6" lane): a toll that rose over a whole war or stretch ("the toll of the
war rose to 3,000", "has risen to 40 since the fighting began") is no count of the incident and replaces nothing;
a war's total told beside the incident's toll is no count of the note's dead either; a toll figure a source gives
later in the attack's sentence replaces the first count ("killing six; residents later said the toll was 9"); a
figure the parser hung on a time phrase after it ("put the toll at 145 two days later") is still the toll; a
school's, shop's or church's one victim counts ("shot dead a school principal"); a noun the parser conjoined to
the verb is the object's conjunct ("killed a headmaster and his driver"); "another" victim dying in hospital is
more of the attack's dead. Every sentence here was written for these tests (none is from a dataset)."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers
from wirecoder.evaluation.acled import note_fatalities

_events, _main, _dead, _sum, _source = toll_helpers("2026-12-07")


def _note(short: object, text: str) -> int:
    return note_fatalities(_events(short, text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 3 December 2026, clashes between troops and rebels in Rutshuru, DR Congo, left 22 dead; the toll of "
            "the conflict has climbed to 6,500.",
            22,
        ),
        (
            "On 4 December 2026, a bomb killed 12 people at a bus station in Gao, Mali; the death toll has risen to "
            "400 since the fighting began in March.",
            12,
        ),
        # control: the incident's own risen toll still replaces its count
        (
            "On 2 December 2026, gunmen raided a wedding in Zamfara, Nigeria, and left six guests dead; the death "
            "toll rose to nine overnight.",
            9,
        ),
    ],
)
def test_campaign_total_is_no_count_of_the_incident(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
    assert _note(short, text) == dead


def test_war_total_beside_the_toll_is_no_count_of_the_note(short: object) -> None:
    text = (
        "On 5 December 2026, an airstrike hit a school in Chin, Myanmar, killing nine pupils; the civil war has "
        "killed more than 6,000 civilians since the coup."
    )
    assert _dead(short, text) == 9
    assert _note(short, text) == 9


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 1 December 2026, a grenade exploded in a crowded bazaar in Chaman, Pakistan, killing five shoppers; "
            "traders later said the toll was 8.",
            8,
        ),
        (
            "On 2 December 2026, gunmen killed dozens of villagers in Sokoto, Nigeria; the police put the toll at 63 "
            "three days later.",
            63,
        ),
        # control: a rival figure not told as later keeps the lower
        (
            "On 2 December 2026, troops shelled a village in Darfur, Sudan, killing nine people, but residents said "
            "the toll was 14.",
            9,
        ),
    ],
)
def test_later_toll_figure_replaces_the_first_count(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
    assert _note(short, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 6 December 2026, gunmen shot dead a college lecturer in Srinagar, India.", 1),
        ("On 6 December 2026, unknown attackers gunned down a headmistress near Kismayo, Somalia.", 1),
        ("On 6 December 2026, bandits killed a pharmacist and his nephew in Gusau, Nigeria.", 2),
        # negatives: the nouns with nobody killed
        ("On 6 December 2026, the school principal criticised the new exam rules in Lahore, Pakistan.", 0),
        ("On 6 December 2026, a street vendor said the market fire killed no one in Lagos, Nigeria.", 0),
    ],
)
def test_person_nouns_of_targeted_killings(short: object, text: str, dead: int) -> None:
    assert _sum(short, text) == dead


def test_another_victim_dying_in_hospital_adds_to_the_attack(short: object) -> None:
    text = (
        "On 3 December 2026, gunmen attacked fishermen on Lake Chad, Nigeria, killing five. Another fisherman "
        "died in hospital."
    )
    assert _dead(short, text) == 6
    assert _note(short, text) == 6


def test_another_victim_of_a_separate_attack_stays_apart(short: object) -> None:
    text = "On 3 December 2026, gunmen killed four traders in Kano, Nigeria. Another trader was shot dead in Katsina."
    assert _dead(short, text) == 4
