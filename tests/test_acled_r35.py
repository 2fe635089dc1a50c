"""ACLED typing of composed snippets and notes, round 35 (lane acled): ordnance named by its kind (landmines, mortar
shells or rounds, rockets and their launchers, detonators) seized, confiscated or recovered by forces is ACLED's
Disrupted weapons use (verbs.yaml seize-weapons and neighbours, acled.yaml's arms objects); vehicles or buildings
stoned are damaged property typed by who stoned them (verbs.yaml stone-property; acled.yaml: a demonstrating kind
a Violent demonstration, anyone else a Mob violence), while people stoned keep PETRARCH2's frames; a splinter group
breaking away from an armed group told by its name is a Change to group/activity (acled.yaml, target_armed). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # ordnance by its kind, seized or recovered by forces
        ("Soldiers seized four landmines and a mortar at a farm near Gao.", "Disrupted weapons use"),
        ("Police confiscated mortar shells and detonators from a truck in Tal Afar.", "Disrupted weapons use"),
        ("Troops recovered a rocket launcher hidden in a cave in Paktia.", "Disrupted weapons use"),
        ("Army engineers found two anti-tank landmines buried under a road in Idlib.", "Disrupted weapons use"),
        ("The navy seized 3,000 rounds of ammunition from a dhow off Puntland.", "Disrupted weapons use"),
        # property stoned: by demonstrating kinds a violent demonstration, by others a mob's
        ("Striking dockers stoned lorries leaving the port of Mombasa.", "Violent demonstration"),
        ("University students stoned two buses in Rajshahi during a rally over fees.", "Violent demonstration"),
        ("Opposition supporters stoned the ruling party's office in Lusaka.", "Violent demonstration"),
        ("A mob stoned the house of a suspected witch in Tanzania's Geita region.", "Mob violence"),
        ("Settlers stoned cars on a highway near Hebron.", "Mob violence"),
        # a splinter group breaking away from an armed group told by its name changes that group
        ("A splinter group broke away from the ADF in Beni.", "Change to group/activity"),
        ("A splinter group broke away from Boko Haram in Borno.", "Change to group/activity"),
    ],
)
def test_r35_positive(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # seized things that are no ordnance, spent shells found at a scene, mines that are mining sites
        ("Rebels seized two gold mines in South Kivu.", "(none)"),
        ("Police recovered spent shells at the scene of the shooting in Chicago.", "(none)"),
        ("Customs officers seized 40 kilograms of cocaine at the port of Guayaquil.", "(none)"),
        # people stoned keep their own coding: a crowd stoning a person is mob violence, protesters stoning police a riot
        ("A woman was stoned to death by a crowd in a village near Kismayo.", "Mob violence"),
        ("Protesters stoned riot police in Conakry.", "Violent demonstration"),
        # a party's or a union's split names no armed group
        ("A splinter group broke away from Fatah in Ramallah.", "(none)"),
        ("A splinter group broke away from the Congress of South African Trade Unions.", "(none)"),
    ],
)
def test_r35_negative(short, text: str, sub: str) -> None:
    assert main_sub_type(short, text) == sub
