"""A response's means hung by the parser on what is responded to is moved to the verb of response
(response_means.py), so "responded to the attack with air strikes" is the responder's air strike.
Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from wirecoder import Article


def _events(pipeline, text: str) -> list[tuple[str, str | None]]:
    art = pipeline(Article(raw=text, source="t", id="resp", published="2025-02-03"))
    return [(e.cameo["code"], e.source.text if e.source else None) for e in art.events]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Pakistan responded to the incursion with air strikes on camps across the border.", ("195", "Pakistan")),
        ("Azerbaijan responded to the provocation with artillery fire on Armenian positions.", ("194", "Azerbaijan")),
        ("Police in Dhaka responded to the march with tear gas and rubber bullets.", ("175", "Police")),
    ],
)
def test_a_response_with_force_is_the_responders_force(short, text, want):
    code, source = want
    found = _events(short, text)
    assert any(c == code and s is not None and source in s for c, s in found), found


def test_the_with_phrase_moves_to_the_verb_of_response_only(settings):
    from wirecoder.nlp import load_spacy
    from wirecoder.response_means import reattach_response_means

    nlp = load_spacy(settings.spacy_model)
    doc = reattach_response_means(nlp("Ankara responded to the attack with air strikes on the camps."))
    with_tok = next(t for t in doc if t.lower_ == "with")
    assert with_tok.head.lemma_ == "respond"
    other = nlp("The rebels seized the convoy with the fuel trucks near the border.")
    before = [t.head.i for t in other]
    assert [t.head.i for t in reattach_response_means(other)] == before


@pytest.mark.parametrize(
    "text",
    [
        "The minister responded to the letter on Monday.",
        "Seoul responded to the proposal with a statement welcoming the talks.",
    ],
)
def test_no_force_in_the_response_gives_no_attack(short, text):
    assert not [c for c, _ in _events(short, text) if c.startswith(("18", "19"))]
