""" "They" points back to a plural group, never to a singular described body ("the foreign ministry" is
"it"). Stories composed here."""

from __future__ import annotations

import pytest

from wirecoder.article import Article

pytestmark = pytest.mark.slow


def pronoun_countries(short, text: str, word: str) -> list[str | None]:
    art = short(Article(raw=text, source="news", published="2024-03-11"))
    return [m.actor.country if m.actor else None for m in art.mentions if m.text == word]


def test_they_is_not_a_singular_ministry_named_before(short):
    got = pronoun_countries(
        short,
        "ANKARA — The Turkish Foreign Ministry rejected the statement of the four governments on Thursday. "
        "To calm tensions, they invited all sides to talks in Vienna.",
        "they",
    )
    assert got and got[0] != "TUR"


def test_they_still_takes_a_plural_group_subject_before(short):
    got = pronoun_countries(
        short,
        "LAGOS — Nigerian soldiers raided a militant camp near Maiduguri on Friday. "
        "They said six fighters were arrested.",
        "They",
    )
    assert got == ["NGA"]


# --- "I" inside a quote: the speaking person ------------------------------------------------------------


def test_i_in_a_quote_after_a_colon_is_the_person_who_speaks(short):
    got = pronoun_countries(
        short,
        "NAIROBI — Kenyan energy minister Samuel Otieno resigned on Tuesday. Otieno gave a different "
        'account on Twitter: "I offered to resign last week and the president refused."',
        "I",
    )
    assert got == ["KEN"]


def test_i_in_a_quote_of_a_group_is_no_one(short):
    got = pronoun_countries(
        short,
        'NAIROBI — The police said on Monday: "We arrested the man and I questioned him."',
        "I",
    )
    assert got in ([], [None])
