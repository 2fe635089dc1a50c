"""Where a statement or a meeting happened when its sentence names other places: no place from a name bent
into a modifier ("Beirut-based"), from a date that shares a town's name ("in March"), or, for a statement,
from a place abroad inside another clause (what is spoken of); a placed meeting's place carries to what its
participants say next. Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _of_type(events: list, plover: str):
    found = [e for e in events if (e.plover or {}).get("type") == plover]
    assert found, [(e.plover or {}).get("type") for e in events]
    return found[0]


def _text_country(event) -> str | None:
    """The country of a place read from the text (a place from an actor's country is marked and ignored)."""
    loc = event.location or {}
    return loc.get("country") if loc.get("from") == "text" else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The Chilean minister called for a global fund to protect the glaciers melting across Nepal.", "REQUEST"),
        (
            "The Dutch union leader demanded higher wages for dockers who were laid off after the port in Gdansk closed.",
            "REQUEST",
        ),
    ],
)
def test_a_place_abroad_in_another_clause_is_not_where_a_statement_was_made(short, text, plover):
    event = _of_type(events_of(short, text), plover)
    assert _text_country(event) is None, event.location


def test_a_statement_keeps_the_place_where_it_was_made(short):
    event = _of_type(
        events_of(short, "Speaking at a rally in Lagos, the senator urged the police to free the students."), "REQUEST"
    )
    assert (event.location or {}).get("country") == "NGA", event.location


def test_a_hyphenated_modifier_names_no_place(short):
    events = events_of(short, "The Beirut-based group claimed responsibility for the rocket fire.")
    assert all(_text_country(e) != "LBN" or (e.location or {}).get("text") != "Beirut" for e in events)


def test_a_hyphenated_name_of_two_places_stays_a_place(short):
    events = events_of(short, "Gunmen ambushed a fuel truck on the Kabul-Jalalabad highway on Monday.")
    assert any((e.location or {}).get("country") == "AFG" for e in events), [e.location for e in events]


def test_a_month_is_not_a_town(short):
    event = _of_type(
        events_of(short, "The junior coalition partner quit the government in March after a row over pensions."),
        "CONCEDE",
    )
    assert (event.location or {}).get("name") != "March", event.location
    assert _text_country(event) is None, event.location


ARTICLE = (
    "Foreign ministers of Kenya, Uganda and Rwanda met in Arusha on Friday to discuss the fighting in eastern "
    "Congo. The Burundian foreign minister took part in the talks by video link. They urged the rebels to withdraw "
    "from the towns they seized. In a statement the next day, the Congolese government rejected the call."
)


def test_a_meeting_place_carries_to_its_participants_statements(short):
    events = events_of(short, ARTICLE)
    by_sentence = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    assert any((e.location or {}).get("name") == "Arusha" for e in by_sentence.get(0, []))
    later = [
        e for i in (1, 2) for e in by_sentence.get(i, []) if (e.plover or {}).get("type") in {"CONSULT", "REQUEST"}
    ]
    assert later and all((e.location or {}).get("name") == "Arusha" for e in later), [e.location for e in later]
    # a new actor with its own country, speaking later, is not at the meeting
    assert all((e.location or {}).get("name") != "Arusha" for e in by_sentence.get(3, []))


def test_a_visiting_speaker_acts_where_the_visit_is(short):
    event = _of_type(
        events_of(short, "The Japanese defence minister, visiting Manila, urged China to respect the ruling."),
        "REQUEST",
    )
    assert (event.location or {}).get("country") == "PHL", event.location


def test_a_past_visit_is_not_where_a_statement_is_made(short):
    event = _of_type(
        events_of(short, "The Brazilian president, who visited Luanda in 2023, praised Angola's peace efforts."),
        "SUPPORT",
    )
    assert (event.location or {}).get("name") != "Luanda", event.location


def test_a_visit_told_beside_the_speaker_places_the_statement(short):
    event = _of_type(
        events_of(
            short, "The Indonesian foreign minister, visiting Dhaka, called on Myanmar to take back the refugees."
        ),
        "REQUEST",
    )
    assert (event.location or {}).get("country") == "BGD", event.location
