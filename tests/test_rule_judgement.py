"""A court ruling that an act was a provocation or propaganda, or calling it "an attack on" something, judges it
(CAMEO 111, ACCUSE); a ruling with no such words, or a "rule" of a country, is none. Composed sentences."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _codes(short, text: str) -> list[tuple[str, str | None]]:
    art = short(Article(raw=text, source="t", published="2025-09-15"))
    return [(e.plover["type"], e.source.text if e.source else None) for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "A court in Tunis ruled that the blogger's posts amounted to propaganda against the state.",
        "The judges ruled that the opposition leader's remarks were a provocation.",
    ],
)
def test_a_ruling_in_words_of_judgement_accuses(short, text):
    assert any(t == "ACCUSE" for t, _ in _codes(short, text))


@pytest.mark.parametrize(
    "text",
    ["The court ruled that the referendum was valid.", "The general ruled the country for thirty years."],
)
def test_other_rulings_are_no_accusation(short, text):
    assert not any(t == "ACCUSE" for t, _ in _codes(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "The bar association called the verdict an attack on the independence of lawyers.",
        "Opposition leaders described the new media law as a blow to press freedom.",
    ],
)
def test_calling_an_act_an_attack_on_something_accuses(short, text):
    assert any(t == "ACCUSE" for t, _ in _codes(short, text))


def test_calling_in_a_strike_is_no_accusation(short):
    assert not any(t == "ACCUSE" for t, _ in _codes(short, "The commander called in an air strike on the ridge."))
