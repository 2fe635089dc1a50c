"""Round 34 on attack summaries: a group saying that it or its own men did a violent act to a target told before
("X said its fighters ambushed the patrol") names the doer of the attack told with none (coding/said_acts.py).
What a group says it will do, denies, or says it did to a new target, and a state's forces telling their own act,
claim nothing. Every sentence here was written for these tests (none is from a dataset)."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-06-20")


def test_group_saying_its_men_attacked_the_target_is_the_doer(short):
    text = (
        "On 2 May 2026, militants ambushed a supply convoy near Damboa, Nigeria, killing six soldiers. "
        "Boko Haram said its men had attacked the convoy."
    )
    assert "Boko Haram" in _source(short, text)
    assert _dead(short, text) == 6
    assert _sum(short, text) == 6  # the claim tells no second toll


def test_group_saying_its_fighters_stormed_the_post_is_the_doer(short):
    text = (
        "On 14 April 2026, gunmen attacked an army post in Menaka, Mali, killing four soldiers. "
        "The Islamic State Sahel Province said its fighters stormed the post."
    )
    assert "Islamic State" in _source(short, text)
    assert _dead(short, text) == 4


def test_group_saying_it_would_attack_is_a_threat_not_a_claim(short):
    text = (
        "On 5 May 2026, gunmen opened fire on a market in Gusau, Nigeria, killing seven traders. "
        "Boko Haram said it would attack the town again."
    )
    assert "Boko Haram" not in _source(short, text)
    assert _dead(short, text) == 7


def test_group_denying_its_men_attacked_claims_nothing(short):
    text = (
        "On 9 June 2026, gunmen ambushed a bus near Beni, Democratic Republic of Congo, killing five passengers. "
        "The Allied Democratic Forces denied that its fighters attacked the bus."
    )
    assert "Allied Democratic Forces" not in _source(short, text)
    assert _dead(short, text) == 5


def test_group_saying_it_did_not_attack_claims_nothing(short):
    text = (
        "On 9 June 2026, gunmen ambushed a bus near Beni, Democratic Republic of Congo, killing five passengers. "
        "The Allied Democratic Forces said its fighters did not attack the bus."
    )
    assert "Allied Democratic Forces" not in _source(short, text)


def test_group_saying_something_else_claims_nothing(short):
    text = (
        "On 1 March 2026, fighters attacked a police station in Kidal, Mali, killing three officers. "
        "Al-Shabaab said its fighters welcomed the new commander."
    )
    assert "Al-Shabaab" not in _source(short, text)
    assert _dead(short, text) == 3


def test_army_telling_its_own_strike_is_no_claim_of_the_attack(short):
    text = (
        "On 3 April 2026, gunmen attacked a village near Maiduguri, Nigeria, killing 11 farmers. "
        "The Nigerian army said its jets bombed the hideout of the gunmen."
    )
    src = _source(short, text)
    assert "army" not in src.lower() and "Nigerian" not in src
    assert _dead(short, text) == 11


def test_group_saying_they_shelled_it_is_the_doer(short):
    text = (
        "On 20 May 2026, a police outpost in Rakhine State, Myanmar, was shelled, and two officers were killed. "
        "The Arakan Army said they shelled it."
    )
    assert "Arakan Army" in _source(short, text)
    assert _sum(short, text) == 2


def test_group_saying_its_men_attacked_a_new_target_claims_nothing_before(short):
    text = (
        "On 2 May 2026, gunmen ambushed a bus near Damboa, Nigeria, killing six passengers. "
        "Boko Haram said its men attacked an army base in Yobe."
    )
    main = _main(short, text)
    assert main is not None and main.fatalities == 6
    assert "Boko Haram" not in _source(short, text)
