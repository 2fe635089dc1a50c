"""A place bent into a modifier ("a UK-based monitor", "the Paris-based group") is where an organisation sits,
not where the people of its sentence are: it gives no country to police, victims or forces nearby. Every
sentence is composed for these tests."""

from __future__ import annotations

from composed import coder_on

events = coder_on("2025-11-10")


def test_a_seat_gives_no_country_to_the_victims(short):
    text = (
        "The Sudan Conflict Observatory, a US-based monitoring group, said twelve villagers were killed "
        "when armed men attacked a market in a remote area."
    )
    found = [ev for ev in events(short, text) if ev.fatalities]
    assert found
    for ev in found:
        for p in (ev.source, ev.target):
            assert p is None or p.country != "USA"
        assert ev.location is None or ev.location.get("country") != "USA"


def test_a_place_of_the_act_still_places_them(short):
    text = "A London-based monitor said twelve villagers were killed when gunmen attacked a market in Maiduguri."
    found = [ev for ev in events(short, text) if ev.fatalities]
    assert found and found[0].location is not None and found[0].location.get("country") == "NGA"
