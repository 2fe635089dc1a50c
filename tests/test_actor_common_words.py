"""Common words, given names and plain-cased acronyms never name a KB actor on one word alone, while a
full name (or a surname after it) still does. Every sentence is composed for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from wirecoder.actors import ActorStage, load_kb
from wirecoder.article import Article
from wirecoder.dates import TimeStage
from wirecoder.nlp import NlpStage


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def countries(settings):
    """Mention text -> country of the resolved mentions, after nlp + dates + actors."""
    stages = [NlpStage(settings), TimeStage(settings), ActorStage(settings)]

    def run(text: str, published: str = "2024-05-20") -> dict[str, str | None]:
        article = Article(raw=text, source="test", text=text, published=published)
        for stage in stages:
            article = stage(article)
        return {m.text: m.actor.country for m in article.mentions if m.actor is not None}

    return run


# --- the knowledge base: what a single word may name -------------------------------------------------


def test_given_names_and_common_words_are_not_converted_aliases(kb):
    for word in ("Hassan", "Abdullah", "Albert", "Foundation", "Zero"):
        assert not [h for h in kb.lookup(word) if h.key in kb.secondary_ids], word


def test_curated_one_word_aliases_still_resolve(kb):
    assert kb.lookup("Hezbollah")[0].key == "hezbollah"
    assert kb.lookup("Taliban")[0].key == "taliban"


def test_surname_fallback_skips_given_names_words_and_retired_converted_persons(kb):
    day = dt.date(2024, 5, 20)
    assert kb.surname("Erdogan", day) == "recep-tayyip-erdogan"
    for word in ("John", "Law", "Maga", "Lam", "Hassan"):
        assert kb.surname(word, day) is None, word


def test_mixed_case_acronyms_need_their_inner_capital(kb):
    assert "let" in kb.mixed_case_only()
    assert "isis" not in kb.mixed_case_only()  # written ISIS: "Isis" may still name it


# --- in running text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, word",
    [
        ("Hassan said the market in the old town would reopen next week.", "Hassan"),
        ("Abdullah told reporters that the bridge had been closed for repairs.", "Abdullah"),
        ("Albert thanked the volunteers who cleared the flooded streets.", "Albert"),
        ("The Foundation said it would appeal the ruling on its charity status.", "The Foundation"),
        ("Let the courts decide, the mayor told a crowd of farmers on Tuesday.", "Let"),
        ("Law told the hearing that the contracts had been signed in good faith.", "Law"),
        ("Lam said the city budget would be balanced by next spring.", "Lam"),
        ("MAGA supporters gathered outside the courthouse, and MAGA banners lined the road.", "MAGA"),
    ],
)
def test_a_bare_common_word_or_given_name_has_no_country(countries, text, word):
    assert countries(text).get(word) is None


def test_full_name_then_surname_keeps_the_country(countries):
    got = countries(
        "Iranian President Hassan Rouhani addressed parliament on 3 March 2019. Rouhani said the sanctions had failed.",
        published="2019-03-04",
    )
    assert got["Hassan Rouhani"] == "IRN"
    assert got["Rouhani"] == "IRN"


def test_written_acronym_still_resolves(countries):
    got = countries("LeT claimed the bombing of a checkpoint near Srinagar on Sunday, police said.")
    assert got["LeT"] == "PAK"


# --- places: a person's name or a sentence-opening word is no town -----------------------------------


def _locations(short, text: str) -> list[str | None]:
    art = short(Article(raw=text, source="news", published="2024-05-20"))
    return [(e.location or {}).get("country") for e in art.events]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Hassan after the riot outside the stadium, officials said.",
        "Riot police detained Albert and two other organisers of the march.",
        "Man shot dead by police during a protest over fuel prices.",
    ],
)
def test_a_person_or_an_opening_word_is_not_geocoded(short, text):
    assert _locations(short, text) and not any(_locations(short, text))


@pytest.mark.slow
def test_a_shelled_city_is_still_the_place(short):
    assert "UKR" in _locations(short, "Kharkiv was shelled overnight, regional officials said.")
