"""Round 17 on short attack summaries: gunmen "suspected of belonging to X" / "of being members of X" when the
parser makes the belief verb the sentence's main verb; a captive killed later ("he was beheaded weeks later",
"both were found decapitated") as the abduction's toll, done by its doer; "the incident was claimed by X";
"X later admitted the killing"; and a claimant told as "the group" in the sentence that names it, given by
its name. Every sentence here was written
for these tests (places and groups vary; none is from a dataset); each rule has a look-alike that must not fire."""

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


def test_gunmen_suspected_of_belonging_under_a_dated_opening(short):
    main = _main(
        short,
        "05/09/1977: Gunmen suspected of belonging to the Japanese Red Army opened fire in a ferry terminal "
        "in Piraeus, Greece, killing 3 people.",
    )
    assert "Japanese Red Army" in _doer(main)
    assert main.fatalities == 3


def test_gunmen_suspected_of_being_members_of_a_group(short):
    main = _main(
        short,
        "08/30/1992: Gunmen suspected of being members of the Shining Path attacked a bus near Huancayo, Peru, "
        "killing 4 people.",
    )
    assert "Shining Path" in _doer(main)


def test_gunmen_suspected_of_another_deed_are_not_its_owner(short):
    main = _main(
        short,
        "03/08/1991: Gunmen suspected of robbing a branch of the Habib Bank shot dead a guard in Karachi, Pakistan.",
    )
    assert "Habib" not in _doer(main)
    main = _main(
        short,
        "03/08/1991: Gunmen suspected of being relatives of a victim of the Shining Path shot dead a mayor "
        "in Puno, Peru.",
    )
    assert "Shining" not in _doer(main)


def test_a_captive_beheaded_later_is_the_abductions_toll(short):
    main = _main(
        short,
        "04/11/2002: Abu Sayyaf gunmen abducted eight loggers near Isabela, Basilan, Philippines. "
        "A Malaysian hostage was beheaded two weeks later.",
    )
    assert "Abu Sayyaf" in _doer(main)
    assert main.fatalities == 1


def test_a_captive_told_by_pronoun_killed_later(short):
    main = _main(
        short,
        "10/02/1996: Rebels of the ELN kidnapped an oil engineer near Saravena, Colombia. "
        "He was shot dead by his captors ten days later.",
    )
    assert main.fatalities == 1


def test_another_killing_after_an_abduction_is_not_its_toll(short):
    events = _events(
        short,
        "11/04/2007: Rebels abducted a nurse near Bunia, Democratic Republic of the Congo. "
        "A policeman was shot dead at a checkpoint the next day.",
    )
    shot = [e for e in events if e.sentence_index == 1 and is_violent(e)]
    assert shot and all(e.source is None or "Rebel" not in (e.source.text or "") for e in shot)


def test_both_captives_found_decapitated(short):
    events = _events(
        short,
        "07/19/2020: Insurgents kidnapped two fishermen near Palma, Cabo Delgado, Mozambique. "
        "Both were found decapitated three days later.",
    )
    assert sum(int(e.fatalities or 0) for e in events if is_violent(e)) == 2


def test_both_captives_found_alive_is_no_toll(short):
    events = _events(
        short,
        "07/19/2020: Insurgents kidnapped two fishermen near Palma, Cabo Delgado, Mozambique. "
        "Both were found alive three days later.",
    )
    assert not any(e.fatalities for e in events)


def test_an_incident_claimed_by_a_group(short):
    main = _main(
        short,
        "02/17/2015: Gunmen attacked a police station in Diffa, Niger, killing 6 officers. "
        "The incident was claimed by Boko Haram.",
    )
    assert "Boko Haram" in _doer(main)


def test_an_incident_reported_by_media_names_no_doer(short):
    main = _main(
        short,
        "02/17/2015: Gunmen attacked a police station in Diffa, Niger, killing 6 officers. "
        "The incident was reported by Radio France Internationale.",
    )
    assert "Radio" not in _doer(main)


def test_the_group_of_a_named_spokesman_is_given_by_name(short):
    main = _main(
        short,
        "06/11/2013: A bomb ripped through a bus depot in Gao, Mali, killing 5 people. "
        "The Ansar Dine spokesman said the group planted the device.",
    )
    assert (main.source.text or "") == "Ansar Dine" if main.source is not None else False


def test_the_group_with_no_name_in_its_sentence_names_no_one(short):
    main = _main(
        short,
        "06/02/2014: Gunmen ambushed a minibus near Kano, Nigeria, killing 5 passengers. "
        "The group has not been identified.",
    )
    assert "group" not in _doer(main)


def test_a_captive_killed_by_someone_else_keeps_that_doer(short):
    events = _events(
        short,
        "10/10/1999: Guerrillas seized a rancher in Cesar, Colombia. He was killed by the army during a rescue attempt.",
    )
    killed = [e for e in events if e.sentence_index == 1 and e.fatalities]
    assert killed and all("Guerrilla" not in _doer(e) for e in killed)


def test_a_group_that_admitted_the_killing_did_it(short):
    main = _main(
        short,
        "09/14/2001: Rebels kidnapped a village headman in Rolpa, Nepal. His body was found on a riverbank "
        "three days later. The Communist Party of Nepal (Maoist) later admitted the killing.",
    )
    assert "Communist Party of Nepal" in _doer(main)


def test_officials_admitting_a_failure_are_no_doers(short):
    main = _main(
        short,
        "06/02/2014: Gunmen ambushed a minibus near Kano, Nigeria, killing 5 passengers. "
        "Officials admitted the ambush had not been foreseen.",
    )
    assert "Official" not in _doer(main)
