"""An election result told as a speaker's words is no statement event; words about another actor that are no
result still are. Composed sentences."""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def _patterns(short, text: str) -> list[str]:
    art = short(Article(raw=text, source="t", published="2025-11-02"))
    return [e.pattern for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's electoral commission said President William Ruto had won 51 percent of the vote.",
        "Indonesia's election commission said President Joko Widodo had won a second term with 55 percent.",
        "Ghana's Electoral Commission said John Mensah had won 51 percent of the vote.",
    ],
)
def test_a_result_reported_is_no_statement(short, text):
    assert "statement-clause" not in _patterns(short, text)


def test_words_about_another_actor_stay_a_statement(short):
    text = "French President Emmanuel Macron said Germany had won the trust of its European partners."
    assert "statement-clause" in _patterns(short, text)
