"""Round 21 on short attack summaries: the attackers' own dead, told in the attack's sentence or the next one,
are the attack's ("killing three officers before two of the assailants were shot dead": 5), with no second toll
for the same incident; attackers killed in an operation of its own (a later raid, a separate operation, a date
of its own) and militants killed by troops' own operation stay apart. Every sentence here was written for these
tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2026-03-04", source="t")


def _main_and_sum(short, text: str) -> tuple[int, int]:
    events = _events(short, text)
    main = main_event([e for e in events if is_violent(e)]) or main_event(events)
    return (main.fatalities or 0) if main is not None else 0, sum(e.fatalities or 0 for e in events)


def test_attackers_shot_dead_in_the_same_sentence(short):
    text = "Gunmen fired on a roadblock near Mardan, Pakistan, killing four constables before three of the assailants were shot dead."
    assert _main_and_sum(short, text) == (7, 7)


def test_attackers_killed_by_police_in_the_same_sentence(short):
    text = "Gunmen attacked a ferry terminal in Lokoja, Nigeria, and killed five travellers before soldiers shot dead two of the gunmen."
    assert _main_and_sum(short, text) == (7, 7)


def test_attackers_killed_in_the_next_sentence(short):
    text = "Militants attacked a customs post in Ghazni, Afghanistan, killing 10 people. The three attackers were killed by guards."
    assert _main_and_sum(short, text) == (13, 13)


def test_attackers_died_when_troops_answered(short):
    text = "Rebels attacked a garrison near Beni, DR Congo, killing six soldiers. Nine of the attackers died when troops fought back."
    main, _ = _main_and_sum(short, text)
    assert main == 15


def test_later_raid_stays_apart(short):
    text = "Gunmen shot dead a judge in Tegucigalpa, Honduras. Police killed two gunmen in a raid four days later."
    assert _main_and_sum(short, text)[0] == 1


def test_separate_operation_stays_apart(short):
    text = "Militants attacked a school in Dir, Pakistan, killing three teachers. Troops killed five militants in a separate operation."
    assert _main_and_sum(short, text)[0] == 3


def test_militants_killed_by_troops_operation_are_not_added(short):
    text = "Troops attacked a hideout near Mosul, Iraq, killing 12 people. Four militants were killed by air strikes."
    assert not any((e.fatalities or 0) == 16 for e in _events(short, text))


def test_other_victims_are_not_attackers(short):
    text = "Gunmen attacked a market in Maiduguri, Nigeria, killing eight traders. Two policemen were killed in a raid on a nearby village."
    assert _main_and_sum(short, text)[0] == 8
