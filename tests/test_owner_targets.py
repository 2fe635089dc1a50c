"""A verb whose roles find no target takes the owner of its object noun: "called for X's resignation",
"called for the release of X" act on X. An owner that is no actor gives none ("the reopening of schools").
An accusation's clause subject is whom it accuses ("India alleged Pakistan was harbouring X"). A passive
subject's owner, what a weapon was aimed at and the actor inside a nominal sanction are targets too. Composed
sentences, several countries: each rule has cases that must give the target and cases that must give none."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _pairs(short, text: str) -> list[tuple[str | None, str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    return [
        ((e.plover or {}).get("type"), e.target.name if e.target else None, e.target.country if e.target else None)
        for e in art.events
    ]


# (rule, sentence, the PLOVER type that carries the target or None for any, the target's country)
TARGETED = [
    ("owner of the object", "Activists in Moscow called for the release of Alexei Navalny.", "REQUEST", "RUS"),
    ("owner of the object", "The Brazilian foreign ministry condemned the arrest of Evo Morales.", "ACCUSE", "BOL"),
    (
        "owner of the object",
        "Opposition lawmakers in Nairobi called for the impeachment of William Ruto.",
        "REQUEST",
        "KEN",
    ),
    ("accusation's clause subject", "India alleged Pakistan was harbouring the attackers.", "ACCUSE", "PAK"),
    ("accusation's clause subject", "Ethiopia alleged Eritrea had broken the truce.", "ACCUSE", "ERI"),
    ("passive subject's owner", "Pakistan's nomination was rejected by India.", "REJECT", "PAK"),
    ("passive subject's owner", "The legality of Venezuela's election was questioned by Colombia.", "ACCUSE", "VEN"),
    ("passive subject's owner", "Colombia questioned the legality of Venezuela's election.", "ACCUSE", "VEN"),
    ("passive subject's owner", "Serbia's bid was opposed by Croatia.", None, "SRB"),
    ("what a weapon was aimed at", "Iran launched missiles targeting US troops in Iraq.", "ASSAULT", "USA"),
    ("what a weapon was aimed at", "Israel fired rockets targeting Hamas positions in Gaza.", "ASSAULT", "PSE"),
    ("what a weapon was aimed at", "Ethiopian forces launched airstrikes aimed at Eritrean troops.", "ASSAULT", "ERI"),
    (
        "sanction's inner actor",
        "The Canadian government announced new restrictions on flights to Venezuela.",
        "SANCTION",
        "VEN",
    ),
    ("sanction's inner actor", "Japan announced a ban on exports to North Korea.", "SANCTION", "PRK"),
    ("sanction's inner actor", "Canada announced a ban on trade with Iran.", "SANCTION", "IRN"),
]

# (rule, sentence, the PLOVER type whose events must have no target, or None for every event)
UNTARGETED = [
    ("owner that is no actor", "Teachers in Lima demanded the reopening of schools.", None),
    ("owner that is no actor", "Residents of Accra called for the repair of the main road.", None),
    ("clause subject that is no other actor", "Critics in Paris alleged the scheme was wasteful.", "ACCUSE"),
    ("clause subject that is no other actor", "The Kenyan opposition alleged that it had been cheated.", "ACCUSE"),
    ("passive subject with no actor owner", "The plan was rejected by the Kenyan parliament.", None),
    ("passive subject with no actor owner", "The proposal of the committee was rejected by Germany.", None),
    ("passive subject with no actor owner", "The election result was challenged by the Kenyan opposition party.", None),
    ("weapon aimed at no actor", "Russia fired missiles targeting the power grid.", None),
    ("weapon aimed at no actor", "The army fired shells targeting empty fields near the border.", None),
    ("sanction with no other actor inside", "Australia announced restrictions on imports of beef.", "SANCTION"),
    (
        "sanction with no other actor inside",
        "The government announced bans on travel to Canada for four officers.",
        "SANCTION",
    ),
]


@pytest.mark.parametrize("rule, text, kind, country", TARGETED, ids=[f"{r[0]}: {r[1]}" for r in TARGETED])
def test_the_rule_gives_the_target(short, rule, text, kind, country):
    assert any((kind is None or k == kind) and c == country for k, _, c in _pairs(short, text)), rule


@pytest.mark.parametrize("rule, text, kind", UNTARGETED, ids=[f"{r[0]}: {r[1]}" for r in UNTARGETED])
def test_the_rule_gives_no_target(short, rule, text, kind):
    assert all(name is None for k, name, _ in _pairs(short, text) if kind is None or k == kind), rule
