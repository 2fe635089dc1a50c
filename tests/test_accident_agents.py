"""A death told with an accident as the passive agent ("killed by the ferry disaster", "crushed by an avalanche")
is no attack, nor is one told "in" an accident's blast ("died in a gas cylinder blast"); a person, a force or a weapon as the agent stays one.
The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "Rescue teams recovered the bodies of pilgrims killed by the bus disaster near Mecca.",
        "Three climbers were killed by an avalanche on the Swiss side of the mountain.",
        "Six villagers were killed by the floods in Sindh, officials said.",
        "Eleven miners were killed by a gas explosion in Zonguldak.",
        "Two workers were killed in a mine mishap in Jharkhand.",
        # the accident as the means "in" which they died: a gas or cylinder blast is no bombing
        "Seven diners died in a gas cylinder blast at a restaurant in Multan.",
        "Four firefighters were killed in a boiler explosion at a textile mill.",
    ],
)
def test_an_accident_as_the_agent_gives_no_attack(short, text: str) -> None:
    assert [e for e in current(events(short, text)) if (e.plover or {}).get("type") == "ASSAULT"] == []


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two soldiers were killed by a roadside bomb in Helmand.", 2),
        ("Five fishermen were killed by the Indian navy off Gujarat.", 5),
        ("Four shoppers were killed by a suicide bomber in a market in Maiduguri.", 4),
    ],
)
def test_a_force_or_a_weapon_as_the_agent_stays_an_attack(short, text: str, dead: int) -> None:
    attacks = [e for e in current(events(short, text)) if (e.plover or {}).get("type") == "ASSAULT"]
    assert attacks
    assert attacks[0].fatalities == dead


def test_the_weather_as_doer_is_no_incident_but_the_heat_of_a_battle_is_no_accident(short) -> None:
    assert [e for e in current(events(short, "The sun ignited dry grass near a barracks in Sokoto.")) if e.plover] == []
    battle = current(events(short, "Soldiers killed four militants in the heat of the battle in Kunar."))
    assert [e.fatalities for e in battle if (e.plover or {}).get("type") == "ASSAULT"] == [4]
