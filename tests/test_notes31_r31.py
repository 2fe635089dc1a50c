"""Round 31 incident-notes lane: a vehicle that hits, strikes or runs over a mine or a planted bomb tells a mine or
IED blast with no named layer (the vehicle and those aboard its target), and people taken by force ("forcibly",
"at gunpoint") are abducted. A vehicle hitting a tree or another vehicle, a mine found and defused, people taken
somewhere with no force, and goods taken at gunpoint are no such event."""

from __future__ import annotations

from typing import Any

import pytest

from attack_tolls import toll_helpers

events, main, dead, total, source = toll_helpers("2026-12-07")


def _sub(short: Any, text: str) -> str | None:
    event = main(short, text)
    return (event.acled or {}).get("sub_event_type") if event is not None else None


IED = "Remote explosive/landmine/IED"
ABDUCTION = "Abduction/forced disappearance"


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, an army truck hit an explosive device near Djibo (Soum, Sahel), killing three soldiers.",
        "On 3 May 2026, a minibus ran over a roadside bomb near Jowhar (Middle Shabelle), killing four passengers.",
        "On 3 May 2026, a police convoy drove over a landmine near Tame (Arauca), wounding two officers.",
        "On 3 May 2026, a Frontier Corps patrol vehicle struck an IED near Bannu (Khyber Pakhtunkhwa).",
    ],
)
def test_vehicle_hitting_a_mine_is_an_ied_blast(short: Any, text: str) -> None:
    assert _sub(short, text) == IED
    event = main(short, text)
    # who laid it is not said: the vehicle's side is the target, never the source
    assert event.source is None or not event.source.text


def test_vehicle_mine_blast_keeps_its_toll(short: Any) -> None:
    text = "On 3 May 2026, an army truck hit an explosive device near Djibo (Soum, Sahel), killing three soldiers."
    assert total(short, text) == 3


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2026, a bus hit a tree near Kidal, killing three passengers.",
        "On 3 May 2026, a truck ran over a dog near Kidal.",
        "On 3 May 2026, soldiers found and defused a landmine near Tame (Arauca).",
    ],
)
def test_no_mine_blast_without_a_vehicle_hitting_a_mine(short: Any, text: str) -> None:
    assert IED not in [(e.acled or {}).get("sub_event_type") for e in events(short, text)]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 November 2026, armed men forcibly took three young men from a farm in Zitacuaro (Michoacan).",
        "On 4 May 2026, gunmen took a trader away at gunpoint in Kaduna (Kaduna).",
    ],
)
def test_people_taken_by_force_are_abducted(short: Any, text: str) -> None:
    assert _sub(short, text) == ABDUCTION


@pytest.mark.parametrize(
    "text",
    [
        "On 4 May 2026, the teacher took the children to the museum in Kaduna.",
        "On 4 May 2026, robbers took cash at gunpoint from a shop in Kaduna.",
    ],
)
def test_no_abduction_without_people_taken_by_force(short: Any, text: str) -> None:
    assert ABDUCTION not in [(e.acled or {}).get("sub_event_type") for e in events(short, text)]


def _source_country(short: Any, text: str) -> str | None:
    event = main(short, text)
    return event.source.country if event is not None and event.source is not None else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("On 24 November 2026, jihadists attacked Bocaranga (Lim-Pende), killing two civilians.", "CAF"),
        ("On 24 November 2026, rebels took control of Bocaranga (Lim-Pende) after clashing with FACA soldiers.", "CAF"),
        ("On 24 November 2026, cattle raiders attacked Pibor (Jonglei).", "SSD"),
    ],
)
def test_local_attacker_of_a_town_is_of_its_country(short: Any, text: str, country: str) -> None:
    assert _source_country(short, text) == country


@pytest.mark.parametrize(
    "text",
    [
        "On 24 November 2026, drones struck Odesa (Odesa).",  # drones fly across borders
        "On 24 November 2026, hackers attacked Estonia.",  # a country attacked says nothing of the attacker
    ],
)
def test_remote_or_country_target_gives_no_attacker_country(short: Any, text: str) -> None:
    event = main(short, text)
    country = event.source.country if event is not None and event.source is not None else None
    target = event.target.country if event is not None and event.target is not None else None
    assert country is None or country != target


@pytest.mark.parametrize(
    "text",
    [
        "On 15 November 2026, unknown arsonists set fire to three classrooms of a primary school in Kaga (Borno).",
        "On 15 November 2026, gunmen set ablaze a dormitory of a secondary school near Bama (Borno).",
    ],
)
def test_classrooms_and_dormitories_burnt_are_property_destruction(short: Any, text: str) -> None:
    assert _sub(short, text) == "Looting/property destruction"


def test_rubbish_burnt_is_no_property_destruction(short: Any) -> None:
    text = "On 15 November 2026, residents set fire to piles of rubbish in Kaga (Borno) to clear the ground."
    assert "Looting/property destruction" not in [(e.acled or {}).get("sub_event_type") for e in events(short, text)]
