"""A verb whose roles find no target takes the owner of its object noun: "called for X's resignation",
"called for the release of X" act on X. An owner that is no actor gives none ("the reopening of schools").
An accusation's clause subject is whom it accuses ("India alleged Pakistan was harbouring X"). Composed
sentences, several countries."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _pairs(short, text: str) -> list[tuple[str | None, str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    return [
        ((e.plover or {}).get("type"), e.target.name if e.target else None, e.target.country if e.target else None)
        for e in art.events
    ]


@pytest.mark.parametrize(
    "text, kind, country",
    [
        ("Activists in Moscow called for the release of Alexei Navalny.", "REQUEST", "RUS"),
        ("The Brazilian foreign ministry condemned the arrest of Evo Morales.", "ACCUSE", "BOL"),
        ("Opposition lawmakers in Nairobi called for the impeachment of William Ruto.", "REQUEST", "KEN"),
    ],
)
def test_the_owner_of_an_object_noun_is_the_target(short, text, kind, country):
    assert any(k == kind and c == country for k, _, c in _pairs(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Teachers in Lima demanded the reopening of schools.",
        "Residents of Accra called for the repair of the main road.",
    ],
)
def test_an_owner_that_is_no_actor_gives_no_target(short, text):
    assert all(name is None for _, name, _ in _pairs(short, text))


@pytest.mark.parametrize(
    "text, country",
    [
        ("India alleged Pakistan was harbouring the attackers.", "PAK"),
        ("Ethiopia alleged Eritrea had broken the truce.", "ERI"),
    ],
)
def test_an_accusations_clause_subject_is_the_target(short, text, country):
    assert any(k == "ACCUSE" and c == country for k, _, c in _pairs(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Critics in Paris alleged the scheme was wasteful.",
        "The Kenyan opposition alleged that it had been cheated.",
    ],
)
def test_an_accusations_clause_subject_that_is_no_other_actor_gives_no_target(short, text):
    assert all(name is None for k, name, _ in _pairs(short, text) if k == "ACCUSE")


@pytest.mark.parametrize(
    "text, kind, country",
    [
        ("Pakistan's nomination was rejected by India.", "REJECT", "PAK"),
        ("The legality of Venezuela's election was questioned by Colombia.", "ACCUSE", "VEN"),
        ("Colombia questioned the legality of Venezuela's election.", "ACCUSE", "VEN"),
        ("Serbia's bid was opposed by Croatia.", None, "SRB"),
    ],
)
def test_a_passive_subjects_owner_is_the_target(short, text, kind, country):
    assert any((kind is None or k == kind) and c == country for k, _, c in _pairs(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The plan was rejected by the Kenyan parliament.",
        "The proposal of the committee was rejected by Germany.",
        "The election result was challenged by the Kenyan opposition party.",
    ],
)
def test_a_passive_subject_with_no_actor_owner_gives_no_target(short, text):
    assert all(name is None for _, name, _ in _pairs(short, text))


@pytest.mark.parametrize(
    "text, country",
    [
        ("Iran launched missiles targeting US troops in Iraq.", "USA"),
        ("Israel fired rockets targeting Hamas positions in Gaza.", "PSE"),
        ("Ethiopian forces launched airstrikes aimed at Eritrean troops.", "ERI"),
    ],
)
def test_what_a_weapon_was_aimed_at_is_the_target(short, text, country):
    assert any(k == "ASSAULT" and c == country for k, _, c in _pairs(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired missiles targeting the power grid.",
        "The army fired shells targeting empty fields near the border.",
    ],
)
def test_a_weapon_aimed_at_no_actor_gives_no_target(short, text):
    assert all(name is None for _, name, _ in _pairs(short, text))


@pytest.mark.parametrize(
    "text, country",
    [
        ("The Canadian government announced new restrictions on flights to Venezuela.", "VEN"),
        ("Japan announced a ban on exports to North Korea.", "PRK"),
        ("Canada announced a ban on trade with Iran.", "IRN"),
    ],
)
def test_a_nominal_sanctions_inner_actor_is_the_target(short, text, country):
    assert any(k == "SANCTION" and c == country for k, _, c in _pairs(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "Australia announced restrictions on imports of beef.",
        "The government announced bans on travel to Canada for four officers.",
    ],
)
def test_a_nominal_sanction_with_no_other_actor_inside_gives_no_target(short, text):
    assert all(name is None for k, name, _ in _pairs(short, text) if k == "SANCTION")
