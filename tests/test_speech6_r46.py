"""Round 46 "speech6" lane: an official's flight to or into a named place abroad, or landing in one, is a visit
to the host (042; PETRARCH2 had 036 "intend to meet" for "flew to" and 154 for "flew into"), while such a flight at
home, by aircraft or troops, or "into a rage" is none; and the leaders of Cyprus's two communities ("the Turkish
Cypriot leader", "the Greek Cypriot president") are Cypriot, not Turkish or Greek. Composed examples."""

from __future__ import annotations

from composed import coder_on, current, pair

events = coder_on("2026-12-05")


def _main(short, text):
    evs = current(events(short, text))
    assert evs, text
    return evs[0]


def test_flight_to_a_capital_abroad_is_a_visit(short):
    ev = _main(short, "The Malaysian prime minister flew to Hanoi on Tuesday.")
    assert ev.cameo["code"] == "042"
    assert pair(ev) == ("MYS", "VNM")


def test_flight_into_a_capital_abroad_is_a_visit(short):
    ev = _main(short, "Japan's foreign minister flew into Manila late on Friday.")
    assert ev.cameo["code"] == "042"
    assert pair(ev) == ("JPN", "PHL")


def test_landing_in_a_capital_abroad_is_a_visit(short):
    ev = _main(short, "The Senegalese president landed in Bamako on Sunday.")
    assert ev.cameo["code"] == "042"
    assert pair(ev) == ("SEN", "MLI")


def test_landing_at_home_is_no_event(short):
    assert not current(events(short, "Nigeria's president landed in Lagos after a week abroad."))


def test_aircraft_and_troops_flying_or_landing_abroad_make_no_visit(short):
    for text in ("Russian bombers flew to Venezuela on Monday.", "Chinese troops landed in Djibouti."):
        assert not any(e.cameo["root"] == "04" for e in current(events(short, text))), text


def test_flying_into_a_rage_is_no_event(short):
    assert not current(events(short, "The opposition leader flew into a rage during the debate."))


def test_turkish_cypriot_leader_is_cypriot(short):
    ev = _main(short, "The Turkish Cypriot leader rejected the latest UN proposal.")
    assert ev.source.country == "CYP"


def test_greek_cypriot_minister_is_cypriot(short):
    ev = _main(short, "The Greek Cypriot foreign minister criticised Ankara over the naval drills.")
    assert pair(ev) == ("CYP", "TUR")


def test_plain_turkish_minister_stays_turkish(short):
    ev = _main(short, "The Turkish foreign minister criticised Athens over the islands.")
    assert pair(ev) == ("TUR", "GRC")


def test_flight_by_someone_of_no_country_is_no_visit(short):
    assert not current(events(short, "The governor flew to Denver for a campaign event."))
