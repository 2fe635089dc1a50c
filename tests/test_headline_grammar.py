"""Compressed headline grammar: a present-tense verb the tagger reads as a noun ("Ethiopia summons Sudanese
envoy"), summoning a diplomat (a formal protest), infighting, and the verbless toll "N dead in <attack>".
Every headline here was written for this test."""

from __future__ import annotations

import pytest

from composed import coder_on
from conftest import names_no_doer
from wirecoder.article import Article
from wirecoder.coding.main_event import main_event

pytestmark = pytest.mark.slow


_code = coder_on("2024-03-02")


@pytest.mark.parametrize(
    ("headline", "country"),
    [
        ("Ethiopia summons Sudanese envoy after deadly border clash", "ETH"),
        ("Vietnam summoned China's ambassador over the collision in the South China Sea.", "VNM"),
        ("Chile summons Bolivian diplomat over border incident", "CHL"),
    ],
)
def test_summoning_a_diplomat_is_a_formal_protest(short, headline: str, country: str) -> None:
    events = _code(short, headline)
    protest = [e for e in events if e.cameo["code"] == "114"]
    assert protest, [e.cameo["code"] for e in events]
    assert protest[0].source is not None and protest[0].source.country == country


def test_summoning_a_witness_is_no_protest(short) -> None:
    events = _code(short, "The court summoned the former minister to testify on Monday.")
    assert not any(e.cameo["code"].startswith("11") for e in events)


@pytest.mark.parametrize(
    ("headline", "killed"),
    [
        ("Fourteen Shabaab fighters die in fresh infighting", 14),
        ("Infighting leaves nine ISWAP militants dead near Lake Chad", 9),
        ("Four dead in bomb blast near Mogadishu police station", 4),
        ("Six dead in suicide attack on Kabul mosque", 6),
        ("Three dead in grenade attack on bus in Nairobi", 3),
        ("Soldier martyred in Indian ceasefire violation: army", 1),
        ("Three villagers die in crossfire between army and rebels in Kachin", 3),
    ],
)
def test_headline_tolls_of_violence(short, headline: str, killed: int) -> None:
    events = _code(short, headline)
    assert main_event(events) is not None
    assert sum(int(e.fatalities or 0) for e in events) == killed


@pytest.mark.parametrize(
    "headline",
    [
        "Two dead in road accident near Lahore",
        "Five dead in house fire in Ohio",
        "Party infighting delays budget vote",
        "A child was caught in the crossfire of the custody battle.",
    ],
)
def test_tolls_and_infighting_without_violence_give_no_event(short, headline: str) -> None:
    events = _code(short, headline)
    assert sum(int(e.fatalities or 0) for e in events) == 0
    assert not any((e.acled or {}).get("event_type") == "Battles" for e in events)


@pytest.mark.parametrize(
    ("headline", "sub_event"),
    [
        ("Provincial governor survives assassination attempt in Helmand", "Attack"),
        ("Tribal elder survives gun attack in Kurram", "Attack"),
        ("Former minister escapes bomb attack in Jalalabad", "Remote explosive/landmine/IED"),
        ("Mayor escapes suicide attack on convoy in Mogadishu", "Suicide bomb"),
    ],
)
def test_surviving_an_attack_tells_the_attack(short, headline: str, sub_event: str) -> None:
    events = _code(short, headline)
    main = main_event(events)
    assert main is not None and (main.acled or {}).get("sub_event_type") == sub_event
    assert names_no_doer(main.source)  # who attacked is not said
    assert sum(int(e.fatalities or 0) for e in events) == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister survived a no-confidence vote on Tuesday.",
        "Three prisoners escaped from a jail in Kano.",
        "Most of the crops survived the drought.",
    ],
)
def test_surviving_no_attack_is_no_event(short, sentence: str) -> None:
    assert not any(
        (e.acled or {}).get("event_type") for e in _code(short, sentence) if e.plover.get("type") == "ASSAULT"
    )


def test_an_author_field_tag_line_is_dropped_as_a_byline(short) -> None:
    raw = "Two porters killed in landslide of rocks fired on by troops\n\nAU \t\nJane Doe"
    article = short(Article(raw=raw, source="test", published="2024-03-02"))
    assert "AU" not in article.text.split()
    assert any(r.reason == "byline" and r.text.strip() == "AU" for r in article.removed)


@pytest.mark.parametrize(
    ("headline", "envoy_country"),
    [
        ("Foreign Office summons Iranian diplomat to protest border shooting of fishermen", "IRN"),
        ("The foreign ministry summoned the Russian ambassador to protest the detention of two citizens.", "RUS"),
    ],
)
def test_an_envoys_country_is_not_the_summoners(short, headline: str, envoy_country: str) -> None:
    events = [e for e in _code(short, headline) if e.cameo["code"] == "114"]
    assert events
    assert events[0].source is not None and events[0].source.country != envoy_country
    assert events[0].target is not None and events[0].target.country == envoy_country


def test_a_named_summoner_keeps_its_country(short) -> None:
    events = [
        e for e in _code(short, "Kenya's foreign ministry summoned the Ugandan envoy.") if e.cameo["code"] == "114"
    ]
    assert events and events[0].source is not None and events[0].source.country == "KEN"


@pytest.mark.parametrize(
    "headline",
    [
        "Armenia, Azerbaijan report new border clashes, deaths",
        "Officials confirm fresh fighting in Tigray",
        "Thailand reports heavy fighting on Cambodian border",
    ],
)
def test_reported_fighting_took_place(short, headline: str) -> None:
    # a report verb over a fighting noun says the fighting happened, whoever fought
    events = _code(short, headline)
    assert any((e.acled or {}).get("event_type") == "Battles" and not e.background for e in events)


@pytest.mark.parametrize(
    "headline",
    [
        "Ministry reports rise in exports",
        "Azerbaijan denies border clashes with Armenia",
        "Morning news roundup: Armenia, Azerbaijan",
    ],
)
def test_reports_of_no_fighting_give_no_battle(short, headline: str) -> None:
    events = _code(short, headline)
    assert not any((e.acled or {}).get("event_type") == "Battles" and not e.negated for e in events)


def test_fighting_reported_years_ago_is_background(short) -> None:
    events = _code(short, "The paper reported the fighting in 1994 in a long series")
    assert all(e.background for e in events if (e.acled or {}).get("event_type") == "Battles")


@pytest.mark.parametrize(
    ("headline", "sides"),
    [
        ("Armenia and Azerbaijan exchange fire on border", {"ARM", "AZE"}),
        ("Thailand, Cambodia trade fire along disputed border", {"THA", "KHM"}),
    ],
)
def test_exchanging_fire_read_as_a_noun_is_a_battle(short, headline: str, sides: set[str]) -> None:
    # "exchange"/"trade" before "fire" in a headline is tagged as a noun modifier: still two sides fighting
    battles = [e for e in _code(short, headline) if (e.acled or {}).get("event_type") == "Battles"]
    assert battles
    assert {
        c for e in battles for c in (e.source.country if e.source else None, e.target.country if e.target else None)
    } & sides


@pytest.mark.parametrize(
    "headline",
    ["Armenia and Azerbaijan exchange prisoners", "Thailand, Cambodia trade barbs over temple"],
)
def test_exchanging_no_fire_is_no_battle(short, headline: str) -> None:
    assert not any((e.acled or {}).get("event_type") == "Battles" for e in _code(short, headline))
