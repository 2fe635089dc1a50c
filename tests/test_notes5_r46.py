"""Round 46 notes5 lane: places and types of ACLED-style incident notes.

- a lone bracketed area that names a province and also a namesake district of another province is the province
  ("near Iguala (Guerrero)": the Mexican state, not the Guerrero municipality of Chihuahua; geo/note_places.py);
- a note's place name may hold a lowercase joint ("Pachir wa Agam district (Nangarhar)", area_words name_joints);
- quadcopters are drones: a quadcopter attack is an air/drone strike (nouns.yaml airstrike-n, weapon_codes);
- an object "them" (or "nine of them") of a killing verb is the people the clause just told of, so killing
  travellers taken off a bus is an attack on civilians, not a clash (fought_them.yaml, actors/passes/pronouns.py);
- people pulled out of a vehicle are no troops withdrawn (verbs.yaml withdraw).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current, km_from, main_place, main_sub_type
from wirecoder.geo.gazetteer import load_gazetteer
from wirecoder.geo.note_places import note_place


@pytest.mark.parametrize(
    ("text", "admin1", "country"),
    [
        ("On 2 October 2026, gunmen killed a shopkeeper near Iguala (Guerrero).", "Guerrero", "MEX"),
        ("On 3 October 2026, armed men torched two trucks near Tlapa (Guerrero).", "Guerrero", "MEX"),
    ],
)
def test_a_lone_bracket_naming_a_province_is_not_a_namesake_district_elsewhere(
    text: str, admin1: str, country: str
) -> None:
    found = note_place(text, load_gazetteer())
    assert found is not None, text
    assert found[0].admin1 == admin1 and country in found[0].countries, (found[0].name, found[0].admin1)


@pytest.mark.parametrize(
    ("text", "lat", "lon"),
    [
        (
            "On 4 October 2026, Taliban forces detained three former soldiers in Pachir wa Agam district (Nangarhar).",
            34.2,
            70.28,
        ),
    ],
)
def test_a_note_name_with_a_lowercase_joint_is_read_whole(short, text: str, lat: float, lon: float) -> None:
    assert km_from(main_place(short, text, "2026-10-20"), lat, lon) <= 30, text


@pytest.mark.parametrize(
    "text",
    [
        "On 5 October 2026, a quadcopter attack on a Levies post in Mastung (Mastung, Balochistan) wounded two guards.",
        "On 6 October 2026, a quadcopter struck a house in Mir Ali (North Waziristan, Khyber Pakhtunkhwa), killing a boy.",
    ],
)
def test_quadcopters_are_drones(short, text: str) -> None:
    assert main_sub_type(short, text) == "Air/drone strike", text


def test_a_quadcopter_shot_down_is_no_strike(short) -> None:
    text = "On 7 October 2026, security forces shot down a quadcopter near Bannu (Bannu, Khyber Pakhtunkhwa)."
    assert main_sub_type(short, text) == "Disrupted weapons use"


@pytest.mark.parametrize(
    "text",
    [
        "On 8 October 2026, gunmen stopped a minibus near Mach (Kachhi, Balochistan), took off five travellers and shot them dead.",
        "On 9 October 2026, militants forced passengers off a coach near Kalat (Kalat, Balochistan) and killed four of them.",
        "On 10 October 2026, insurgents dragged three drivers out of their trucks near Zhob (Zhob, Balochistan) and executed them.",
    ],
)
def test_killing_them_after_taking_people_off_a_vehicle_attacks_civilians(short, text: str) -> None:
    assert main_sub_type(short, text) == "Attack", text


def test_a_clash_with_them_stays_a_clash(short) -> None:
    text = "On 11 October 2026, TTP militants attacked a checkpost in Tank (Tank, Khyber Pakhtunkhwa) and soldiers repulsed them."
    assert main_sub_type(short, text) == "Armed clash"


def test_people_pulled_out_of_a_van_are_no_withdrawal(short) -> None:
    text = "On 12 October 2026, armed men pulled two teachers out of a van near Turbat (Kech, Balochistan) and killed them."
    codes = [e.cameo.get("code") for e in current(coder_on("2026-10-20")(short, text))]
    assert "0874" not in codes and any(c and c[:2] in ("18", "19") for c in codes), codes


def test_troops_pulled_out_stay_a_withdrawal(short) -> None:
    text = "On 13 October 2026, the army pulled its troops out of the town of Kalat after the talks."
    codes = [e.cameo.get("code") for e in current(coder_on("2026-10-20")(short, text))]
    assert "0874" in codes, codes
