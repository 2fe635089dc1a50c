"""ACLED typing of news snippets, round 23: violence or an arrest told in an alleging verb's clause ("..., his
family alleged") is an act of its own beside the accusation; an attack noun that left one uncounted person dead or
wounded is an incident; a named civilian harmed at a security post is an attack on a civilian, not a battle; a
person forced into a vehicle is abducted (by police, arrested).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # violence or an arrest in the clause of an alleging verb, after it or before it
        ("Police arrested a student leader in Harare, his lawyer alleged.", "Arrests"),
        ("Prison guards beat an inmate to death in Kigali, his relatives alleged.", "Attack"),
        ("The union alleged that soldiers had shot dead a miner near Kolwezi.", "Attack"),
        ("Militiamen raped two girls in a camp outside Bunia, a local NGO charged.", "Sexual violence"),
        # negatives: a wrongdoing that is no violence stays an accusation (no ACLED type); a denied or future act
        ("Opposition leaders alleged that the ruling party had rigged the vote in Lusaka.", "(none)"),
        ("The rebels did not attack the convoy, their spokesman alleged.", "(none)"),
        ("The army will arrest the strike leaders, the union alleged.", "(none)"),
        # an attack noun that left one uncounted person harmed
        ("A grenade attack on a kiosk in Goma left its owner wounded.", "Grenade"),
        ("A bomb attack on a tea shop in Quetta left a waiter dead.", "Remote explosive/landmine/IED"),
        # negatives: a thing left damaged, a person left with no harm told, or no attack at all
        ("A grenade attack on a kiosk in Goma left the building in ruins.", "(none)"),
        ("The storm in Goma left a fisherman dead.", "(none)"),
        ("The meeting in Goma left the mayor disappointed.", "(none)"),
        # a named civilian harmed at a checkpoint by its holders: an attack on a civilian
        ("Soldiers beat a trader to death at a checkpoint outside Gao, his brother alleged.", "Attack"),
        # negative: an attack on the checkpoint itself stays a battle
        ("Militants attacked an army checkpoint outside Gao, killing two soldiers.", "Armed clash"),
        # a person forced into a vehicle: abducted, or arrested by police
        ("Unidentified men bundled a blogger into a minibus in Bamako.", "Abduction/forced disappearance"),
        ("Kidnappers dragged two girls into a pickup near Katsina.", "Abduction/forced disappearance"),
        ("Police forced an opposition lawyer into a van outside a court in Kampala.", "Arrests"),
        # negatives: goods or vehicles moved, a bill forced through
        ("Dockers threw sacks of grain into a truck at the port of Mombasa.", "(none)"),
        ("Shoppers bundled their purchases into a car outside a market in Kampala.", "(none)"),
    ],
)
def test_snippets_r23(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
