"""Round 16 on short attack summaries: a bare blame followed by a concession ("officials blamed X, although no
group claimed responsibility"), a group tied to the attackers through a gerund ("gunmen suspected of belonging
to X") or named before a member noun ("fighters from an X affiliate"), a name with a preposition of its own
suspected after the attack ("the Islamic State of Iraq was suspected"), a claim's own undated retelling not
dating the claimant ("the Taliban claimed the hijacking" of 2003), the group of a subject the parser split
("members of X's military wing shot dead"; "members of X kidnapped and later killed"), and "dynamited" as a
bombing. Every sentence here was written for these tests (places and groups vary; none is from a dataset);
each rule has a look-alike that must not fire."""

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


def test_a_bare_blame_with_a_concession_names_the_doer(short):
    main = _main(
        short,
        "09/14/2008: A bomb killed six shoppers at a market in Jaffna, Sri Lanka. "
        "Officials blamed the Liberation Tigers of Tamil Eelam, although no group claimed responsibility.",
    )
    assert "Tamil" in _doer(main)


def test_a_blame_conceded_to_a_denial_names_no_doer(short):
    main = _main(
        short,
        "03/02/2011: A bomb killed four policemen at a checkpoint in Mosul, Iraq. "
        "Ansar al-Sunna was blamed, though a spokesman for the group denied it.",
    )
    assert "Ansar" not in _doer(main)


def test_a_blame_with_a_reason_clause_is_no_bare_blame(short):
    main = _main(
        short,
        "03/02/2011: Gunmen killed four policemen at a checkpoint in Mosul, Iraq. "
        "The minister blamed Ansar al-Sunna because it had threatened the police.",
    )
    assert "Ansar" not in _doer(main)


def test_gunmen_suspected_of_belonging_to_a_group(short):
    main = _main(
        short,
        "07/11/1996: Gunmen suspected of belonging to the Armed Islamic Group killed 11 villagers near Blida, Algeria.",
    )
    assert "Armed Islamic Group" in _doer(main)


def test_gunmen_accused_of_defecting_to_the_army_are_no_soldiers(short):
    main = _main(short, "07/11/1996: Gunmen accused of defecting to the army killed 11 villagers near Blida, Algeria.")
    assert "military" not in _doer(main).lower()


def test_fighters_from_an_affiliate_of_a_named_group(short):
    main = _main(
        short,
        "02/08/2019: Fighters from an al-Qaeda affiliate ambushed an army patrol near Menaka, Mali, killing nine soldiers.",
    )
    assert "Qaeda" in _doer(main)


def test_fighters_from_a_town_stay_unnamed(short):
    main = _main(
        short,
        "02/08/2019: Fighters from a nearby village ambushed an army patrol near Menaka, Mali, killing nine soldiers.",
    )
    assert _doer(main).startswith("Fighters from a nearby village")


def test_a_name_with_of_suspected_after_the_attack(short):
    main = _main(
        short,
        "On 4 May 2009, gunmen shot dead a police colonel in Tikrit, Iraq. The Islamic State of Iraq was suspected.",
    )
    assert "Islamic State of Iraq" in _doer(main)


def test_a_name_with_of_suspected_of_other_attacks_is_no_doer(short):
    main = _main(
        short,
        "On 4 May 2009, gunmen shot dead a police colonel in Tikrit, Iraq. "
        "The Islamic State of Iraq was suspected of previous attacks in the city.",
    )
    assert "Islamic State" not in _doer(main)


def test_a_claimed_hijacking_of_an_old_year_keeps_the_insurgent_claimant(short):
    events = _events(
        short,
        "09/14/2004: Gunmen hijacked a minibus carrying election workers near Ghazni, Afghanistan. Afghan police "
        "stormed the vehicle the following day; three workers and two hijackers were killed. "
        "The Taliban claimed the hijacking.",
    )
    hijack = next(e for e in events if e.trigger.get("text") == "hijacked")
    assert "Taliban" in _doer(hijack)
    storming = next(e for e in events if e.trigger.get("text") == "stormed")
    assert "Taliban" not in _doer(storming)


def test_members_of_a_groups_military_wing(short):
    main = _main(
        short, "05/21/1984: Members of ETA's military wing shot dead a Civil Guard captain in Irun, Gipuzkoa, Spain."
    )
    assert "ETA" in _doer(main)


def test_members_of_a_crowd_name_no_group(short):
    main = _main(short, "05/21/1984: Members of a crowd beat a man to death in Irun, Gipuzkoa, Spain.")
    assert "ETA" not in _doer(main) and "crowd" not in _doer(main).lower()


def test_members_of_a_group_kidnapped_and_killed_are_the_doers(short):
    main = _main(
        short, "10/05/1977: Members of the Red Brigades kidnapped and later killed a bank director in Genoa, Italy."
    )
    assert "Red Brigades" in _doer(main)
    assert main.target is None or "Red Brigades" not in (main.target.text or "")


def test_dynamited_is_a_bombing(short):
    main = _main(short, "06/02/1987: Guerrillas dynamited a bridge on the highway near Ayacucho, Peru.")
    assert (main.cameo or {}).get("code") == "183"


def test_dynamite_as_a_noun_is_no_bombing(short):
    events = _events(short, "Police found a stick of dynamite in a quarry near Ayacucho, Peru.")
    assert not any((e.cameo or {}).get("code", "").startswith("183") for e in events)
