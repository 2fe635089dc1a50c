"""Round-20 whole Wikinews-style articles: target countries.

- A town named inside what a protest reaches ("blocked the Lagos-Ibadan expressway", "set fire to
  a church in Lyon") is no target; a site of the state there ("a police post in Kitengela") is.
- A reaction whose object points back at an earlier act ("Managua condemned the sanctions") takes that act's
  maker as its target only when its own sentence names the maker: the Wikinews gold gives a target no country
  when the sentence has no words for it.
Every text is composed for these tests; tests/data/news_articles_r20.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r20.yaml`.
"""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event

events = coder_on("2026-06-14")


def of_type(evs: list[Event], kind: str, sentence: int = 0) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == sentence]


def target(e: Event) -> tuple[str | None, str | None]:
    return (e.target.text, e.target.country) if e.target is not None else (None, None)


def test_town_in_a_road_name_is_no_protest_target(short):
    (ev,) = of_type(events(short, "Hundreds of farmers blocked the Lagos-Ibadan expressway on Monday."), "PROTEST")
    assert ev.target is None


def test_town_holding_a_church_set_alight_is_no_target(short):
    (ev,) = of_type(events(short, "Rioters set fire to a church in Lyon on Saturday night."), "PROTEST")
    assert ev.target is None


def test_police_post_in_a_town_stays_the_target_with_its_country(short):
    text = "Nairobi — Protesters set fire to a police post in Kitengela on Monday."
    (ev,) = of_type(events(short, text), "PROTEST", 1)  # "Nairobi —" is the dateline, a sentence of its own
    assert target(ev) == ("a police post", "KEN")


def test_a_country_protested_against_stays_the_target(short):
    """Negative: a country, not a town, is a real target even with a place phrase after it."""
    (ev,) = of_type(events(short, "Students protested against China outside the embassy in Manila."), "PROTEST")
    assert target(ev)[1] == "CHN"


def test_a_town_marched_on_is_left_alone(short):
    """Negative: a town that is the object itself is not locating anything."""
    (ev,) = of_type(events(short, "Thousands of farmers marched on Paris on Tuesday."), "PROTEST")
    assert ev.target is not None


def test_town_in_a_violent_attack_keeps_its_place_target(short):
    """Negative: violence keeps struck places (only protests and deployments drop a locating town)."""
    evs = events(short, "Russian drones struck a power plant in Kharkiv on Sunday.")
    assert [target(e)[1] for e in of_type(evs, "ASSAULT")] == ["UKR"]


def test_condemned_sanctions_have_no_target_without_words(short):
    text = "Japan imposed sanctions on two Russian banks on Monday. Moscow condemned the sanctions on Tuesday."
    (ev,) = of_type(events(short, text), "ACCUSE", 1)
    assert ev.target is None or ev.target.country is None


def test_denied_accusation_has_no_target_without_words(short):
    text = "Guyana accused Venezuela of massing troops near the border. Caracas rejected the accusation."
    for ev in of_type(events(short, text), "REJECT", 1):
        assert ev.target is None or ev.target.country is None


def test_answered_maker_named_again_in_the_sentence_is_the_target(short):
    text = (
        "Guyana accused Venezuela of massing troops near the border. "
        "Caracas rejected the accusation and said Guyana was lying."
    )
    assert ("Guyana", "GUY") in [target(e) for e in of_type(events(short, text), "REJECT", 1)]


def test_a_charge_denied_in_the_same_sentence_still_answers_the_accuser(short):
    evs = events(short, "Chad accuses Sudan of arming rebels, a charge Khartoum denies.")
    assert [target(e)[1] for e in of_type(evs, "REJECT")] == ["TCD"]


def test_a_town_named_as_a_city_of_stays_the_target(short):
    """Negative: "the city of X" is the town itself, not a thing located in it."""
    (ev,) = of_type(events(short, "About 300 teachers blocked roads in the capital city of Algiers."), "PROTEST")
    assert target(ev)[1] == "DZA"


def test_a_rally_in_a_town_keeps_its_town(short):
    """Negative: a gathering in a town is where people met, not something the protest hit."""
    evs = events(short, "Thousands of nurses converged for a rally in Abuja to protest the pay cut.")
    assert all(e.target is not None for e in of_type(evs, "PROTEST"))
