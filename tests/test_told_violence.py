"""Violent acts told inside verbal acts, and a nationality on the fire that killed: events of their own with
the one blamed as source. Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

_code = coder_on("2025-03-04", source="t")


def _violent(events: list[Event]) -> list[Event]:
    return [e for e in events if e.cameo["root"] in {"18", "19", "20"}]


def _src(e: Event) -> str | None:
    return e.source.country if e.source else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Armenia accuses Azerbaijan of shelling border villages", "AZE"),
        ("Colombia accused the rebels of killing three police officers in Cauca", "COL"),
        ("Ukraine blamed Russian forces for the shelling of a hospital in Kharkiv", "RUS"),
    ],
)
def test_an_accused_attack_is_an_event_by_the_accused_listed_after_the_accusation(short, text, country):
    events = _code(short, text)
    violent = _violent(events)
    assert [_src(e) for e in violent] == [country], [(e.cameo, e.source) for e in events]
    assert events[0].cameo["root"] == "11"  # the accusation is the sentence's main event, the attack after it
    assert violent[0] in events[1:]


def test_a_condemned_attack_with_its_maker_and_toll_is_an_event(short):
    events = _code(short, "Thailand condemned Cambodian firing that killed four soldiers")
    violent = _violent(events)
    assert [(_src(e), e.fatalities) for e in violent] == [("KHM", 4)], [(e.cameo, e.source) for e in events]
    assert events[1] is violent[0] and len(events) == 2


def test_a_killing_told_as_the_reason_for_a_summons_is_an_event(short):
    events = _code(short, "Israel summoned the Polish ambassador after two citizens were killed in Warsaw")
    assert [e.fatalities for e in _violent(events)] == [2], [(e.cameo, e.source) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused the minister of corruption",
        "The minister condemned the attack",
        "Greece condemned the remarks by Turkey",
        "Kenya accused the governor of plotting attacks",
        "The opposition accused the government of failing to stop the killings",
        "Ethiopia warned it would respond if Eritrean troops attacked again",
        "Sudan accused the rebels of violating the ceasefire",
        "The president fired the minister",
        "The army chief accepted responsibility for the killing of the reporter",
        "Serbia lifted a curfew in the province, where 28 people have been killed in riots this year",
    ],
)
def test_words_about_violence_that_name_no_attack_give_none(short, text):
    assert _violent(_code(short, text)) == [], text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Indian fire kills four in Kashmir", "IND"),
        ("Israeli fire killed two Palestinians near the fence", "ISR"),
        ("Pakistani shells wounded five villagers", "PAK"),
    ],
)
def test_a_nationality_on_the_fire_is_its_source(short, text, country):
    violent = _violent(_code(short, text))
    assert [_src(e) for e in violent] == [country], [(e.cameo, e.source) for e in violent]


def test_a_fire_without_a_nationality_has_no_source(short):
    violent = _violent(_code(short, "A fire killed four workers in a Bangladeshi factory"))
    assert all(e.source is None for e in violent), [(e.cameo, e.source) for e in violent]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two die in border fire", 2),
        ("Two soldiers martyred in cross-border firing", 2),
        ("A policeman was martyred in an attack in Bannu", 1),
        ("Five villagers died in sniper fire near the frontier", 5),
    ],
)
def test_dying_or_martyred_in_gunfire_is_that_violence(short, text, dead):
    violent = _violent(_code(short, text))
    assert [e.fatalities for e in violent] == [dead], [(e.cameo, e.fatalities) for e in violent]


@pytest.mark.parametrize(
    "text",
    [
        "Two children died in a house fire in Lahore",
        "The saint was martyred in the third century",
        "Fire crews fought a border fire for three days",
    ],
)
def test_a_blaze_or_an_old_martyrdom_is_no_violence(short, text):
    assert _violent(_code(short, text)) == [], text


def test_a_headline_participle_tagged_as_a_noun_is_still_the_killing(short):
    violent = _violent(_code(short, "Two shot dead in Mombasa"))
    assert [e.fatalities for e in violent] == [2], [(e.cameo, e.fatalities) for e in violent]


def test_a_noun_shot_before_dead_in_prose_is_no_killing(short):
    assert _violent(_code(short, "His best shot was a dead end")) == []
