"""Big islands and island groups are regions of their country, and Bali is Indonesia's province, not the town
of that name in West Bengal; a town named with its own province ("Bali, Rajasthan") stays the town. The
examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2026-11-20")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police arrested three men in Bali over the shooting of a tourist.", "IDN"),
        ("Police arrested two looters on Java after the floods.", "IDN"),
        ("Soldiers clashed with Abu Sayyaf gunmen on Mindanao, killing four.", "PHL"),
        ("Police arrested 30 protesters in northern Luzon.", "PHL"),
        ("Rebels attacked a police post on Sumatra, killing two officers.", "IDN"),
    ],
)
def test_an_island_places_the_event_in_its_country(short, text: str, country: str) -> None:
    located = [e for e in events(short, text) if e.location]
    assert located, text
    assert located[0].location["country"] == country


def test_a_town_named_with_its_province_stays_the_town(short) -> None:
    located = [e for e in events(short, "Police arrested five protesters in Bali, Rajasthan.") if e.location]
    assert located
    assert located[0].location["country"] == "IND"
