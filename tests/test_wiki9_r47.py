"""Round 47 (lane wiki9), whole Wikinews-style articles: a vow to retake, recapture or liberate a place is a threat of
force (verbs.yaml commit); interfering or meddling is no aid (verbs.yaml interfere, over PETRARCH2's 070); a ship
ramming a vessel uses force on it (verbs.yaml ram-vessel); police, coast guards or navies boarding a ship seize it
(verbs.yaml board-ship); a leader ordering own forces or rescuers to rescue, search or protect gives a command, no
demand (verbs.yaml demand); a defiant "will not be intimidated" naming no bully is a stance (verbs.yaml harass,
defy-pressure). The examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-11-20")


def _kinds(evs):
    return [((e.plover or {}).get("type"), e.cameo["code"], e.sentence_index) for e in evs]


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian commander vowed to recapture the village before winter.",
        "Houthi leaders pledged to liberate the port city from the coalition.",
        "The army chief promised to retake every district lost to the insurgents.",
    ],
)
def test_vow_to_retake_a_place_is_a_threat(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "THREATEN"), _kinds(evs)
    assert not of_type(evs, "AGREE"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "The striker vowed to reclaim his place in the national team.",
        "The opposition pledged to regain the confidence of farmers.",
    ],
)
def test_vow_to_reclaim_no_place_is_no_threat(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "THREATEN"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing rejected claims that it had interfered in Canada's elections.",
        "The embassy denied meddling in the country's internal affairs.",
    ],
)
def test_interfering_is_no_aid(short, text):
    evs = events(short, text)
    assert not of_type(evs, "AID"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "A Chinese maritime militia ship rammed a Vietnamese fishing boat near the Paracel Islands.",
        "A Russian patrol vessel rammed a Ukrainian tugboat in the Kerch Strait on Friday.",
        "A Turkish coast guard cutter rammed into a Greek fishing trawler near Lesbos.",
    ],
)
def test_ship_ramming_a_vessel_is_force(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "The government rammed the reform through the senate on Thursday.",
        "A lorry rammed a parked car on the motorway near Lyon.",
    ],
)
def test_ramming_no_vessel_is_no_force(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "ASSAULT"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian police boarded a freighter off Tromso on suspicion that it had damaged a seabed cable.",
        "Greek coast guard officers boarded the oil tanker in the Aegean on Wednesday.",
    ],
)
def test_force_boarding_a_ship_is_a_seizure(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "COERCE"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of pilgrims boarded the ferry in Jeddah on Monday.",
        "The foreign minister boarded a plane to Brussels.",
    ],
)
def test_passengers_boarding_is_no_seizure(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "COERCE"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "The governor ordered police to search for the missing fishermen.",
        "Nigeria's president instructed the military to rescue the abducted schoolgirls.",
    ],
)
def test_order_to_own_forces_to_rescue_is_no_demand(short, text):
    evs = current(events(short, text))
    assert not of_type(evs, "REQUEST"), _kinds(evs)


def test_order_to_another_party_stays_a_demand(short):
    evs = current(events(short, "The court ordered the ministry to pay compensation to the families."))
    assert of_type(evs, "REQUEST"), _kinds(evs)


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan's president said the island would not be intimidated.",
        "The editor said the newspaper will not be cowed.",
    ],
)
def test_defiant_not_intimidated_is_no_coercion(short, text):
    evs = events(short, text)
    assert not of_type(evs, "COERCE"), _kinds(evs)


def test_intimidating_voters_stays_coercion(short):
    evs = current(events(short, "Armed men intimidated voters outside polling stations in the south."))
    assert of_type(evs, "COERCE"), _kinds(evs)
