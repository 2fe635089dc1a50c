"""Round 44 "speech4" lane: a visit or arrival placed abroad that names no one visited is a visit to the host
country's government ("arrived in Lima for a two-day visit": PER), unless the trip is to a gathering of many
states or a game, the place is the visitor's own country, or the visit is negated. Composed examples."""

from __future__ import annotations

from composed import coder_on, current

events = coder_on("2026-06-10")


def _main(short, text):
    evs = current(events(short, text))
    assert evs, text
    return evs[0]


def test_arrival_for_a_visit_targets_the_host_country(short):
    ev = _main(short, "The Spanish foreign minister arrived in Lima on Monday for a two-day official visit.")
    assert ev.cameo["root"] == "04"
    assert ev.target is not None and (ev.target.country, ev.target.sector) == ("PER", None)
    assert ev.target.country_basis == "place"


def test_bare_arrival_abroad_targets_the_host_country(short):
    ev = _main(short, "The Ghanaian president arrived in Abuja late on Thursday.")
    assert ev.target is not None and ev.target.country == "NGA"


def test_arrival_at_a_gathering_takes_no_host_target(short):
    ev = _main(short, "The Cuban foreign minister arrived in Geneva for a session of the Human Rights Council.")
    assert ev.target is None or ev.target.country != "CHE"


def test_arrival_at_home_takes_no_target(short):
    ev = _main(short, "The Kenyan president arrived in Nairobi on Sunday after a week abroad.")
    assert ev.target is None or ev.target.country != "KEN"


def test_named_host_is_kept(short):
    ev = _main(short, "The Italian prime minister visited Tunis to meet the Tunisian president.")
    assert ev.target is not None and ev.target.country == "TUN"


def test_troops_arriving_abroad_visit_no_one(short):
    ev = _main(short, "A contingent of Nepali troops arrived in Lebanon on Friday to join the UN force.")
    assert ev.target is None or ev.target.country != "LBN" or ev.target.country_basis != "place"


def test_said_he_believed_another_state_is_a_statement_about_it(short):
    ev = _main(short, "The Austrian chancellor said he believed Hungary was acting in good faith.")
    assert ev.cameo["root"] == "01"
    assert ev.source is not None and ev.source.country == "AUT"
    assert ev.target is not None and ev.target.country == "HUN"


def test_said_they_expected_another_state_is_a_statement_about_it(short):
    ev = _main(short, "Officials of the Chilean foreign ministry said they expected Argentina to reopen the pass soon.")
    assert ev.source is not None and ev.source.country == "CHL"
    assert ev.target is not None and ev.target.country == "ARG"


def test_a_belief_about_no_actor_is_no_event(short):
    assert not current(events(short, "The Ghanaian finance minister said he expected inflation to ease next year."))


def test_a_plain_speakers_fear_is_no_statement(short):
    evs = current(events(short, "Villagers said they feared the rebels would come back after the harvest."))
    assert not [e for e in evs if e.cameo["code"] == "010"]
