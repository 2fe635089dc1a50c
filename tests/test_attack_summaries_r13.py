"""Round 13 on short attack summaries in the database register ("02/14/2010: Militants set fire to ..."):
the record's own date, verdicts and later names of the attack ("the sabotage", "the arson") naming the doer,
infrastructure burnt or sabotaged, and tolls told by "as were" or "also" after the first. Every sentence here
was written for these tests (places and groups vary; none is from a dataset); each rule has a look-alike that
must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding.main_event import is_violent, main_event
from wirecoder.evaluation.acled import note_fatalities

_events = coder_on("2026-03-04", source="t")


def _main(short, text: str) -> Event:
    events = _events(short, text)
    found = main_event([e for e in events if is_violent(e)]) or main_event(events)
    assert found is not None
    return found


def _doer(event: Event) -> str:
    return f"{event.source.text} / {event.source.name}" if event.source is not None else ""


def test_slashed_record_date_dates_the_attack(short):
    main = _main(short, "08/19/1996: Gunmen shot dead a customs officer in Ajaccio, Corsica, France.")
    assert main.date == "1996-08-19"
    assert not main.background  # the record is news of its own day, however old


def test_slashed_date_inside_a_sentence_is_no_record_lead(short):
    main = _main(short, "Police said gunmen who shot a guard on 08/19/1996 were never caught, and attacked a bank.")
    assert main.date != "1996-08-19" or main.background


def test_group_in_its_role_on_the_attack_day(short):
    text = "03/09/2011: Militants set fire to a girls' school in Logar, Afghanistan. Local Taliban were suspected."
    assert "Taliban" in _doer(_main(short, text))


def test_verdict_names_the_doer(short):
    text = (
        "05/21/1985: A bomb exploded in a cafe in Lyon, France. Seven people were killed. "
        "Two members of Action Directe were later convicted of the bombing."
    )
    assert "Action Directe" in _doer(_main(short, text))


def test_verdict_for_another_crime_names_no_doer(short):
    text = (
        "05/21/1985: A bomb exploded in a cafe in Lyon, France. Seven people were killed. "
        "In an unrelated case, a banker was convicted of fraud."
    )
    assert "banker" not in _doer(_main(short, text))


def test_later_name_of_the_attack_sabotage(short):
    text = (
        "06/02/1992: Guerrillas blew up a power pylon near Cuzco, Peru. No one was hurt. "
        "Police attributed the sabotage to the Tupac Amaru Revolutionary Movement (MRTA)."
    )
    assert "Tupac Amaru" in _doer(_main(short, text)) or "MRTA" in _doer(_main(short, text))


def test_burnt_mast_and_sabotaged_line_are_attacks(short):
    mast = _events(short, "Unidentified assailants burned a telecommunications mast near Cork, Ireland.")
    line = _events(short, "Suspected rebels sabotaged a railway line near Sibi, Pakistan.")
    assert any(e.cameo["code"] == "1712" for e in mast)
    assert any(e.cameo["code"] == "1712" for e in line)


def test_burnt_crops_residue_and_sabotaged_talks_are_no_attack(short):
    assert not [e for e in _events(short, "Farmers burned stubble in Haryana.") if is_violent(e)]
    talks = _events(short, "The opposition sabotaged the peace talks in Geneva.")
    assert not [e for e in talks if e.cameo["code"] == "1712"]


def test_as_were_adds_the_attackers(short):
    text = "Gunmen attacked a hotel in Bamako, Mali. Eight guests were killed, as were all three assailants."
    assert _main(short, text).fatalities == 11


def test_as_were_of_another_thing_adds_nothing(short):
    text = "A bomb killed six people in Kabul, as were the hopes of 40 families for a quiet Eid."
    assert _main(short, text).fatalities == 6


def test_also_killed_in_the_next_sentence_adds_to_the_toll(short):
    text = (
        "09/30/1994: Rebels ambushed a bus near Kitgum, Uganda. Nine passengers died. "
        "Two soldiers escorting the bus were also killed."
    )
    events = _events(short, text)
    assert _main(short, text).fatalities == 11
    assert sum(e.fatalities or 0 for e in events) == 11


def test_more_killed_in_a_separate_attack_stays_its_own(short):
    text = (
        "Gunmen attacked a checkpoint in Baquba. Four policemen were killed. "
        "Two more policemen were killed in a separate attack in Tikrit."
    )
    tolls = sorted(e.fatalities for e in _events(short, text) if e.fatalities)
    assert tolls == [2, 4]


def test_as_was_the_attacker_adds_one(short):
    text = "Gunmen opened fire on shoppers at a market in Bangui. Six shoppers were killed, as was the gunman."
    assert _main(short, text).fatalities == 7


def test_as_was_a_thing_adds_no_one(short):
    assert _main(short, "A bomb killed seven soldiers in Tal Afar, as was the mayor's hope for calm.").fatalities == 7


def test_also_died_told_through_the_victims_adds_to_the_toll(short):
    text = "Gunmen raided a farm near Jos, Nigeria. Nine farmers were killed. Two herders also died."
    assert _main(short, text).fatalities == 11


def test_also_died_somewhere_else_stays_its_own(short):
    text = (
        "Gunmen raided a farm near Jos, Nigeria. Nine farmers were killed. Two herders also died in a clash in Bauchi."
    )
    assert _main(short, text).fatalities == 9


def test_as_was_the_bomber_after_his_own_blast_counts_once(short):
    text = "A suicide bomber blew himself up at a checkpoint in Mosul. Three policemen were killed, as was the bomber."
    events = _events(short, text)
    assert note_fatalities([e for e in events if is_violent(e)]) == 4
