"""ACLED typing of news snippets, round 18: two conjoined acts where the second tells what the first was (a truce
broken by shelling is the shelling; a road blocked by people who go on to burn vehicles is a violent
demonstration); looting by the press's unnamed wrongdoers (hoodlums, thugs); armed groups dissolving or merging
with no partner named; the kind of an attack done ("carried out a chemical attack"); people accused of a crime
beaten ("thrashed a suspected thief to death": Mob violence); a movement styled as the government overrunning a
district centre; Latin American and African police and riot units by name (Carabineros, ESMAD, GSU, mobile
police). Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Eritrean troops breached the ceasefire and shelled two hamlets near Zalambessa.",
            "Shelling/artillery/missile attack",
        ),
        ("Jobless youths blocked the ring road in Accra and set fire to two trucks.", "Violent demonstration"),
        ("Hoodlums plundered a relief warehouse in Maiduguri and burnt it down.", "Looting/property destruction"),
        ("The militia group dissolved itself at a ceremony in Bunia.", "Change to group/activity"),
        ("Three rival insurgent groups in Cabo Delgado have merged, a spokesman said.", "Change to group/activity"),
        ("Rebels carried out a chemical attack on an army outpost near Hama.", "Chemical weapon"),
        ("Villagers thrashed a suspected motorcycle thief to death in Gombe.", "Mob violence"),
        (
            "The Taliban overran the district centre of Khakrez after heavy fighting.",
            "Non-state actor overtakes territory",
        ),
        ("Carabineros dispersed a march of pensioners in Valparaíso.", "Protest with intervention"),
        ("GSU officers fired tear gas at boda-boda riders protesting in Eldoret.", "Protest with intervention"),
    ],
)
def test_snippet_types_r18(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a truce broken by words, or a blockade with no violence, keeps its own type
        ("The rebels violated the ceasefire, the army said.", "Armed clash|(none)"),
        ("Farmers blocked the highway near Ludhiana and sat on the road.", "Peaceful protest"),
        # protesters looting stay a riot; a crowd or a parliament dissolving, or firms merging, is no armed change
        ("Protesters looted shops during the march in Nairobi.", "Violent demonstration"),
        ("The parliament dissolved itself ahead of early elections.", "(none)"),
        ("The crowd dissolved after an hour.", "(none)"),
        ("Two telecom firms merged last year.", "(none)"),
        # a night attack is no chemical one; a team thrashed is no person
        ("Troops carried out a night attack on the rebel camp.", "Armed clash|Attack"),
        ("Ghana thrashed Nigeria 4-0 in Kumasi.", "(none)"),
        ("Carabineros arrested a man for drunk driving in Temuco.", "Arrests|(none)"),
    ],
)
def test_snippet_lookalikes_r18(short, text: str, sub: str) -> None:
    assert _sub(short, text) in sub.split("|")
