"""Round 20 on short attack summaries: a toll told roughly after the attack ("More than 250 pilgrims were
killed") retells it; a weapon as the subject of an outcome verb with casualties ("a landmine left five herders
dead") is its attack; "X and his chauffeur/interpreter" killed are two; a toll clause beside another clause
with "also" ("...; three of the raiders were also killed") still retells the attack. Every sentence here was
written for these tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.coding.aftermath import retold
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2026-03-04", source="t")


def _main(short, text: str):
    events = _events(short, text)
    return main_event([e for e in events if is_violent(e)]) or main_event(events)


def test_rough_toll_retells_the_attack(short):
    text = "Gunmen raided a shrine near Quetta, Pakistan, with rifles and grenades. More than 250 pilgrims were killed."
    toll = [e for e in _events(short, text) if e.fatalities]
    assert toll and retold(toll[0]) and toll[0].fatalities == 250
    assert toll[0].source is not None


def test_more_victims_stay_apart(short):
    text = "Gunmen raided a shrine near Quetta, Pakistan. Two more pilgrims were killed at a checkpoint."
    assert not any(retold(e) for e in _events(short, text))


def test_weapon_left_dead_is_an_attack(short):
    main = _main(short, "A landmine left five herders dead near Gao, Mali, on Tuesday.")
    assert main is not None and main.fatalities == 5 and main.cameo.get("root") == "18"


def test_weapon_caused_fatal_share(short):
    text = "A parcel bomb caused 40 casualties, 9 of them fatal, at a bus terminal in Dhaka, Bangladesh."
    main = _main(short, text)
    assert main is not None and main.fatalities == 9


def test_weapon_outcome_without_casualties_is_none(short):
    for text in (
        "A bomb caused panic at a bus terminal in Dhaka, Bangladesh.",
        "The mine left a deep crater in the road near Gao, Mali.",
        "A bomb left in a locker at the station in Lyon, France, was defused by police.",
    ):
        assert not [e for e in _events(short, text) if e.cameo.get("root") == "18"], text


def test_nature_left_dead_is_no_attack(short):
    assert not _events(short, "The cyclone left five herders dead near Gao, Mali.")


def test_victim_and_his_chauffeur_are_two(short):
    main = _main(short, "Gunmen shot dead a bank executive and his chauffeur in Guatemala City, Guatemala.")
    assert main is not None and main.fatalities == 2
    assert main.acled.get("event_type") == "Violence against civilians"


def test_victim_and_his_interpreter_are_two(short):
    main = _main(short, "A sniper killed a British reporter and his interpreter near Mosul, Iraq.")
    assert main is not None and main.fatalities == 2


def test_executive_alone_is_one(short):
    main = _main(short, "Gunmen shot dead a mining executive in Lima, Peru.")
    assert main is not None and main.fatalities == 1


def test_toll_beside_also_clause_retells(short):
    text = "Rebels overran an army post in Kidal, Mali. Twenty soldiers were killed; three of the raiders were also killed."
    toll = [e for e in _events(short, text) if e.fatalities == 23]  # the raiders' own dead added (round 21)
    assert toll and retold(toll[0])


def test_also_in_own_clause_stays_apart(short):
    text = "Rebels overran an army post in Kidal, Mali. Twenty soldiers were also killed in a second raid."
    assert not [e for e in _events(short, text) if e.fatalities == 20 and retold(e)]
