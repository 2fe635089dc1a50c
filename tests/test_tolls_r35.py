"""Round 35 on attack summaries whose toll is disputed: a side's claimed toll ("claimed to have killed 40
soldiers") against another teller's count of the same dead ("the army said four died") is the other's count,
once, whether the two stand across a semicolon in one sentence or in two sentences; a claim alone keeps its toll,
and counts of other victims or of more victims stay added. Every sentence here was written for these tests (none
is from a dataset); each rule has a look-alike that must not fire."""

from __future__ import annotations

from attack_tolls import toll_helpers
from wirecoder.evaluation.acled import note_fatalities

_events, _main, _dead, _sum, _source = toll_helpers("2024-05-20")


def _distinct(short, text):
    return note_fatalities(_events(short, text))


# a claimed toll against another teller's count


def test_claim_and_count_across_a_semicolon(short):
    text = "On 3 March 2022, rebels attacked a base near Ndele, Central African Republic. The rebels claimed to have killed 35 soldiers; the army said six died."
    assert _sum(short, text) == 6
    assert _distinct(short, text) == 6


def test_claim_and_count_of_the_same_noun_in_one_sentence(short):
    text = "On 8 June 2021, the insurgents claimed to have killed 18 guards near Marib, Yemen; officials said two guards were killed."
    assert _sum(short, text) == 2
    assert _dead(short, text) == 2
    assert "insurgents" in _source(short, text)


def test_claim_and_count_in_the_next_sentence(short):
    text = "On 8 June 2021, fighters attacked a checkpoint near Sirte, Libya. The fighters claimed to have killed 30 policemen. The interior ministry said five policemen died."
    assert _sum(short, text) == 5
    assert _distinct(short, text) == 5


def test_claimed_bare_figure_after_while(short):
    text = "On 8 June 2021, guerrillas attacked a post near Tumaco, Colombia. The army said 7 soldiers were killed, while the guerrillas claimed 25."
    assert _sum(short, text) == 7


# look-alikes: a claim alone, other victims, more victims


def test_claim_alone_keeps_its_toll(short):
    text = "On 8 June 2021, insurgents claimed to have killed 14 soldiers near Tillaberi, Niger; they also said they seized two vehicles."
    assert _sum(short, text) == 14


def test_other_victims_after_a_semicolon_stay_added(short):
    text = "On 8 June 2021, gunmen attacked a village near Diffa, Niger. Police said five soldiers were killed; residents said three civilians died."
    assert _sum(short, text) == 8


def test_claim_then_other_victims_told_stay_added(short):
    text = "On 8 June 2021, militants attacked a base near Kidal, Mali. The militants claimed to have killed 12 soldiers. Officials said two civilians were also killed."
    assert _sum(short, text) == 14


# a toll told again by a teller after the story has given it


def test_police_retelling_the_same_toll_adds_nothing(short):
    text = (
        "On 4 April 2023, gunmen killed 14 people at a bus stop in Kaduna, Nigeria. Police said 14 people were killed."
    )
    assert _sum(short, text) == 14
    assert _distinct(short, text) == 14


def test_attackers_claim_retelling_their_attack_adds_nothing(short):
    text = "On 4 April 2023, ADF fighters raided a village near Butembo, Democratic Republic of Congo, killing 16 villagers. The group said its men had killed 16 enemies."
    assert _sum(short, text) == 16


def test_attackers_bigger_claim_after_the_toll_adds_nothing(short):
    text = "On 4 April 2023, militants ambushed a patrol near Menaka, Mali, killing 7 soldiers. The group said it killed 25 soldiers."
    assert _sum(short, text) == 7


def test_claim_then_confirmation_counts_once(short):
    text = "On 4 April 2023, militants ambushed a convoy near Djibo, Burkina Faso. The group said its fighters killed 13 soldiers. The army confirmed 13 deaths."
    assert _sum(short, text) == 13


# look-alikes: more victims, other victims, a bystander's count of others


def test_more_dead_told_by_police_are_added(short):
    text = "On 4 April 2023, a bomb exploded at a bus station in Kano, Nigeria. Nine people died at the scene. Police said four more died in hospital."
    assert _sum(short, text) == 13


def test_other_victims_told_by_officials_are_added(short):
    text = "On 4 April 2023, a bomb killed 6 soldiers near Arish, Egypt. Officials said two civilians were killed."
    assert _sum(short, text) == 8


def test_police_telling_a_bigger_toll_of_the_gunmen_is_no_claim(short):
    text = "On 4 April 2023, gunmen killed 3 farmers near Jos, Nigeria. Police said the gunmen killed 7 people."
    assert _sum(short, text) >= 7
