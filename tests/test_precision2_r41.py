"""Precision on real-news text (round 41, lane precision2): a verb of force done by a doer of the stage, the shop
floor or the playing field hitting no one is a figure ("the trio stormed the charts" style); a deal between firms
refused or fought off is no political event; hailstones are weather. Real acts by the same kinds of doers (a
person hit, a harm told, an armed mark) and refusals between states stay events. Published Monday 7 December 2026;
the examples are composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on, current, of_type

events = coder_on("2026-12-07")


@pytest.mark.parametrize(
    "text",
    [
        "The boy band stormed the charts in Japan with its latest single.",
        "The stand-up comedian killed it at the festival in Montreal.",
        "The Colombian singer conquered the stadiums of Madrid last summer.",
        "Tourists invaded the old town of Dubrovnik as the cruise ships docked.",
        "The Ugandan sprinter destroyed the field in the 400 metres final in Doha.",
        "The new thriller smashed box office records in India.",
    ],
)
def test_stage_doers_do_no_force(short, text):
    assert not current(events(short, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The rapper shot his bodyguard in Atlanta on Friday, police said.",
        "The actor attacked a photographer outside a club in Rome.",
        "Armed fans attacked police outside the stadium in Buenos Aires.",
        "The singer stabbed a man during a brawl in Lagos, leaving him wounded.",
    ],
)
def test_stage_doers_who_hit_a_person_keep_the_act(short, text):
    evs = current(events(short, text))
    assert of_type(evs, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker rejected a takeover bid from a Chinese rival on Tuesday.",
        "The insurer rebuffed a hostile bid worth $4 billion.",
        "The brewery's board fought off a takeover attempt by a Dutch group.",
        "The steel firm turned down a merger proposal from its Indian competitor.",
    ],
)
def test_refused_deals_between_firms_are_no_event(short, text):
    assert not current(events(short, text)), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Armenia rejected Azerbaijan's offer of talks on the border.", "REJECT"),
        ("The junta rejected the regional bloc's proposal for elections.", "REJECT"),
        ("Soldiers fought off an attack by jihadists on a base in Mopti.", "ASSAULT"),
        ("Hungary vetoed Ukraine's bid to open membership talks.", "REJECT"),
    ],
)
def test_refusals_between_political_actors_stay(short, text, kind):
    assert of_type(current(events(short, text)), kind), text


def test_hailstones_are_weather(short):
    text = "Hailstones pelted the northern suburbs of Nairobi on Sunday evening."
    assert not of_type(current(events(short, text)), "ASSAULT")


def test_stones_pelted_by_a_crowd_stay_force(short):
    text = "Protesters pelted police with stones in Srinagar on Friday."
    assert current(events(short, text))
