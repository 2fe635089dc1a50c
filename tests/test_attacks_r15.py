"""Round 15 on short attack summaries in the database register: the one victim of a targeted killing told by
office or rank ("gunned down a magistrate", "a retired colonel"), a short summary of an old incident led by
its own date ("On 9 May 1979, ...") coded as the story's event and not as background, a group told by origin
("gunmen believed to be from X"), a verb the parser read into a compound after an acronym ("the UVF shot
dead"), and a siege claimed by its name ("X claimed the seizure"). Every sentence here was written for these
tests (places and groups vary; none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from composed import coder_on
from wirecoder.article import Event
from wirecoder.coding.main_event import is_violent, main_event

_events = coder_on("2026-03-04", source="t")


def _main(short, text: str) -> Event:
    events = _events(short, text)
    found = main_event([e for e in events if is_violent(e)]) or main_event(events)
    assert found is not None
    return found


def _doer(event: Event) -> str:
    return f"{event.source.text} / {event.source.name}" if event.source is not None else ""


def test_a_magistrate_gunned_down_is_one_dead(short):
    main = _main(short, "06/03/1980: Gunmen gunned down a magistrate outside a cafe in Bilbao, Spain.")
    assert main.fatalities == 1


def test_a_retired_colonel_shot_dead_is_one_dead(short):
    main = _main(short, "08/19/1984: Guerrillas shot dead a retired colonel near his farm in Cordoba, Colombia.")
    assert main.fatalities == 1


def test_a_magistrate_who_acts_is_no_victim(short):
    events = _events(short, "A magistrate ordered the release of two protesters in Bilbao, Spain.")
    assert not any(e.fatalities for e in events)


def test_a_colonel_praised_is_no_dead(short):
    events = _events(short, "The minister praised a retired colonel at a ceremony in Cordoba, Colombia.")
    assert not any(e.fatalities for e in events)


def test_an_old_incident_led_by_its_date_is_no_background(short):
    events = _events(
        short,
        "On 14 June 1983, rebels ambushed a police patrol near Ayacucho, Peru, killing six officers. "
        "The Shining Path was blamed.",
    )
    violent = [e for e in events if is_violent(e)]
    assert violent and not any(e.background for e in violent)
    assert main_event(violent).fatalities == 6  # type: ignore[union-attr]


def test_an_anniversary_piece_keeps_its_old_lead_as_background(short):
    events = _events(
        short,
        "On 14 June 1983, rebels ambushed a police patrol near Ayacucho, Peru, killing six officers. "
        "Relatives gathered on Sunday to mark the anniversary of the ambush.",
    )
    assert all(e.background for e in events if is_violent(e) and e.sentence_index == 0)


def test_an_old_lead_with_news_of_this_week_stays_background(short):
    events = _events(
        short,
        "On 14 June 1983, rebels ambushed a police patrol near Ayacucho, Peru, killing six officers. "
        "On 2 March 2026, a court in Lima sentenced two former rebels to prison for the ambush.",
    )
    assert all(e.background for e in events if is_violent(e) and e.sentence_index == 0)


def test_gunmen_believed_to_be_from_a_group_are_that_group(short):
    main = _main(
        short,
        "10/02/1991: Gunmen believed to be from the Ulster Defence Association shot dead two taxi drivers in "
        "Lurgan, Northern Ireland.",
    )
    assert "Ulster Defence Association" in _doer(main)


def test_militants_who_escaped_from_the_army_are_not_the_army(short):
    main = _main(
        short,
        "Militants who had escaped from army custody attacked a checkpoint near Kidal, Mali, killing two guards.",
    )
    assert "army" not in _doer(main).lower()


def test_a_verb_read_into_a_compound_after_an_acronym_is_a_verb(short):
    main = _main(short, "05/12/1975: Members of the INLA shot dead two off-duty soldiers in Newry, Northern Ireland.")
    assert main.fatalities == 2
    assert "INLA" in _doer(main)


def test_a_photograph_called_a_shot_stays_a_noun(short):
    events = _events(short, "The Reuters shot of the parade was printed in the Dublin papers.")
    assert not any(is_violent(e) for e in events)


def test_a_group_claiming_the_seizure_did_the_siege(short):
    main = _main(
        short,
        "04/08/1987: Gunmen occupied the town hall in Cali, Colombia, and held 30 employees hostage. "
        "The April 19 Movement (M-19) claimed the seizure.",
    )
    assert "April 19 Movement" in _doer(main)


def test_a_police_drug_seizure_keeps_the_police(short):
    events = _events(
        short,
        "Police seized 200 kilograms of cocaine at the port of Cartagena, Colombia. A smuggling gang claimed "
        "the seizure was staged.",
    )
    assert not any("gang" in _doer(e).lower() for e in events if e.sentence_index == 0)


def test_a_siege_stormed_counts_its_dead_for_the_seizure(short):
    main = _main(
        short,
        "07/14/1992: Gunmen seized a guesthouse in Jaffna, Sri Lanka, and took 25 guests hostage. Commandos "
        "stormed the building the next day; nine hostages and all three attackers died. The LTTE claimed the attack.",
    )
    assert main.fatalities == 12
    assert "LTTE" in _doer(main)


def test_a_hijacking_ended_by_soldiers_counts_its_dead(short):
    events = _events(
        short,
        "02/21/1986: Four gunmen hijacked a bus near Nablus, West Bank. Soldiers stormed the vehicle after five "
        "hours; three passengers and two hijackers were killed.",
    )
    hijack = [e for e in events if e.sentence_index == 0 and is_violent(e)]
    assert hijack and hijack[0].fatalities == 5
    assert sum(int(e.fatalities or 0) for e in events) == 5  # moved, not counted twice


def test_a_town_retaken_by_troops_keeps_its_own_battle_dead(short):
    events = _events(
        short,
        "Rebels seized the town of Gao, Mali, on Monday. Government troops retook the town on Wednesday; "
        "30 rebels were killed.",
    )
    assert not any(e.fatalities for e in events if e.sentence_index == 0)
    assert any(e.fatalities == 30 for e in events if e.sentence_index == 1)


def test_a_police_raid_without_a_siege_keeps_its_toll(short):
    events = _events(
        short,
        "Police raided a house in Multan, Pakistan, on Tuesday. Officers stormed the compound and two suspects "
        "were killed.",
    )
    assert any(e.fatalities == 2 for e in events if e.sentence_index == 1)


def test_a_lone_man_setting_fire_to_a_mosque_is_an_incident(short):
    events = _events(short, "03/09/2019: A man set fire to a mosque in Saxony, Germany. No one was hurt.")
    assert any(is_violent(e) for e in events)


def test_heat_setting_fire_to_a_barn_is_no_incident(short):
    events = _events(short, "The heat set fire to a barn in Saxony, Germany.")
    assert not any(is_violent(e) for e in events)
