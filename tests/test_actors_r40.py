"""Round-40 source actors of incident reports: people named by their trade or livelihood ("cooperative miners",
"taxi drivers", "landless peasants", "prison guards") are actors that take the country of the place they are
in, and stand as the source of their later acts ("The drivers burned tyres"); the weapon a "by" agent sent is
no doer of its own ("a drone launched by X struck ..." is X's strike, not the drone's).

Convention kept from earlier rounds (GTD records a suspected perpetrator with its "uncertain" flag, ACLED codes
the group its sources attribute an attack to): a group said to be behind or suspected of an attack is its
source; a group merely named in the story is not.

Every sentence is composed for these tests; tests/data/violent_actors_r40*.yaml hold composed batches scored by
`python scripts/score_violent_actors.py FILE`.
"""

from __future__ import annotations

import pytest

from wirecoder.article import Article, Event
from wirecoder.coding.main_event import is_violent, main_event


def main_of(short, text: str) -> Event | None:
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    return main_event([e for e in evs if is_violent(e)]) or main_event(evs)


def source_of(short, text: str) -> tuple[str, str | None]:
    ev = main_of(short, text)
    assert ev is not None, text
    src = ev.source
    return ((src.text or "") if src is not None else "", src.country if src is not None else None)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Tin miners in Bolivia clashed with police near Oruro on Tuesday.", "miners", "BOL"),
        ("Bus drivers in Nairobi stoned a police car on Monday.", "drivers", "KEN"),
        ("Landless peasants in Brazil invaded a cattle ranch in Para state on Sunday.", "peasants", "BRA"),
        ("Prison guards in Honduras fired on rioting inmates at a jail near Tegucigalpa.", "guards", "HND"),
        ("Farm labourers in South Africa's Western Cape set fire to a packing shed on Monday.", "labourers", "ZAF"),
    ],
)
def test_actors40_trade_groups_are_sources_with_the_place_country(short, text: str, word: str, country: str):
    got, got_country = source_of(short, text)
    assert word.lower() in got.lower(), (text, got)
    assert got_country == country, (text, got_country)


def test_actors40_trade_group_told_again_by_its_noun_keeps_its_country(short):
    text = (
        "Rice growers in Thailand blocked a highway near Khon Kaen on Monday. The growers later attacked a police post."
    )
    evs = short(Article(raw=text, source="test", published="2026-05-20")).events
    later = [e for e in evs if e.sentence_index == 1 and is_violent(e)]
    assert later and later[0].source is not None, evs
    assert "growers" in (later[0].source.text or "") and later[0].source.country == "THA"


@pytest.mark.parametrize(
    "text",
    [
        # a miner in the singular is often a company: no labour group of the place
        "The miner said output at its Chilean mine fell by a tenth.",
        # a driver killed is a victim, not the doer
        "Gunmen shot dead a taxi driver in Karachi on Monday.",
    ],
)
def test_actors40_trade_nouns_are_no_doers_when_not_acting(short, text: str):
    ev = main_of(short, text)
    if ev is None:
        return
    src = ev.source
    assert src is None or "miner" not in (src.text or "").lower() and "driver" not in (src.text or "").lower(), ev


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("A drone launched by the Houthis struck an oil tanker off Hodeidah on Friday.", "Houthi", "YEM"),
        ("A mortar round fired by ISWAP fighters hit a camp in Maiduguri.", "ISWAP", "NGA"),
        ("A projectile fired by Israeli forces struck a tent in Rafah on Tuesday.", "Israeli", "ISR"),
    ],
)
def test_actors40_weapon_sent_by_an_agent_is_the_agents_act(short, text: str, word: str, country: str):
    got, got_country = source_of(short, text)
    assert word.lower() in got.lower(), (text, got)
    assert got_country == country


def test_actors40_a_weapon_with_no_agent_stays_the_source(short):
    # no "by" agent: the drone is all the text says of the doer
    got, _ = source_of(short, "A drone struck a fuel depot in Port Sudan on Sunday.")
    assert "drone" in got.lower()
