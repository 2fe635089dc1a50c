"""Round 27 on attack summaries whose toll is told in more than one piece: a breakdown after "among them" is no
more dead; a risen toll replaces its sentence's earlier count; a rate ("10 killings a week") or a vague running
total ("has killed thousands") is no incident's toll; victims dying or found later ("died in hospital the next
day", "recovered another eight bodies") join the attack's toll; singular persons joined to a counted group
("and a passer-by", ", their guide and their driver") and the dead "along with" the victims count. Every sentence
here was written for these tests (none is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from wirecoder.coding.main_event import is_violent

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


# a breakdown of a toll already given


def test_among_them_breaks_down_the_toll(short):
    text = "On 2 May 2022, militants attacked an army post near Djibo, Burkina Faso. Twenty-six people were killed, among them 17 soldiers and nine auxiliaries."
    assert _sum(short, text) == 26


def test_among_them_after_a_participle_toll(short):
    text = "On 2 May 2022, gunmen ambushed a truck near Agadez, Niger, killing 12 traders, among them three women."
    assert _sum(short, text) == 12


def test_among_with_no_toll_before_it_counts(short):
    text = "On 2 May 2022, gunmen stormed a hotel in Gao, Mali. Among the guests, seven were killed."
    assert _sum(short, text) == 7


def test_breakdown_keeps_the_attackers_told_apart(short):
    text = "On 2 May 2022, militants attacked a base near Menaka, Mali. Ten soldiers were killed, among them two officers. Eight attackers also died."
    assert _sum(short, text) == 18


# a risen toll


def test_risen_toll_replaces_the_earlier_count(short):
    text = "On 2 May 2022, a bomb exploded at a market in Kunduz, Afghanistan. Six shoppers died, and the toll later rose to 11 as wounded shoppers died."
    assert _sum(short, text) == 11


def test_rising_prices_are_no_toll(short):
    text = "On 2 May 2022, a bomb exploded at a market in Kunduz, Afghanistan. Six shoppers died, and the price of flour rose to 11 afghanis."
    assert _sum(short, text) == 6


# rates and vague running totals


def test_a_weekly_average_is_no_toll(short):
    text = "On 2 May 2022, gunmen shot dead four men at a car wash in Irapuato, Mexico. The state averages 60 killings a week."
    assert _sum(short, text) == 4


def test_a_daily_average_noun_is_no_toll(short):
    text = "On 2 May 2022, gunmen shot dead four men at a car wash in Irapuato, Mexico. The country records an average of 90 murders a day."
    assert _sum(short, text) == 4


def test_a_day_after_is_no_rate(short):
    text = "On 2 May 2022, gunmen killed five villagers a day after soldiers left Kidal, Mali."
    assert _sum(short, text) == 5


def test_has_killed_thousands_is_background(short):
    text = "On 2 May 2022, herders attacked a village near Makurdi, Nigeria, killing 19 farmers. Land disputes in the state have killed thousands."
    assert _sum(short, text) == 19


def test_one_blast_that_has_killed_hundreds_keeps_its_toll(short):
    text = "A truck bomb exploded in central Mogadishu, Somalia, on Saturday. The blast has killed hundreds, officials said."
    assert _sum(short, text) >= 100


# victims dying or found later


def test_more_victims_dying_the_next_day_join_the_attack(short):
    text = "On 2 May 2022, a bomb struck a bus in Herat, Afghanistan, killing nine passengers. Two more victims died in hospital the next day."
    assert _dead(short, text) == 11
    assert _sum(short, text) == 11


def test_another_count_of_bodies_joins_the_attack(short):
    text = "On 2 May 2022, attackers raided a gold-mining site near Seytenga, Burkina Faso, killing 15 miners. Rescuers later recovered another six bodies."
    assert _dead(short, text) == 21
    assert _sum(short, text) == 21


def test_another_killing_days_later_stays_apart(short):
    text = "On 2 May 2022, a bomb struck a bus in Herat, Afghanistan, killing nine passengers. Two days later, gunmen killed another three villagers."
    assert sorted(int(e.fatalities or 0) for e in _events(short, text) if e.fatalities) == [3, 9]


# singular persons joined to a counted group; the dead "along with" the victims


def test_a_hyphened_person_after_a_count(short):
    text = "On 2 May 2022, a bomb hidden in a handcart killed three policemen and a passer-by in Peshawar, Pakistan."
    assert _sum(short, text) == 4


def test_their_companions_after_a_count(short):
    text = "On 2 May 2022, gunmen killed four engineers, their guide and their driver near Gwadar, Pakistan."
    assert _sum(short, text) == 6


def test_a_retelling_apposition_is_no_more_dead(short):
    text = "On 2 May 2022, gunmen killed two people, a farmer and his son, near Mubi, Nigeria."
    assert _sum(short, text) == 2


def test_dead_along_with_the_bombers(short):
    text = "On 2 May 2022, two suicide bombers attacked a bus station in Konduga, Nigeria. Both died along with five travellers."
    assert _sum(short, text) == 7


def test_arrested_along_with_is_no_death(short):
    text = "On 2 May 2022, police arrested a bomb maker along with two accomplices in Konduga, Nigeria."
    assert _sum(short, text) == 0


def test_killed_along_with_goods_counts_the_person_only(short):
    text = "On 2 May 2022, gunmen killed a trader along with his livestock near Konduga, Nigeria."
    assert _sum(short, text) == 1


def test_a_vague_count_of_a_non_toll_act_stays_an_event(short):
    text = "Border guards in Niger have beaten scores of migrants from Mali, an aid group said."
    assert any(is_violent(e) for e in _events(short, text))
