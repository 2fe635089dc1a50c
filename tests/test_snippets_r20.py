"""ACLED typing of news snippets, round 20: tyres or barricades burnt ("burned tyres") are property burnt, and a
violent demonstration when the same unarmed people protest in a conjoined act (either order) or a purpose clause
("burnt tyres to protest the price rise"); "target" aimed at an audience, or by a commercial or campaign subject
at voters, customers or a market, is no attack. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # burning debris by protesting people: a violent demonstration
        ("Hawkers burnt tyres near the Kano city gate to protest the eviction order.", "Violent demonstration"),
        ("Villagers in Tete burned tyres and blocked the railway over unpaid compensation.", "Violent demonstration"),
        ("Youths blocked the road and torched two buses in Lagos.", "Violent demonstration"),
        # negatives: burning without a protest stays as typed; a person burnt by a crowd is mob violence
        ("A crowd burned a suspected thief to death in Kampala.", "Mob violence"),
        ("Villagers burned the house of a suspected witch in Kilifi.", "Mob violence"),
        ("Fans burned flares in the stands as the visitors won 2-0.", "(none)"),
        # 'target' with an audience or a market: no attack
        ("The party's radio spots targeted rural voters in the north.", "(none)"),
        ("The weekly magazine targets readers in their twenties.", "(none)"),
        ("Car exporters are targeting the African market with cheaper models.", "(none)"),
        ("The lender targeted low-income customers with expensive credit.", "(none)"),
        ("Militants targeted a crowded market in Bannu with a grenade.", "Grenade"),
    ],
)
def test_snippet_types_r20(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # armed people targeting voters or shoppers stay a violent event (its sub-type is another class)
        "Gunmen targeted voters queuing at a polling station in Kunduz, killing three.",
        "Attackers targeted shoppers at a mall in Garissa, wounding nine.",
    ],
)
def test_armed_targeting_people_kept_r20(short, text: str) -> None:
    assert _sub(short, text) != "(none)"
