"""Round 47 "speech7" lane: two sides that agree to meet or hold talks in a third country's city still act on each
other (the venue is no third party); a firm refusing what its own investors, dealers or customers ask is no event;
what talks abroad are about is no party to them, and an arrival for talks abroad meets the host; MPs and
backbenchers are legislators. Composed examples."""

from __future__ import annotations

from composed import coder_on, current, pair

events = coder_on("2026-12-05")


def _main(short, text):
    evs = current(events(short, text))
    assert evs, text
    return evs[0]


def test_two_sides_meeting_in_a_third_city_act_on_each_other(short):
    ev = _main(short, "Lima and Quito agreed to meet in Bogota to settle the fishing dispute.")
    assert pair(ev) == ("PER", "ECU")


def test_talks_held_in_a_third_city_are_between_the_two(short):
    ev = _main(short, "Islamabad and Kabul agreed to hold talks in Tehran next week.")
    assert pair(ev) == ("PAK", "AFG")


def test_bare_agreement_keeps_no_target(short):
    ev = _main(short, "Spain and Portugal signed an accord on water sharing.")
    assert ev.target is None


def test_embassies_in_a_third_country_stay_untargeted(short):
    ev = _main(short, "Italy and Greece reopened their embassies in Tripoli on Monday.")
    assert ev.target is None or ev.target.country == "LBY"


def test_firm_refusing_its_partners_request_is_no_event(short):
    for text in (
        "The lender turned down a request from bondholders to delay the payment.",
        "The retailer rejected demands from shareholders for a buyback.",
    ):
        assert not current(events(short, text)), text


def test_state_refusing_a_request_stays(short):
    ev = _main(short, "The Chilean government rejected a request from Bolivia to reopen the sea talks.")
    assert ev.cameo["root"] == "12"
    assert pair(ev) == ("CHL", "BOL")


def test_arrival_for_talks_on_a_third_country_meets_the_host(short):
    ev = _main(short, "The Saudi foreign minister arrived in Ankara for talks about the crisis in Lebanon.")
    assert ev.cameo["root"] == "04"
    assert pair(ev) == ("SAU", "TUR")


def test_arrival_for_talks_with_a_named_side_keeps_it(short):
    ev = _main(short, "The Saudi foreign minister arrived in Ankara for talks with Iraqi officials.")
    assert pair(ev)[1] == "IRQ"


def test_backbenchers_are_legislators_of_the_story(short):
    ev = _main(short, "Britain's home secretary faced criticism from Conservative backbenchers over the asylum plan.")
    assert ev.cameo["root"] == "11"
    assert ev.source.sector == "LEG"
