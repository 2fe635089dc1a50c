"""Short incident reports in the style of conflict-event datasets, coded end to end.

The reports are composed for these tests; they check general behaviour (a toll makes violence an event,
one incident is one event, ACLED sub-types from casualties and compounds), not particular wording.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article

pytestmark = pytest.mark.slow


def code(pipeline, text: str):
    return pipeline(Article(raw=text, source="report", published="2024-05-20")).events


def acled(events) -> list[str]:
    return [e.acled["sub_event_type"] for e in events if e.acled.get("sub_event_type")]


def test_violence_with_a_toll_is_an_event_without_known_actors(pipeline):
    events = code(pipeline, "On 19 May 2024, a mortar shell killed five schoolchildren near Dilling.")
    assert len(events) == 1 and events[0].fatalities == 5 and events[0].source is None


def test_one_incident_with_one_toll_is_one_event(pipeline):
    events = code(pipeline, "On 18 May 2024, Boko Haram fighters raided a market in Gwoza; the raid left 12 traders dead.")
    tolls = [e for e in events if e.fatalities]
    assert len(tolls) == 1 and tolls[0].fatalities == 12


def test_compounded_weapon_and_civilian_victims_type_the_incident(pipeline):
    assert acled(code(pipeline, "A grenade attack on a bus station in Gitega wounded seven passengers.")) == ["Grenade"]
    assert acled(code(pipeline, "Unidentified gunmen attacked Kauru, killing nine villagers.")) == ["Attack"]


def test_short_report_from_a_province_the_kb_lacks(pipeline):
    events = code(pipeline, "Soldiers clashed with bandits in Kebbi state, leaving four bandits dead.")
    assert events and events[0].source is not None and events[0].source.country == "NGA"
    assert events[0].location["country"] == "NGA"


def test_an_unknown_village_does_not_become_a_namesake_city_abroad(pipeline):
    # "Boni" is an alternate GeoNames name of Bonn; in a Malian story it must not be read as Germany.
    events = code(pipeline, "On 4 June 2024, jihadists ambushed a Malian army patrol near Boni, killing 7 soldiers.")
    assert events and all((e.location or {}).get("country") in (None, "MLI") for e in events)
