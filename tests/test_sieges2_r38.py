"""Round 38 on attack summaries of sieges told with no attack before them: "A siege at a police academy ended with
40 dead" is an attack with 40 dead (an incident table codes the attack), not a blockade (CAMEO 191) without a
toll; a hostage crisis or standoff ("the hostage crisis at the bank ended with five dead") is a hostage-taking, an
attack when told with its dead. Every sentence here was written for these tests (none is from a dataset); each
rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from composed import current
from wirecoder.coding.main_event import is_violent

_events, _main, _dead, _sum, _source = toll_helpers("2025-06-20")


def _violent(short, text):
    return [e for e in current(_events(short, text)) if is_violent(e)]


# a siege told with its dead and no attack before it is an attack


def test_siege_ended_with_dead_is_an_attack(short):
    text = "On 3 June 2025, a siege at a teacher training college in Kunduz, Afghanistan, ended with 14 dead, among them four gunmen."
    main = _main(short, text)
    assert main is not None and is_violent(main)
    assert main.plover["type"] == "ASSAULT"
    assert _dead(short, text) == 14
    assert _sum(short, text) == 14


def test_siege_of_a_place_left_dead(short):
    text = "On 11 May 2025, the siege of a clinic in Gao, Mali, left seven patients dead."
    main = _main(short, text)
    assert main is not None and main.plover["type"] == "ASSAULT"
    assert _dead(short, text) == 7
    assert _sum(short, text) == 7


def test_hostage_crisis_with_dead_is_an_attack(short):
    text = "On 30 April 2025, a hostage crisis at a petrol station in Durban, South Africa, ended with three dead, one of them a robber."
    main = _main(short, text)
    assert main is not None and main.cameo["root"] == "19"
    assert _dead(short, text) == 3


def test_hostage_standoff_with_conjoined_dead(short):
    text = "On 2 March 2025, a hostage standoff on a train near Quetta, Pakistan, ended with two passengers and three hijackers dead."
    assert _dead(short, text) == 5


# look-alikes: no dead, an attack told before, a toll of its own, a blockade, a diplomatic crisis


def test_siege_without_dead_stays_no_attack_with_toll(short):
    text = "On 8 May 2025, a siege at a town hall in Oaxaca, Mexico, ended peacefully after farmers left the building."
    assert _sum(short, text) == 0
    assert not any(e.cameo["code"] == "190" for e in current(_events(short, text)))


def test_peaceful_hostage_standoff_is_a_hostage_taking_without_toll(short):
    text = "On 14 May 2025, a hostage standoff at a pharmacy in Lille, France, ended after six hours when the man surrendered."
    found = current(_events(short, text))
    assert any(e.cameo["code"] == "181" for e in found)
    assert _sum(short, text) == 0


def test_siege_after_attack_keeps_attack_as_holder(short):
    text = "On 6 May 2025, gunmen stormed a guesthouse in Beledweyne, Somalia. The siege ended after ten hours with 12 people dead."
    assert _dead(short, text) == 12
    assert _sum(short, text) == 12
    assert "gunmen" in _source(short, text)


def test_siege_sentence_with_its_own_toll_is_not_doubled(short):
    text = "On 9 May 2025, commandos ended the siege of a bank in Kano, Nigeria, killing two robbers."
    assert _sum(short, text) == 2


def test_blockade_without_dead_stays_a_blockade(short):
    text = "On 1 June 2025, rebels imposed a siege on the town of Kidal, Mali, cutting off food supplies."
    assert _sum(short, text) == 0
    assert not any(e.cameo["code"] == "190" for e in current(_events(short, text)))


def test_diplomatic_crisis_is_no_hostage_taking(short):
    text = "On 4 June 2025, the diplomatic crisis between Kenya and Somalia deepened after ambassadors were recalled."
    assert not _violent(short, text)


# the main event of a summary telling two attacks is the one it leads with, when nearly as confident


def test_lead_attack_is_main_over_later_strike(short):
    text = "On 4 April 2025, Houthi fighters shelled a fish market in Hodeidah, Yemen, killing eight traders. Three days later a drone strike killed two fighters near the port."
    assert _dead(short, text) == 8
    assert "Houthi" in _source(short, text)


def test_lead_without_violence_gives_way_to_the_attack(short):
    text = "On 5 June 2025, the governor of Borno visited Maiduguri, Nigeria. Hours later a bomb killed six traders at a market in the city."
    assert _dead(short, text) == 6
