"""Round 40 strategic lane: ACLED Strategic developments told in news snippets.

- a party or an armed group leaving or suspending its part in talks (CAMEO 164), or an armed group leaving a truce
  or a monitoring body (160), is ACLED's Change to group/activity; states leaving trade talks or a treaty are none;
- forces entering a town or a base the other side left, or meeting no resistance, take it (192) and ACLED types
  that as a Non-violent transfer of territory; entering a race, a hall or a building is no takeover;
- drones or balloons seen over a place are ACLED's strategic Other; craft a state tracks stay untyped;
- a state of emergency or a state of siege imposed is a restriction (CAMEO 1724);
- a curfew a state lays is ACLED's Change to group/activity (as an armed group's already was); a state of emergency
  and other bans stay strategic Other.
"""

from __future__ import annotations

import pytest

from composed import cameo_codes, coder_on, sub_types

events = coder_on("2026-12-07")


def subs(short, text: str) -> list[str | None]:
    return sub_types(events(short, text))


def codes(short, text: str) -> list[str | None]:
    return cameo_codes(events(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The ELN guerrillas pulled out of the peace talks with the government on Tuesday.",
        "The rebel coalition said it was suspending its participation in the negotiations in Doha.",
        "The militia announced it had quit the talks with the regional administration.",
        "The main opposition alliance withdrew from the national dialogue in Kinshasa.",
        "The insurgents withdrew from the ceasefire monitoring committee on Friday.",
    ],
)
def test_leaving_talks_or_a_truce_body_is_a_group_change(short, text: str) -> None:
    assert subs(short, text)[:1] == ["Change to group/activity"]


@pytest.mark.parametrize(
    "text",
    [
        "China broke off trade talks with the United States.",
        "The teachers' union pulled out of wage talks with the education ministry.",
        "The United States withdrew from the Paris climate agreement.",
    ],
)
def test_states_or_unions_leaving_talks_or_treaties_are_no_group_change(short, text: str) -> None:
    assert "Change to group/activity" not in subs(short, text)


@pytest.mark.parametrize(
    "text",
    [
        "Government troops entered the town after the militia withdrew.",
        "Kurdish forces entered the town of Tal Tamr without resistance after the jihadists fled.",
        "Ethiopian soldiers entered the town of Humera without a fight on Sunday.",
    ],
)
def test_entering_a_place_the_other_side_left_is_a_non_violent_transfer(short, text: str) -> None:
    assert subs(short, text)[:1] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate entered the race after the incumbent withdrew.",
        "Police entered the camp after the protesters fled.",
        "Troops entered the building to search for weapons.",
        "The president entered the hall to applause.",
        "Turkey would be moving into northern Syria.",
    ],
)
def test_entering_a_race_a_camp_or_a_building_takes_no_territory(short, text: str) -> None:
    assert "192" not in codes(short, text)


def test_drones_spotted_over_a_place_are_strategic_other(short) -> None:
    assert subs(short, "Residents spotted unidentified drones over the airport in Bamako.")[:1] == ["Other"]


def test_aircraft_a_state_tracked_are_no_strategic_other(short) -> None:
    assert "Other" not in subs(short, "Taiwan said it detected 24 Chinese aircraft around the island.")


@pytest.mark.parametrize(
    "text",
    [
        "The army imposed a state of emergency in three districts of Tigray.",
        "The government imposed a state of siege in North Kivu province.",
    ],
)
def test_a_state_of_emergency_imposed_is_a_restriction(short, text: str) -> None:
    assert "1724" in codes(short, text)


def test_a_state_of_affairs_imposed_is_no_emergency(short) -> None:
    assert "1724" not in codes(short, "The new rules imposed a state of confusion on the markets.")


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Plateau state imposed a 24-hour curfew on the town of Bokkos.",
        "Police imposed a dusk-to-dawn curfew in the city of Kasese.",
    ],
)
def test_a_state_curfew_is_a_group_change(short, text: str) -> None:
    assert subs(short, text)[:1] == ["Change to group/activity"]


def test_a_state_of_emergency_stays_strategic_other(short) -> None:
    assert subs(short, "The government declared a state of emergency in the Amhara region.")[:1] == ["Other"]
