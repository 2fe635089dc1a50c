"""Round 26 on short attack summaries: the dead of the fire an arson set, told in the next sentence ("died in the
blaze", "burned to death", "were burnt alive"), are the arson's toll, by the arsonists; a counted team of suicide
bombers whose deaths go untold counts each bomber; a group named inside a modifier of "faction"/"cell" ("a FARC
dissident faction") is the one blamed. Every sentence here was written for these tests (none is from a dataset);
each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


# the fire's dead, told after the arson


def test_died_in_the_blaze_is_the_arsons_toll(short):
    text = "On 4 March 2021, attackers set fire to a clinic in Oicha, DR Congo. Three patients died in the blaze."
    assert _dead(short, text) == 3
    assert _sum(short, text) == 3


def test_burned_to_death_victims_are_no_doers(short):
    text = "On 4 March 2021, unknown attackers torched a church in Jos, Nigeria. Six worshippers burned to death."
    assert _dead(short, text) == 6
    assert "worshippers" not in _source(short, text)
    assert "attackers" in _source(short, text)


def test_burnt_alive_counts_its_number(short):
    text = "On 4 March 2021, gunmen set ablaze a bus near Konna, Mali. Nine passengers were burnt alive."
    assert _dead(short, text) == 9


def test_no_one_died_in_the_blaze_is_no_toll(short):
    text = "On 4 March 2021, attackers set fire to a clinic in Oicha, DR Congo. No one died in the blaze."
    assert _sum(short, text) == 0


def test_a_fire_no_one_set_gives_no_attack_toll(short):
    text = "On 4 March 2021, a fire broke out at a warehouse in Lagos, Nigeria. Four guards died in the blaze."
    assert _sum(short, text) == 0


def test_a_guess_of_fire_deaths_is_no_toll(short):
    text = "On 4 March 2021, attackers set fire to a clinic in Oicha, DR Congo. Several patients may have died in the fire."
    assert _sum(short, text) == 0


def test_injured_in_the_blaze_adds_no_dead(short):
    text = (
        "On 4 March 2021, attackers set fire to a clinic in Oicha, DR Congo, killing two patients. "
        "Five others were injured in the blaze."
    )
    assert _dead(short, text) == 2
    assert _sum(short, text) == 2


# a counted team of suicide bombers


def test_two_suicide_bombers_untold_count_two(short):
    text = (
        "On 9 May 2019, two suicide bombers detonated their explosives at a market in Gwoza, Nigeria, "
        "killing five traders."
    )
    assert _dead(short, text) == 7


def test_bare_plural_suicide_bombers_add_nothing(short):
    text = (
        "On 9 May 2019, suicide bombers detonated their explosives at a market in Gwoza, Nigeria, killing five traders."
    )
    assert _dead(short, text) == 5


def test_bombers_who_blew_themselves_up_are_counted_once(short):
    text = "On 9 May 2019, two suicide bombers blew themselves up at a market in Gwoza, Nigeria, killing five traders."
    assert _dead(short, text) == 7


def test_counted_gunmen_without_suicide_add_nothing(short):
    text = "On 9 May 2019, two gunmen opened fire at a market in Gwoza, Nigeria, killing five traders."
    assert _dead(short, text) == 5


# a group named inside the modifier of "faction"


def test_group_named_in_a_faction_modifier_is_the_doer(short):
    text = (
        "On 2 June 2020, gunmen killed two farmers in Tumaco, Colombia. "
        "Police attributed the attack to a FARC dissident faction."
    )
    assert "FARC" in _source(short, text)


def test_a_place_in_a_noun_that_is_no_group_names_no_doer(short):
    text = (
        "On 2 June 2020, gunmen killed two farmers in Tumaco, Colombia. "
        "Police attributed the attack to a Bogota hotel guard."
    )
    assert "Bogota" not in _source(short, text)
