"""Force used on people ("used water cannon against", "used force on") and things thrown by hand, and crowds told
through a count, a group or a participle ("thousands of demonstrators", "a crowd of rioters", "protesters hurling
bottles") whose violence short of killing is a riot (verbs.yaml use-crowd-force and throw-projectile,
coding/combine/protests.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

_events = coder_on("2025-03-10")


def _types(short, text: str) -> list[str | None]:
    return [(e.plover or {}).get("type") for e in _events(short, text)]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plover", "sub"),
    [
        (
            "Riot police used water cannon against students marching in Asuncion.",
            "COERCE",  # a dispersal is COERCE as wikinews-dev codes it (round 29); CAMEO 175 kept
            "Protest with intervention",
        ),
        ("Gendarmes used tear gas on farmers blocking a motorway near Rennes.", "COERCE", "Protest with intervention"),
        (
            "Officers had used excessive force against demonstrators in Harare, the report said.",
            "COERCE",
            "Protest with intervention",
        ),
        ("The air force used armed drones against insurgent camps in Borno on Friday.", "ASSAULT", "Air/drone strike"),
        ("Dozens of demonstrators stormed the regional assembly in Arequipa.", "PROTEST", "Violent demonstration"),
        ("A crowd of rioters attacked a bus depot in Conakry overnight.", "PROTEST", "Violent demonstration"),
        (
            "A knot of demonstrators tossing bricks fled from the riot police in Valencia.",
            "PROTEST",
            "Violent demonstration",
        ),
        (
            "Marchers carrying sticks and lobbing stones ran from the troops in Mandalay.",
            "PROTEST",
            "Violent demonstration",
        ),
        # youths throwing petrol bombs at the police riot: ACLED's violent demonstration (its codebook counts
        # Molotov cocktails among demonstrators' violence), PROTEST as wikinews-dev codes riots (round 32)
        ("Youths threw petrol bombs at a police armoured car in Belfast.", "PROTEST", "Violent demonstration"),
    ],
)
def test_force_and_riots(short, text, plover, sub):
    from wirecoder.evaluation.acled import main_event

    events = _events(short, text)
    assert plover in [(e.plover or {}).get("type") for e in events]
    if sub is not None:
        main = main_event(events)
        assert main is not None and main.acled["sub_event_type"] == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "The insurer used force majeure to cancel the policy.",
        "Trainee officers used batons during the drill on Tuesday.",
        "The family threw a party for the returning sailors.",
        "The pupils threw paper planes across the classroom.",
        "The bowler threw the ball back to the wicketkeeper.",
    ],
)
def test_no_event(short, text):
    assert _events(short, text) == []


@pytest.mark.slow
def test_a_counted_crowd_that_kills_stays_an_assault(short):
    assert "ASSAULT" in _types(short, "Hundreds of rioters stabbed a shopkeeper to death in Jos.")


@pytest.mark.slow
def test_counted_gunmen_are_no_riot(short):
    assert "PROTEST" not in _types(short, "Dozens of gunmen attacked a police post in Zamfara on Sunday.")


@pytest.mark.slow
def test_force_used_to_disperse_is_one_event(short):
    text = "Police used water cannon to disperse teachers rallying outside the ministry in La Paz."
    assert len([e for e in _events(short, text) if (e.plover or {}).get("type") in {"ASSAULT", "COERCE"}]) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Rioters smashed the windows of a bank in central Athens overnight.",
        "Hundreds ransacked the offices of the electoral board in Bukavu.",
    ],
)
def test_property_wrecked_by_a_crowd_is_a_riot(short, text):
    assert "PROTEST" in _types(short, text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    ["Detectives smashed a smuggling ring in Rotterdam.", "The sprinter smashed the national record in Nairobi."],
)
def test_wrecking_by_others_is_no_riot(short, text):
    assert "PROTEST" not in _types(short, text)
