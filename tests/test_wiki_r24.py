"""Round-24 whole Wikinews-style articles: short names of bodies, the speaker's own side, frozen money, patrols.

- A body named again by the last words of its full name ("the Commission" after "the European Commission") is
  the same actor; a short name that more than one earlier body ends with, or that none does, is left alone.
- "X said its troops would ..." speaks of the speaker's own side: no statement event aimed at "its troops".
- A sum of money frozen "in funds for X" is aid stopped (a sanction on X); a frozen lake is no event.
- More patrols on the ground are a show of force (MOBILIZE); more prices or efforts are not.
Every text is composed for these tests; tests/data/news_articles_r24.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r24.yaml`.
"""

from __future__ import annotations

from wirecoder.article import Article, Event
from wirecoder.evaluation.igo_codes import guide_country


def events(short, text: str, published: str = "2026-06-14") -> list[Event]:
    return short(Article(raw=text, source="test", published=published)).events


def of_type(evs: list[Event], kind: str, sentence: int = 0) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == sentence]


# --- a body named again by the end of its full name


def test_short_name_is_the_body_named_in_full(short):
    text = (
        "The European Commission on Monday withheld 2 billion euros from Poland over its courts. "
        "Polish Prime Minister Jan Nowak accused the Commission of bullying Warsaw."
    )
    acc = of_type(events(short, text), "ACCUSE", 1)
    assert acc and guide_country(acc[0].target) == "EUR"


def test_short_name_with_two_bodies_is_left_alone(short):
    text = (
        "The European Commission and the Polish Electoral Commission both issued reports on Monday. "
        "Opposition leader Anna Wrobel accused the Commission of hiding fraud."
    )
    acc = of_type(events(short, text), "ACCUSE", 1)
    assert acc and guide_country(acc[0].target) != "EUR"


def test_short_name_with_no_earlier_body_keeps_its_story(short):
    text = "Nairobi, Kenya — Opposition leader Peter Kamau accused the Commission of rigging the count on Monday."
    acc = [e for e in events(short, text) if (e.plover or {}).get("type") == "ACCUSE"]
    assert acc and guide_country(acc[0].target) == "KEN"


# --- the speaker's own side


def test_own_troops_are_no_statement_target(short):
    evs = events(short, "Uganda said its soldiers would help guard the road to Goma.")
    assert not of_type(evs, "CONSULT")


def test_statement_about_another_state_stays(short):
    evs = events(short, "The French president said Germany was an indispensable partner.")
    assert of_type(evs, "CONSULT")


# --- frozen money


def test_money_frozen_in_funds_for_a_state_is_a_sanction(short):
    evs = events(short, "The World Bank froze 300 million dollars in funds for Malawi on Friday.")
    san = of_type(evs, "SANCTION")
    assert san and san[0].target is not None and san[0].target.country == "MWI"


def test_frozen_water_is_no_event(short):
    assert not events(short, "The cold snap froze 20 million litres of water in the reservoir near Oslo.")


# --- patrols stepped up


def test_stepped_up_patrols_are_a_mobilisation(short):
    evs = events(short, "Police in Lagos stepped up patrols in the city centre on Sunday.")
    assert of_type(evs, "MOBILIZE")


def test_increased_prices_and_efforts_are_no_mobilisation(short):
    assert not of_type(events(short, "The company increased its prices in Lagos on Sunday."), "MOBILIZE")
    assert not of_type(events(short, "The city stepped up efforts to clean the river in Lagos."), "MOBILIZE")


# --- two sides fighting for a place


def test_place_fought_for_is_no_target_of_either_side(short):
    evs = of_type(
        events(short, "Sudan's army and the RSF fought for control of the town of Bara on Monday."), "ASSAULT"
    )
    assert len(evs) == 2 and {e.target.text for e in evs if e.target} == {"Sudan's army", "RSF"}


def test_allies_fighting_a_named_enemy_keep_it(short):
    evs = of_type(events(short, "Soldiers and police fought the rebels near Goma on Monday."), "ASSAULT")
    assert evs and all(e.target is not None and e.target.text == "the rebels" for e in evs)
