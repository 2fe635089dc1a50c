"""Round-23 whole Wikinews-style articles: accounts of incidents, raids, bloc seats, history in passing, courts.

- An official telling what unidentified attackers did accuses nobody ("a police officer said gunmen stormed the
  building" is the storming only); an accused the text names stays accused.
- A capital that seats a bloc stands, acting, for the bloc ("asked Brussels to release the funds": the EU); as a
  place it stays in its country.
- A raid told with the arrests the same side made is the arrest, not also an assault; a raid that killed stays.
- An old act told in a clause hanging on the sentence's statement ("took power in 2017 after the army removed
  the president") is background, no event; an old act that is the sentence's point stays.
- The bloc's own bodies are the bloc (the European Commission, the Pan-African Parliament).
Every text is composed for these tests; tests/data/news_articles_r23.yaml holds a larger composed set, scored by
`python scripts/score_news_articles.py tests/data/news_articles_r23.yaml`.
"""

from __future__ import annotations

from wirecoder.article import Article, Event
from wirecoder.evaluation.igo_codes import guide_country


def events(short, text: str, published: str = "2026-06-14") -> list[Event]:
    return short(Article(raw=text, source="test", published=published)).events


def of_type(evs: list[Event], kind: str, sentence: int = 0) -> list[Event]:
    return [e for e in evs if (e.plover or {}).get("type") == kind and e.sentence_index == sentence]


# --- an official's account of unidentified attackers


def test_officer_telling_of_gunmen_accuses_nobody(short):
    text = (
        "Gunmen attacked a police station in Garissa, Kenya on Tuesday, killing three officers. "
        "Police officer Daniel Otieno said gunmen stormed the building before dawn."
    )
    evs = events(short, text)
    assert of_type(evs, "ASSAULT", 1)
    assert not of_type(evs, "ACCUSE", 1)


def test_spokesman_telling_what_attackers_did_is_no_statement(short):
    text = (
        "Gunmen attacked a police station in Garissa, Kenya on Tuesday, killing three officers. "
        "A police spokesman said the attackers had blown open the gate with explosives."
    )
    assert [e for e in events(short, text) if e.sentence_index == 1] == []


def test_named_accused_stays_accused(short):
    evs = events(short, "Israel said Hamas militants attacked a border post on Monday.")
    assert [guide_country(e.target) for e in of_type(evs, "ACCUSE")] == ["PSE"]


# --- a bloc's seat


def test_capital_seating_a_bloc_acting_is_the_bloc(short):
    evs = events(short, "Hungary's prime minister asked Brussels on Tuesday to release frozen funds.")
    (ev,) = of_type(evs, "REQUEST")
    assert guide_country(ev.target) == "EUR"
    (ev,) = of_type(events(short, "Brussels accused Budapest of eroding judicial independence."), "ACCUSE")
    assert guide_country(ev.source) == "EUR"


def test_capital_seating_a_bloc_as_place_stays_in_its_country(short):
    (ev,) = of_type(events(short, "A bomb exploded in Brussels on Monday, killing two people."), "ASSAULT")
    assert ev.target is None or guide_country(ev.target) == "BEL"
    assert (ev.location or {}).get("country") == "BEL"
    (ev,) = of_type(events(short, "Washington urged Brussels to stand firm."), "REQUEST")
    assert guide_country(ev.source) == "USA"  # another capital acting is still its state


# --- raids and their arrests


def test_raid_told_with_its_arrests_is_the_arrest(short):
    evs = events(
        short, "Zimbabwean police raided the offices of the main opposition party on Monday and detained 41 activists."
    )
    assert [(e.plover or {}).get("type") for e in evs] == ["COERCE"]


def test_raid_that_killed_or_without_arrests_stays(short):
    evs = events(short, "Soldiers raided a village on Monday, killed five people and arrested two.")
    assert of_type(evs, "ASSAULT") and of_type(evs, "COERCE")
    assert of_type(events(short, "Police raided the homes of journalists on Friday."), "ASSAULT")


# --- history in passing


def test_old_act_in_an_after_clause_is_background(short):
    evs = events(
        short, "President Emmerson Mnangagwa took power in 2017 after the army removed Robert Mugabe.", "2026-05-05"
    )
    assert evs == []


def test_old_act_that_is_the_sentence_point_stays(short):
    evs = events(short, "In 2019 the army arrested the president.", "2026-05-05")
    assert of_type(evs, "COERCE")


def test_recent_act_in_an_after_clause_stays(short):
    evs = events(
        short, "The talks collapsed after rebels shelled the city on Sunday, killing four people.", "2026-05-05"
    )
    assert of_type(evs, "ASSAULT")


# --- bodies of a bloc


def test_bodies_of_a_bloc_are_the_bloc(short):
    (ev,) = of_type(events(short, "The Pan-African Parliament called for the activists to be released."), "REQUEST")
    assert guide_country(ev.source) == "AFR"
    (ev,) = of_type(events(short, "The European Commission accused Hungary of breaking the rules."), "ACCUSE")
    assert guide_country(ev.source) == "EUR"


def test_old_act_read_as_a_nouns_clause_stays(short):
    text = (
        "A bloodless coup ousted then-president Ali Hassan in 1999, and another his brother Omar Hassan in 2008, "
        "which brought the current leader to power."
    )
    assert of_type(events(short, text, "2019-02-11"), "COERCE")


def test_old_act_with_a_relative_clause_of_its_own_stays(short):
    text = "Army officers overthrew the elected president Ali Hassan in 1999, which began a decade of military rule."
    assert [e.cameo.get("root") for e in events(short, text, "2019-02-11")] == ["18"]
