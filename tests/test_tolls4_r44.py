"""Round 44 on attack summaries ("tolls4" lane): a later sentence that retells a toll is no more dead, and a count
told beside it with "also" is (in "killing six. Four men and two women died at the scene, and two gunmen were also
killed." the four and the two retell the six: 8, not 14); "the dead included ..." lists part of a toll told before;
the one-more victim ("a second officer died of his injuries") is one more dead even when its count equals the one
before; the wounded who later die are the dead of an attack that killed no one outright; ranks of South Asian
armies and police count one victim each ("a havildar and two sepoys were killed"); and the doer of what someone
"was behind" is the doer of the relative clause on it ("X was behind a car bomb that killed three"). Every sentence
here was written for these tests (none is from a dataset)."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers

_events, _main, _dead, _sum, _source = toll_helpers("2026-12-07")


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 3 December 2026, gunmen attacked a bus near Ghazni, Afghanistan, killing six passengers. "
            "Four men and two women died at the scene, and two of the gunmen were also killed.",
            8,
        ),
        (
            "On 5 December 2026, militants stormed a guesthouse in Baidoa, Somalia, killing seven people. "
            "The siege left five guests and two guards dead before troops ended it; four attackers were also killed.",
            11,
        ),
        (  # more victims told with "more" are added, as before
            "On 4 December 2026, gunmen attacked a bus near Ghazni, Afghanistan, killing six passengers. "
            "The blast killed four more, and two of the gunmen were also killed.",
            12,
        ),
    ],
)
def test_retold_toll_beside_also_counts_once(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 2 December 2026, bandits raided a village in Katsina, Nigeria, killing nine people. "
            "The dead included six farmers, a teacher and two children.",
            9,
        ),
        (
            "On 1 December 2026, a bomb hit a wedding hall in Kirkuk, Iraq, killing 14 guests. "
            "The dead included the groom's father.",
            14,
        ),
        (  # told by a teller
            "On 3 December 2026, gunmen fired on a van near Parachinar, Pakistan, killing 12 passengers. "
            "The dead comprised nine men and three women, police said.",
            12,
        ),
    ],
)
def test_list_of_the_dead_is_part_of_the_toll(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead


def test_list_of_the_dead_alone_counts_each_item(short: object) -> None:
    text = "On 2 December 2026, gunmen raided a village in Benue, Nigeria. The dead included four herders, a nurse and two boys."
    assert _sum(short, text) == 7


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 6 December 2026, ELN rebels attacked an army post in Tame, Colombia. A soldier was killed and "
            "four were hurt; a second soldier died of his wounds the next day.",
            2,
        ),
        (
            "On 2 December 2026, a grenade exploded at a bus stand in Imphal, India, wounding nine people. "
            "Three of the wounded later died in hospital.",
            3,
        ),
    ],
)
def test_victims_dying_later_are_the_attacks_dead(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 1 December 2026, militants ambushed a patrol in Kupwara, India. A naik and three sepoys were killed.", 4),
        ("On 3 December 2026, insurgents fired on a post in Poonch, India. A subedar and a havildar died.", 2),
    ],
)
def test_south_asian_ranks_count_one_each(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead


@pytest.mark.parametrize(
    ("text", "doer", "dead"),
    [
        (
            "On 4 December 2026, police in Kano, Nigeria, said Boko Haram was behind a bomb that killed five people.",
            "Boko Haram",
            5,
        ),
        (
            "On 5 December 2026, al-Shabaab is believed to be behind a landmine which killed two soldiers near Beledweyne.",
            "al-Shabaab",
            2,
        ),
    ],
)
def test_doer_of_what_a_group_was_behind_in_a_relative_clause(short: object, text: str, doer: str, dead: int) -> None:
    assert doer.lower() in _source(short, text).lower()
    assert _dead(short, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        "On 4 December 2026, police said the NPA was not behind a bomb that killed two people in Samar, Philippines.",
        "On 4 December 2026, officials said the Taliban might have been behind a mine that killed a boy in Khost.",
    ],
)
def test_denied_or_guessed_role_names_no_doer(short: object, text: str) -> None:
    src = _source(short, text).lower()
    assert "npa" not in src and "taliban" not in src
