"""Whole protest articles, round 29 (lane wikiprotest): the PLOVER type of an act of the protest family follows its
ACLED sub-type as the Wikinews dev gold codes them: police dispersing a crowd with tear gas, water cannon or rubber
bullets (a protest with intervention) is COERCE, not ASSAULT; a violent demonstration by the protesters is PROTEST;
force that kills protesters (excessive force) and attacks outside the protest family keep their type. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import events_of


def _types(short, text: str) -> list[tuple[str, str | None]]:
    return [(e.plover["type"], (e.acled or {}).get("sub_event_type")) for e in events_of(short, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fired tear gas at hundreds of protesters who had blocked a highway in Kano on Monday.",
        "Police dispersed the marchers with water cannon in Tbilisi on Sunday.",
        "Police fired rubber bullets and stun grenades at the crowd in Bishkek on Tuesday.",
    ],
)
def test_dispersal_is_coerce(short, text: str) -> None:
    types = _types(short, text)
    assert ("COERCE", "Protest with intervention") in types
    assert not any(t == "ASSAULT" for t, _ in types)


def test_violent_demonstration_is_protest(short) -> None:
    types = _types(short, "Youths threw petrol bombs at police during a protest against power cuts in Karachi.")
    assert ("PROTEST", "Violent demonstration") in types
    assert not any(t == "ASSAULT" for t, _ in types)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # force that kills protesters is excessive force: an assault
        ("Police opened fire on protesters in Nairobi on Tuesday, killing four people.", "ASSAULT"),
        # an attack outside the protest family keeps its type
        ("Gunmen attacked a police checkpoint near Maiduguri on Monday, killing two officers.", "ASSAULT"),
        # arrests are COERCE as before, no new event
        ("Police arrested 40 protesters in Lagos on Monday.", "COERCE"),
    ],
)
def test_other_force_keeps_its_type(short, text: str, kept: str) -> None:
    types = _types(short, text)
    assert [t for t, _ in types] == [kept]


def _events(short, text: str) -> list[tuple[str, str | None]]:
    """(PLOVER type, target text or None) of each event."""
    return [(e.plover["type"], e.target.text if e.target is not None else None) for e in events_of(short, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Small-scale miners protesting a new law blocked the Pan-American Highway in southern Peru on Wednesday.",
        "Protesters blocked the bridge over the Danube in Novi Sad on Saturday.",
    ],
)
def test_blocked_road_is_no_target(short, text: str) -> None:
    assert _events(short, text) == [("PROTEST", None)]


def test_blocked_access_by_state_is_censorship(short) -> None:
    types = [t for t, _ in _events(short, "The government blocked access to Twitter and YouTube on Monday.")]
    assert types == ["COERCE"]
    # protesters blocking access to a site still protest
    assert [t for t, _ in _events(short, "Residents blocked access to the landfill site in protest.")] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Parliament scrapped the controversial pension reform on Thursday.", ["CONCEDE"]),
        ("The government repealed the fuel tax on Monday after a week of protests.", ["CONCEDE"]),
        # a court suspending a law rules on it: no concession
        ("The court suspended the new law on Monday.", []),
        # a bill blocked by a chamber is no blockade
        ("The Senate blocked the bill on Tuesday.", []),
    ],
)
def test_shelved_laws(short, text: str, types: list[str]) -> None:
    assert [t for t, _ in _events(short, text)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Workers at a state tractor factory walked off the job on Monday.", ["PROTEST"]),
        ("The minister walked off the stage after being heckled.", []),
        ("The president walked to the podium and spoke for an hour.", []),
    ],
)
def test_walk_off_the_job(short, text: str, types: list[str]) -> None:
    assert [t for t, _ in _events(short, text)] == types
