"""Incident-note leftovers: a war's whole toll is background, bodies found with marks of violence are an
attack, martyrdom idioms count the dead, a former soldier is a civilian, villagers attacking police a mob.
Sentences composed for these tests (several countries), each class with cases that must not change."""

from __future__ import annotations

import pytest

from conftest import names_no_doer
from wirecoder.article import Article

pytestmark = pytest.mark.slow

PUBLISHED = "2025-03-31"


def _events(short, text):
    return short(Article(raw=text, source="test", published=PUBLISHED)).events


def _today_dead(events):
    return sum(e.fatalities or 0 for e in events if not e.background)


@pytest.mark.parametrize(
    "text",
    [
        "An estimated 250,000 people perished in the civil war that ended in 2002.",
        "Nearly 40,000 people have been killed since the insurgency began in 2007.",
        "Since the conflict erupted in 2014, more than 14,000 people have died.",
        "Some 60,000 civilians were killed during the war of the 1980s.",
        "The separatist insurgency has claimed more than 30,000 lives.",
        "The war has killed at least 9,000 civilians since 2022.",
        "Teachers rallied in Colombo over unpaid wages. About 100,000 people died in the war.",
    ],
)
def test_a_wars_whole_toll_is_no_fatality_of_today(short, text):
    assert _today_dead(_events(short, text)) == 0


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two soldiers were killed in the war on Sunday, the army said.", 2),
        ("Gunmen killed six villagers in an attack on a market in Zamfara on Friday.", 6),
        ("At least 12 people have been killed since Monday in clashes in Tripoli.", 12),
        ("Three civilians were killed in fighting between the army and rebels near Goma.", 3),
        # a war named as the killer in a sentence dated to a month is that month's fighters, not history
        ("This week was the worst for the police, as the insurgency killed 35 officers in the province.", 35),
    ],
)
def test_an_incidents_own_dead_stay(short, text, dead):
    assert _today_dead(_events(short, text)) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Four Levies personnel embraced martyrdom when terrorists attacked their post in Kalat.", 4),
        ("Two soldiers laid down their lives during an exchange of fire with militants in Khyber.", 2),
        ("Five policemen lost their lives in an attack on a checkpoint in Tank.", 5),
    ],
)
def test_martyrdom_idioms_count_the_dead(short, text, dead):
    events = _events(short, text)
    assert events and _today_dead(events) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("The bodies of three men with gunshot wounds were found in a ditch near Tijuana.", 3),
        ("Police recovered four bullet-riddled bodies from a canal outside Karachi.", 4),
    ],
)
def test_bodies_with_marks_of_violence_are_an_attack(short, text, dead):
    events = [e for e in _events(short, text) if (e.acled or {}).get("event_type")]
    assert events and events[0].acled["event_type"] == "Violence against civilians"
    assert names_no_doer(events[0].source)  # the finder is no killer
    assert _today_dead(events) == dead


@pytest.mark.parametrize(
    "text",
    [
        "The body of a missing fisherman was found on a beach near Gwadar.",
        "Rescuers recovered 20 bodies from the rubble after the landslide.",
        "The committee found no evidence of fraud.",
    ],
)
def test_bodies_without_violence_are_no_attack(short, text):
    assert not [e for e in _events(short, text) if (e.acled or {}).get("event_type")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Unknown gunmen shot dead a retired soldier outside his house in Mardan.", "Violence against civilians"),
        ("A former police officer was killed by gunmen in Herat.", "Violence against civilians"),
        ("Unknown gunmen shot dead a soldier outside his house in Mardan.", "Battles"),
    ],
)
def test_a_former_soldier_is_a_civilian(short, text, kind):
    events = [e for e in _events(short, text) if (e.acled or {}).get("event_type")]
    assert events and events[0].acled["event_type"] == kind


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Angry villagers attacked a police team with sticks in Sindhudurg after a raid.", "Mob violence"),
        ("Local residents stormed the police station in Rangpur after a death in custody.", "Violent demonstration"),
        ("Militants attacked a police patrol in Tank, killing two policemen.", "Armed clash"),
    ],
)
def test_villagers_attacking_police_are_a_mob(short, text, sub):
    events = [e for e in _events(short, text) if (e.acled or {}).get("event_type")]
    assert events and events[0].acled["sub_event_type"] == sub
