"""Round-31 whole news articles (lane wiki31): classes that recur across Wikinews-style articles.

- An act told in an "after" clause with its own named doer and past verb is an event of its own ("struck X after
  Hezbollah fired rockets at Y": the firing too); a pronoun doer ("after he led a march") or an unnamed speaker
  of a verbal act ("after officials alleged that ...") stays background (coding/told_after.py, lexicon told_after).
- A bare shared legislature name ("Congress") the article already gave another country's owner is that body
  again: "Peru's Congress ... Congress also approved" is Peru's, "India's Congress party ... The Congress
  accused" the Indian party, not the United States Congress (actors/passes/owned_bodies.py).
- Things struck in a place ("struck targets in southern Lebanon") make the place's country the target
  (coding/struck_places.py, lexicon struck_places); people struck stay victims of the place's country.
- A nominal's place phrase counts however deep it holds the place ("villages in Iraq's Duhok province") and
  when the parser hangs it on the verb after the object (actors/own_places.py).

Every sentence is composed for these tests; tests/data/news_articles_wiki31_r31*.yaml hold composed whole
articles, scored by `python scripts/score_news_articles.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article


def coded(short, text: str) -> list[tuple[int, str, str | None, str | None]]:
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    return [
        (
            e.sentence_index,
            e.plover["type"] if isinstance(e.plover, dict) else str(e.plover),
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in evs
        if not e.background
    ]


def types(got: list[tuple[int, str, str | None, str | None]]) -> list[str]:
    return sorted(g[1] for g in got)


# --- acts told in "after" clauses -------------------------------------------------------------------------


def test_after_clause_attack_is_coded(short) -> None:
    got = coded(
        short, "Israeli jets bombed targets in southern Lebanon on Sunday after Hezbollah fired rockets at Haifa."
    )
    assert ("ASSAULT", "LBN") in {(g[1], g[2]) for g in got}
    assert ("ASSAULT", "ISR") in {(g[1], g[2]) for g in got}


def test_after_clause_named_accusation_is_coded(short) -> None:
    got = coded(short, "Ecuador expelled a Colombian diplomat on Monday after Colombia accused Ecuador of spying.")
    assert (0, "SANCTION", "ECU", "COL") in got
    assert (0, "ACCUSE", "COL", "ECU") in got


def test_after_clause_seizure_is_coded(short) -> None:
    got = coded(short, "The army launched a counter-offensive after rebels seized the town of Menaka.")
    assert "COERCE" in types(got)


def test_after_clause_with_pronoun_doer_stays_background(short) -> None:
    got = coded(short, "Police in Lagos arrested the activist on Monday after he led a march against fuel prices.")
    assert types(got) == ["COERCE"]


def test_after_clause_unnamed_speaker_stays_background(short) -> None:
    got = coded(
        short,
        "Iran expelled two inspectors of the nuclear agency after Western officials alleged that Tehran had hidden "
        "a second enrichment site.",
    )
    assert "ACCUSE" not in types(got)


def test_after_clause_without_subject_stays_background(short) -> None:
    got = coded(short, "The minister resigned on Friday after being criticised by the opposition.")
    assert "ACCUSE" not in types(got)


# --- legislatures named "Congress" outside the United States --------------------------------------------------


def test_bare_congress_after_owned_congress_is_that_country(short) -> None:
    got = coded(
        short,
        "Peru's Congress voted on Thursday to censure the interior minister. "
        "Congress also accused the president of protecting him.",
    )
    assert (1, "ACCUSE", "PER", "PER") in got


def test_bare_congress_after_indian_congress_party(short) -> None:
    got = coded(
        short,
        "India's Congress party demanded that the government take a tougher line with Islamabad. "
        "The Congress accused Prime Minister Narendra Modi of weakness.",
    )
    assert (1, "ACCUSE", "IND", "IND") in got


def test_bare_congress_stays_american_after_us_congress(short) -> None:
    got = coded(
        short,
        "The US Congress passed new sanctions on Iran on Tuesday. Congress also accused Tehran of arming militias.",
    )
    assert (1, "ACCUSE", "USA", "IRN") in got


# --- things struck in a place ------------------------------------------------------------------------------


def test_targets_struck_in_a_country_target_it(short) -> None:
    got = coded(short, "Russian missiles hit energy facilities in western Ukraine overnight.")
    assert got and got[0][1] == "ASSAULT" and got[0][3] == "UKR"


def test_people_struck_in_a_place_stay_victims(short) -> None:
    got = coded(short, "Gunmen shot dead three shopkeepers in a market in Peshawar on Monday.")
    assert got and got[0][1] == "ASSAULT" and got[0][3] == "PAK"


def test_place_of_a_protest_is_no_target(short) -> None:
    got = coded(short, "Thousands of farmers marched through villages in northern France on Saturday.")
    assert all(g[3] is None or g[1] != "ASSAULT" for g in got)


def test_place_of_the_attackers_own_country_is_not_target_by_place(short) -> None:
    got = coded(short, "Turkish drones hit several villages in Iraq's Duhok province on Friday.")
    assert got and got[0][2] == "TUR" and got[0][3] == "IRQ"


def test_subject_keeps_its_own_country_with_a_place_on_the_verb(short) -> None:
    got = coded(short, "Turkish drones struck in northern Iraq on Friday, the ministry said.")
    assert all(g[2] == "TUR" for g in got if g[1] == "ASSAULT")


# --- the act an "after" clause tells, answered by the main act -------------------------------------------------


def test_answered_act_targets_the_answering_side(short) -> None:
    got = coded(
        short,
        "Indian troops shelled positions in Pakistan on Sunday after Pakistani soldiers opened fire on a checkpoint.",
    )
    assert (0, "ASSAULT", "PAK", "IND") in got


def test_after_act_keeps_no_target_when_main_act_is_not_aimed_at_its_doer(short) -> None:
    got = coded(short, "Kenya closed its border crossing on Monday after Somali militants opened fire on a convoy.")
    assert all(g[3] != "KEN" for g in got if g[1] == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Protesters burned a police post in Mardan on Sunday after a detainee died in custody.", "burned"),
        ("Troops raided the village on Monday, decades after insurgents had burned its school.", "raided"),
        ("Villagers blocked the highway on Friday after two children drowned in an open drain.", "blocked"),
    ],
)
def test_wiki31_after_clause_of_what_befell_someone_or_long_ago_stays_background(short, text: str, kept: str):
    evs = short(Article(raw=text, source="test", published="2026-11-20")).events
    assert [e.trigger.get("text") for e in evs if not e.background] == [kept]
