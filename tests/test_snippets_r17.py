"""ACLED typing of news snippets, round 17: the rarer sub-types in regional press wording. Territory liberated from
a side, with the places taken by capture verbs (headquarters, township, locality...); control wrested; an armed side
dislodged from a place; bases or positions vacated or abandoned by an armed side (Non-violent transfer); fighters
renouncing violence, and armed men defecting to another group or armed groups merging (Change to group/activity);
a base installed (Headquarters or base established); force made with a chemical agent (with / using poisonous gas);
the one-word baton charge of South Asian press ("lathicharged"); "thrashed" people; "gangraped"; goods carted away by
hoodlums, miscreants or thugs; idols damaged; a mob's rampage (Mob violence). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Troops liberated the township of Hpakant from KIA fighters on Sunday.", "Government regains territory"),
        (
            "Rebels liberated the locality of Masisi from government forces, the group said.",
            "Non-state actor overtakes territory",
        ),
        (
            "The army wrested control of Bunagana from the rebels after a week of fighting.",
            "Government regains territory",
        ),
        ("JNIM fighters dislodged soldiers from the town of Djibo.", "Non-state actor overtakes territory"),
        ("Peacekeepers vacated their camp in Kidal and left it to the army.", "Non-violent transfer of territory"),
        (
            "Government soldiers abandoned their positions near Kitchanga overnight.",
            "Non-violent transfer of territory",
        ),
        ("Eighty militants renounced violence at a ceremony in Guwahati.", "Change to group/activity"),
        ("Two ADF commanders defected to the Maimai militia with their fighters.", "Change to group/activity"),
        ("The militants installed a base in the hills above Tirah.", "Headquarters or base established"),
        ("Insurgents attacked an army post with poisonous gas near Menaka.", "Chemical weapon"),
        ("Police lathicharged the marchers near the assembly in Bhopal.", "Protest with intervention"),
        ("Residents thrashed two youths to death on suspicion of theft in Gaya.", "Mob violence"),
        ("A Dalit girl was gangraped by three men in Lalitpur.", "Sexual violence"),
        ("Miscreants carted away relief materials from a store in Owerri.", "Looting/property destruction"),
        ("Unknown persons vandalised a shrine and damaged idols in Comilla.", "Looting/property destruction"),
        ("Mobs vandalised the houses of a minority family in Jaranwala.", "Mob violence"),
    ],
)
def test_snippet_types_r17(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The army liberated 30 hostages held by bandits in Zamfara.", "Abduction/forced disappearance|(none)"),
        ("Engineers dislodged a boulder from the road near Ramban.", "(none)"),
        ("Residents abandoned their homes as floodwaters rose in Sylhet.", "(none)"),
        ("The ministry abandoned its plan to build a dam on the river.", "(none)"),
        ("Villagers vacated their houses ahead of the cyclone.", "(none)"),
        ("He renounced his citizenship last year.", "(none)"),
        ("Two MLAs defected to the ruling party on Monday.", "(none)"),
        ("The two banks merged last year.", "(none)"),
        ("The municipality installed cameras at the junction.", "(none)"),
        ("Police attacked the marchers with tear gas in Nairobi.", "Protest with intervention"),
        ("India thrashed Australia by eight wickets in Nagpur.", "(none)"),
        ("Police carted away the seized goods to the station.", "(none)"),
        ("Protesters vandalised the office of the ruling party in Kolkata.", "Violent demonstration"),
    ],
)
def test_snippet_lookalikes_r17(short, text: str, sub: str) -> None:
    assert _sub(short, text) in sub.split("|")
