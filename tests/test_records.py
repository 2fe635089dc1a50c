"""Violent acts told as a past record of their maker ("has previously attacked X") are no incident; told in
a claim, only the claim (an accusation) is coded; citing another's hostile act accuses its maker. Every
sentence here was written for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on
from wirecoder.article import Event

_code = coder_on("2025-03-04", source="t")


def _roots(events: list[Event]) -> list[str]:
    return [e.cameo["root"] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The militia has previously attacked aid convoys in the region.",
        "Al-Shabaab kidnapped traders near the border in the past.",
        "The separatists had formerly bombed railway lines in the province.",
    ],
)
def test_a_past_record_is_no_incident(short, text):
    events = _code(short, text)
    assert not [r for r in _roots(events) if r in {"17", "18", "19", "20"}], [(e.cameo, e.source) for e in events]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Iran's foreign minister claimed Saudi forces have attacked civilians in the past.", "SAU"),
        ("The Kenyan police chief claimed that al-Shabaab has previously attacked schools near the border.", None),
    ],
)
def test_a_claimed_record_is_the_claim_only(short, text, accused):
    events = _code(short, text)
    assert _roots(events) == ["11"], [(e.cameo, e.source, e.target) for e in events]
    if accused:
        assert events[0].target is not None and events[0].target.country == accused


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister claimed Saudi forces attacked civilians in Sanaa on Monday.",
        "The rebels have attacked three villages in Darfur this week.",
        "Rebels have previously attacked the town, killing 12 people on Tuesday.",
        "Gunmen repeatedly stabbed the mayor of Lyon on Sunday.",
        "Soldiers routinely beat detainees at the prison, a rights group said.",
        "Police said gunmen attacked a checkpoint in Quetta.",
    ],
)
def test_an_incident_stays(short, text):
    events = _code(short, text)
    assert any(r in {"18", "19", "20"} for r in _roots(events)), [(e.cameo, e.source) for e in events]


@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        ("Lithuania's president cited Russia's aggression against Ukraine as his motivation.", "LTU", "RUS"),
        ("The Peruvian foreign minister cited Chile's incursions as the reason for the complaint.", "PER", "CHL"),
        ("The White House pointed to the attack on its consulate by Iranian-backed militias as proof.", "USA", "IRN"),
    ],
)
def test_citing_a_hostile_act_accuses_its_maker(short, text, speaker, accused):
    events = _code(short, text)
    accusations = [e for e in events if e.cameo["root"] == "11"]
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in accusations] == [
        (speaker, accused)
    ], [(e.cameo, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The minister cited a report by the World Bank.",
        "The mayor cited rising crime figures in a speech.",
        "The senator pointed to the attacks on aid workers as a reason to act.",
    ],
)
def test_citing_a_report_or_an_unmade_act_accuses_no_one(short, text):
    events = _code(short, text)
    assert not [e for e in events if e.cameo["root"] == "11"], [(e.cameo, e.source, e.target) for e in events]
