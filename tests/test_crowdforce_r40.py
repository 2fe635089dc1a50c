"""ACLED typing of composed snippets, round 40 (lane crowdforce). A protest with intervention whose sentence tells
people hurt as the force's outcome ("leaving several hospitalised", "six were taken to hospital") is excessive force
against protesters (ACLED: force resulting in serious injuries, e.g. requiring hospitalisation); a denial ("no one was
hurt") or the state's own people hurt keep the intervention (protest_harm.py, lexicon protest_harm). A person who
disappeared, vanished or went missing after being taken, picked up or detained is a forced disappearance with no
actor named (verbs.yaml missing-after-taken, combine/missing_people.py); a disappearance with no taking told is none.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_EXCESSIVE = "Excessive force against protesters"
_INTERVENTION = "Protest with intervention"
_GONE = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # harm told as the outcome of force on protesters
        ("Riot police beat demonstrators in Lusaka, leaving several hospitalised.", _EXCESSIVE),
        (
            "Police beat striking dockers with batons in Chittagong and at least nine were taken to hospital.",
            _EXCESSIVE,
        ),
        ("Gendarmes beat protesters in Cotonou, leaving three of them in hospital.", _EXCESSIVE),
        # no harm told, a denial, or officers hurt: the intervention stays
        ("Police beat protesters with batons in Yerevan.", _INTERVENTION),
        ("Police fired tear gas at marching students in Quito, but no one was taken to hospital.", _INTERVENTION),
        ("Riot police beat protesters in Skopje; two officers were taken to hospital.", _INTERVENTION),
    ],
)
def test_harm_outcome_of_force_on_protesters(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A reporter disappeared after being taken by plainclothes officers in Tashkent.", _GONE),
        ("A union leader vanished after security men took him from his home in Douala.", _GONE),
        ("Two students went missing after being picked up by men in an unmarked car in Quetta.", _GONE),
        # disappearing with no taking told is no event
        ("A climber went missing on the slopes above Chamonix.", "(none)"),
        ("Three fishermen disappeared after their canoe capsized on Lake Victoria.", "(none)"),
        ("The documents vanished after the office was renovated in Nairobi.", "(none)"),
    ],
)
def test_missing_after_taken(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # traders or shopkeepers (read as business people) beating someone: a mob, as villagers beating someone is
        ("Traders beat a suspected thief at a market in Onitsha.", "Mob violence"),
        ("Market traders beat a suspected robber in Accra.", "Mob violence"),
        # one business person beating someone is no mob
        ("A businessman beat his employee in Lagos.", "Attack"),
    ],
)
def test_traders_beating_someone_are_a_mob(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub
