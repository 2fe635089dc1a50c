"""ACLED typing of news snippets, round 32 (lane snip32): crowds, riots and armed-group changes. Violence or
destruction by people told as protesting, striking or rioting is a Violent demonstration; unarmed people clashing with
soldiers (not only police), or pelting police or soldiers with stones, riot (Violent demonstration), while stoning a
suspect stays a mob's; vigilantes fighting armed raiders clash (Armed clash) but lynching a thief stays a mob's;
thieves or burglars ransacking a place loot it, stealing a phone is no event; people told only as unknown burning a
school destroy property, no mob; fighters breaking away from an armed group, or a commander defecting to an armed side,
change the group (leaving talks, a party or a politician defecting give none); people "set upon" someone assault
them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


_VD = "Violent demonstration"
_MOB = "Mob violence"
_CHANGE = "Change to group/activity"
_LOOT = "Looting/property destruction"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people told as protesting or striking wrecking property riot
        ("Striking dock workers set fire to two trucks at the port of Tema.", _VD),
        ("Protesting farmers torched the district agriculture office in Kilosa.", _VD),
        # ... but force on them is the protest's intervention, and gunmen burning trucks destroy property
        ("Police fired tear gas at protesting farmers in Kilosa.", "Protest with intervention"),
        ("Gunmen torched two trucks on the highway near Gao.", _LOOT),
        # unarmed people clashing with soldiers, or stoning police or soldiers, riot; rebels with soldiers clash
        ("Youths clashed with soldiers in the Guinean town of Kankan.", _VD),
        ("Rebels clashed with soldiers near Beni.", "Armed clash"),
        ("Youths hurled rocks at soldiers at a checkpoint in the town of Kidal.", _VD),
        ("Students pelted policemen with stones in Srinagar.", _VD),
        ("Villagers pelted a suspected thief with stones in Tanga.", _MOB),
        # vigilantes fighting armed raiders clash; lynching a thief stays a mob's
        ("Vigilantes repelled an attack by bandits on a village in Sokoto.", "Armed clash"),
        ("Vigilantes beat a suspected thief to death in Kano.", _MOB),
        # thieves ransacking a place loot it; stealing a phone is ordinary crime
        ("Burglars ransacked a pharmacy in Kinshasa.", _LOOT),
        ("Thieves stole a phone from a tourist in Nairobi.", "(none)"),
        # people told only as unknown are no crowd of residents
        ("Unknown people burned down a school in Kasai.", _LOOT),
    ],
)
def test_crowds_and_property(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Hundreds of militants broke away from the Islamic State group in Mozambique.", _CHANGE),
        ("Rebels broke away from the talks in Doha.", "(none)"),
        ("Two lawmakers broke away from the ruling party.", "(none)"),
        ("A battalion commander defected to the rebels with his men.", _CHANGE),
        ("A rebel commander defected to the government side with his men.", _CHANGE),
        ("A senior MP defected to the opposition party.", "(none)"),
    ],
)
def test_group_changes(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Residents set upon a suspected cattle thief and beat him to death in Kisii.", _MOB),
        ("Gunmen set upon a bus carrying traders near Maradi, killing four.", "Attack"),
    ],
)
def test_set_upon(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
