"""Round 41 on attack summaries ("attacks2" lane): ranks of police and army men are people lost ("Police lost four
constables"), a loss's further conjuncts count too ("lost two sergeants and an inspector": 3), a numbered count
before a single person in a "with ... dead" phrase is dead too ("ended with three gunmen and a cook dead": 4), and
an attack told again with its first count and new ones keeps only the new ones ("killing five soldiers. The
ambush left five soldiers and eight assailants dead": 13, not 18). Every sentence here was written for these tests
(none is from a dataset); each rule has look-alikes that must give no toll or no doubled one."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-12-05")


# ranks of police and army men lost, and the loss's conjuncts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 1 December 2026, militants attacked a police post in Bannu, Pakistan. Police lost four constables.", 4),
        (
            "On 2 December 2026, rebels attacked a garrison in Kivu, Congo. The army lost three sergeants and a major.",
            4,
        ),
        (
            "On 3 December 2026, gunmen raided a checkpoint near Gao, Mali. The army lost two lieutenants and five "
            "privates in the fighting.",
            7,
        ),
        ("On 3 December 2026, insurgents attacked a base in Kunar. The police lost an inspector and two cadets.", 3),
    ],
)
def test_ranks_lost(short, text, want):
    assert _dead(short, text) == want
    assert _sum(short, text) == want


@pytest.mark.parametrize(
    "text",
    [
        # a thing conjoined, a vague or bare plural conjunct: only the counted people
        "On 1 December 2026, militants attacked a convoy in Zabul. The army lost two corporals and a truck.",
        "On 1 December 2026, militants attacked a convoy in Zabul. The army lost two corporals and several cadets.",
    ],
)
def test_ranks_lost_with_other_conjuncts(short, text):
    assert _sum(short, text) == 2


def test_ranks_lost_not_to_retirement_nor_seats(short):
    assert _sum(short, "Rebels attacked a town in Ituri in 2026. The police lost 40 constables to retirement.") == 0
    assert _sum(short, "The ruling party lost three seats and a captain of industry backed the opposition.") == 0


# a numbered count and a single person in one "with ... dead" phrase


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On 4 December 2026, bandits attacked a gold mine in Zamfara, Nigeria. The raid ended with two bandits "
            "and a miner dead.",
            3,
        ),
        (
            "On 4 December 2026, gunmen stormed a hostel in Kismayo, Somalia. The assault ended with five gunmen and "
            "an elderly watchman dead.",
            6,
        ),
    ],
)
def test_count_and_single_with_dead(short, text, want):
    assert _dead(short, text) == want
    assert _sum(short, text) == want


def test_count_and_single_with_alive_not_dead(short):
    # the phrase's state is no death: nothing counted
    text = "On 4 December 2026, bandits attacked a mine in Zamfara. The raid ended with two bandits and a miner hurt."
    assert _sum(short, text) == 0


# a retelling with the first count and new ones


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "On 5 December 2026, Taliban fighters attacked a checkpoint in Helmand, killing six guards. The attack "
            "left six guards and four fighters dead.",
            10,
        ),
        (
            "On 5 December 2026, militants ambushed a patrol in Borno, Nigeria, killing three soldiers. The ambush "
            "left three soldiers and 11 insurgents dead.",
            14,
        ),
    ],
)
def test_retold_count_not_added(short, text, want):
    assert _sum(short, text) == want
    assert _dead(short, text) == want


def test_retelling_with_other_victims_adds(short):
    # a second count of other victims with no repeated count: both counted
    text = (
        "On 5 December 2026, militants ambushed a patrol in Borno, killing three soldiers. The attack also left "
        "two herders dead."
    )
    assert _sum(short, text) == 5


# guns and their fire are means, not doers; a group's name before the noun of its kind


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On 6 December 2026, artillery fired by Azerbaijani forces hit a farm near Goris, Armenia.", "Azerbaijani"),
        (
            "On 6 December 2026, a barrage launched by Russian troops struck a depot in Sumy, Ukraine, killing two.",
            "Russian",
        ),
        (
            "On 6 December 2026, a bomb exploded at a bus stop in Quetta, Pakistan, killing four people. Police said "
            "fighters of the banned Baloch Liberation Army militant group were behind it.",
            "Baloch Liberation Army",
        ),
    ],
)
def test_means_and_group_names(short, text, want):
    assert want.lower() in _source(short, text).lower()


def test_artillery_without_by_agent_names_no_doer(short):
    # no one named: the source names no group
    text = "On 6 December 2026, artillery fire hit a farm near Goris, Armenia, killing a shepherd."
    assert "artillery" not in _source(short, text).lower()
    assert _dead(short, text) == 1


# a harm participle in an attack's outcome is no act of its own


@pytest.mark.parametrize(
    "text",
    [
        "On 7 December 2026, gunmen attacked a voting centre in Ghazni, Afghanistan. The attack ended with one poll "
        "worker dead and three voters injured.",
        "On 7 December 2026, militants raided a clinic in Kidal, Mali. The raid left one nurse dead and two patients "
        "hurt.",
    ],
)
def test_outcome_participle_toll_on_attack(short, text):
    assert _dead(short, text) == 1
    assert _sum(short, text) == 1


def test_outcome_participle_no_attack_before_kept(short):
    # no attack told before: the toll stays where it is, never doubled
    text = "On 7 December 2026, a blast at a market in Ghazni left one trader dead and two shoppers injured."
    assert _sum(short, text) == 1


def test_outcome_participle_attack_with_toll_not_doubled(short):
    text = (
        "On 7 December 2026, gunmen attacked a bus in Ghazni, killing two passengers. The attack left two "
        "passengers dead and five others injured."
    )
    assert _sum(short, text) == 2
