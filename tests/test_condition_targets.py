"""Whom a threat or a protest is aimed at, read from its condition or its grievance: "unless X withdraws",
"to protest X's cuts", "in protest against arrests by X". Composed sentences, with negatives."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _events(short, text: str) -> list[tuple[str | None, str | None, str | None]]:
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    return [
        ((e.plover or {}).get("type"), e.source.text if e.source else None, e.target.country if e.target else None)
        for e in art.events
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greece threatened to veto the budget if Turkey continued drilling.", "Greece", "TUR"),
        ("Morocco threatened to leave the talks unless Algeria apologised.", "Morocco", "DZA"),
    ],
)
def test_a_threats_condition_names_its_target(short, text, source, target):
    assert ("THREATEN", source, target) in _events(short, text)


def test_a_condition_about_the_threatener_itself_is_no_target(short):
    found = _events(short, "Serbia threatened to close the border if it lost more money.")
    assert all(t is None for ty, _, t in found if ty == "THREATEN")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Students in Accra marched to protest the Ghanaian government's tuition rise.", "GHA"),
        (
            "Farmers staged a sit-in outside parliament in Nairobi to demand compensation from the Kenyan government.",
            "KEN",
        ),
        ("Dockworkers in Chittagong went on strike in protest against the arrests by Bangladeshi police.", "BGD"),
    ],
)
def test_a_protests_grievance_names_its_target(short, text, target):
    assert any(ty == "PROTEST" and t == target for ty, _, t in _events(short, text))


def test_a_protest_with_no_grievance_has_no_target(short):
    assert all(
        t is None for ty, _, t in _events(short, "Thousands of people marched in Lima on Sunday.") if ty == "PROTEST"
    )


def test_they_after_a_groups_possessed_subject_is_that_group(short):
    text = (
        "Nurses in Harare walked out of three hospitals on Monday. "
        "The nurses' union leaders said wages had not been paid. "
        "They demanded that the Zimbabwean health ministry pay the arrears."
    )
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    assert any(e.source is not None and e.source.text == "They" and e.source.country == "ZWE" for e in art.events)


def test_a_place_in_a_bare_titles_phrase_gives_the_persons_country(short):
    text = (
        "Casino workers met Macau Chief Executive Ho Lam Fai on Monday, a day after Chinese officials toured the city."
    )
    art = short(Article(raw=text, source="t", published="2024-05-10"))
    assert any(m.text == "Ho Lam Fai" and m.actor is not None and m.actor.country == "MAC" for m in art.mentions)
