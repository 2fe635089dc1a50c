"""Tolls: each death count on the one event it counts; history kept with its own date, as background."""

from __future__ import annotations

from wirecoder import Article


def _events(pipeline, text: str, published: str = "2022-06-10"):
    return pipeline(Article(raw=text, source="t", published=published)).events


def _violent(events):
    return [e for e in events if e.plover.get("type") == "ASSAULT"]


def test_tolls_two_clauses_of_one_incident_add_up(pipeline):
    events = _violent(_events(pipeline, "Three guards were killed at the depot; a driver also lost his life."))
    assert sum(e.fatalities or 0 for e in events) == 4


def test_tolls_killed_and_wounded_are_kept_apart(pipeline):
    events = _events(pipeline, "Troops killed 12 fighters and wounded 3 in the hills on Tuesday.")
    assert sum(e.fatalities or 0 for e in events) == 12
    quantities = {(q.kind, q.value) for e in events for q in e.quantities}
    assert ("wounded", 3) in quantities


def test_tolls_one_count_is_not_summed_once_per_victim_event(pipeline):
    events = _violent(_events(pipeline, "A car bomb killed a district judge and his bodyguard on Monday."))
    assert events and sum(e.fatalities or 0 for e in events) == 2


def test_tolls_an_earlier_incident_keeps_its_own_toll(pipeline):
    text = "Two traders were killed in a grenade blast at a bus stand, two days after gunmen killed six pilgrims."
    events = _violent(_events(pipeline, text))
    assert events and events[0].fatalities == 2


def test_tolls_a_toll_that_is_a_topic_counts_nothing(pipeline):
    events = _events(pipeline, "The opposition leader attacked the minister over 3,000 deaths from the floods.")
    assert all(not e.fatalities for e in events)


def test_tolls_history_is_background_with_its_own_date(pipeline):
    text = "About 80,000 people were killed in the civil war of the 1980s, the commission said on Thursday."
    events = [e for e in _violent(_events(pipeline, text)) if e.fatalities]
    assert events
    assert all(e.background and e.date == "198X" and e.date_precision == "decade" for e in events)


def test_tolls_this_weeks_incident_is_not_background(pipeline):
    events = _violent(_events(pipeline, "Gunmen killed two policemen at a checkpoint on Wednesday."))
    assert events and not any(e.background for e in events)
