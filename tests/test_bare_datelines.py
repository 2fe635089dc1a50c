"""A bare city before a spaced dash opens a wire story as its dateline ("Khartoum — Fighting between …"): the city
is kept as the article's dateline, not read as the subject of the first sentence or as the event's place
(clean/dateline.py, ``known_city``). Every text is composed for these tests."""

from __future__ import annotations

from wirecoder.article import Article, Event


def events(short, text: str, published: str = "2026-12-07") -> list[Event]:
    art = short(Article(raw=text, source="test", published=published))
    return [e for e in art.events if not e.background]


def test_a_bare_city_dateline_is_not_the_subject_of_the_first_sentence(short):
    evs = events(short, "Khartoum — Fighting between the army and the RSF killed 12 civilians in Omdurman on Tuesday.")
    assert evs and (evs[0].acled or {}).get("sub_event_type") == "Armed clash"
    assert evs[0].source is not None and "Khartoum" not in (evs[0].source.text or "")
    assert evs[0].fatalities == 12


def test_a_bare_city_dateline_is_not_the_place_of_an_event_told_elsewhere(short):
    evs = events(short, "Manila — Troops clashed with Abu Sayyaf gunmen in Sulu province on Monday.")
    assert evs and evs[0].source is not None and evs[0].source.text == "Troops"
    assert (evs[0].location or {}).get("name") != "Manila"


def test_a_word_that_is_no_city_stays_the_subject(short):
    evs = events(short, "Police — who arrived late — fired tear gas at protesters in Lagos on Monday.")
    assert evs and evs[0].source is not None and evs[0].source.text == "Police"
