"""ACLED typing of news snippets, round 21: a crowd-control weapon told killing or badly hurting someone at a
protest is excessive force against protesters; state forces arresting people told as taking part in a protest
gathering is a protest with intervention; an attack named only as a noun in a sentence that remembers it is no
event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # harmful crowd-control force at a protest: excessive force
        (
            "A man protesting the land grab in Gulu died after a tear gas canister fired by police hit his chest.",
            "Excessive force against protesters",
        ),
        (
            "A teacher demonstrating against pay cuts in Bogota died after being struck by a rubber bullet fired by police.",
            "Excessive force against protesters",
        ),
        (
            "Three marchers in Santiago lost eyes after police fired pellets at them.",
            "Excessive force against protesters",
        ),
        # negatives: crowd-control force with no one harmed stays an intervention; harm with no such weapon stays
        ("Police fired tear gas canisters to disperse protesters in Harare.", "Protest with intervention"),
        ("Hundreds of farmers marched peacefully in Lilongwe to demand better maize prices.", "Peaceful protest"),
        # arrests of people taking part in a gathering: a protest with intervention
        ("Police detained scores of students joining a march in Yerevan on Friday.", "Protest with intervention"),
        ("Soldiers arrested several participants of a demonstration in Bamako.", "Protest with intervention"),
        # negatives: arrests with no gathering, or ahead of one not yet held, stay arrests
        ("Police arrested a senior customs officer in Mombasa on bribery charges.", "Arrests"),
        ("Police arrested two organisers of a planned rally in Minsk.", "Arrests"),
        # a remembered attack named only as a noun: no event; one told killing people is kept
        ("Families gathered in Sardasht to commemorate the gas attack on the town.", "(none)"),
        ("A chlorine gas attack on a village near Idlib killed eleven people.", "Chemical weapon"),
    ],
)
def test_snippet_types_r21(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
