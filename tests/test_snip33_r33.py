"""ACLED typing of news snippets, round 33 (lane snip33): shapes that gave no event or a wrong one. Property burnt or
wrecked by people told as angry (irate, furious, incensed ...) is a Violent demonstration, their burning someone's
house a mob's; crowds smashing windows destroy property; unarmed people fighting police or soldiers ("running
battles") riot; police arresting or removing people who glued or chained themselves somewhere intervene in a protest;
force told after a protest in its own sentence is that protest's intervention (not when told at another time); a new
armed group formed or announced, fighters handing themselves over, a group or faction splitting from or breaking
away from an armed group change the group (a business association formed, a party's faction, a suspect giving himself
up give none). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


_VD = "Violent demonstration"
_MOB = "Mob violence"
_CHANGE = "Change to group/activity"
_LOOT = "Looting/property destruction"
_PWI = "Protest with intervention"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # angry people burning or wrecking property riot; burning a house turns on its owner (a mob's)
        ("Furious taxi drivers torched a toll booth on the highway outside Lusaka.", _VD),
        ("Irate parents set fire to the offices of the school board in Nakuru.", _VD),
        ("Enraged villagers burned the house of a suspected sorcerer near Kigoma.", _MOB),
        # ... but people with no anger nor protest told torching a kiosk destroy property
        ("Unknown people torched a kiosk in Kumasi.", _LOOT),
        # crowds smashing windows wreck property; the angry or striking ones riot; a storm does nothing
        ("Disgruntled miners smashed windows at the mine's administration block in Kitwe.", _VD),
        ("A storm smashed windows across the port city of Beira.", "(none)"),
        # unarmed people fighting police or soldiers riot; rebels fighting police clash
        ("Jobless youths fought running battles with police in Sfax.", _VD),
        ("Rebels fought police in the hills near Kasese.", "Armed clash"),
    ],
)
def test_crowds(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # people who glued or chained themselves somewhere, arrested or removed: the protest's intervention
        ("Officers arrested nine campaigners who had glued themselves to a motorway in Munich.", _PWI),
        ("Police removed activists who had chained themselves to the railings of a ministry in Madrid.", _PWI),
        # ... but a man who locked himself in a flat is no protester
        ("Police arrested a man who had locked himself in a flat in Leeds.", "Arrests"),
        # force after a protest in its own sentence is its intervention, not force told at another time
        ("Dozens of nurses marched in Quito; police fired tear gas and detained five.", _PWI),
        ("Teachers rallied in Cusco a week after police fired tear gas at students.", "Peaceful protest"),
    ],
)
def test_protests(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a new armed group formed or its creation announced changes the armed landscape
        ("Former soldiers formed a new militia in the hills of Masisi.", _CHANGE),
        ("A new rebel movement was launched in northern Niger, its leaders said.", _CHANGE),
        ("The insurgents announced the creation of a new armed wing in Tillaberi.", _CHANGE),
        # ... but a business association or a party coalition formed is none
        ("Traders formed a new association to promote exports in Kampala.", "(none)"),
        ("The opposition announced the formation of a new coalition in Lusaka.", "(none)"),
        # fighters handing themselves over surrender; a suspect handing himself to police is no group's change
        ("Fifteen insurgents handed themselves over to soldiers in Cabo Delgado.", _CHANGE),
        ("The suspect handed himself over to police in Durban.", "(none)"),
        # a group splitting from an armed group, or a faction of one breaking away
        ("A splinter group split from the Allied Democratic Forces in Ituri.", _CHANGE),
        ("A faction of the ELN broke away in Arauca.", _CHANGE),
        # ... but a party's faction breaking away is no armed group's change
        ("A faction of the ruling party broke away in Harare.", "(none)"),
    ],
)
def test_group_changes(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
