"""Round 45 on attack summaries ("tolls5" lane): a toll that rises in the attack's own sentence when the attack is
a clause under "rose" ("The blast left 11 dead; the toll later rose to 15") is the risen figure; a note's toll
figure that tops up a vague count is the note's one death count ("dozens ... officials later put the toll at 37":
the distinct counts are 37, not 24); a time word on a verb of telling ("the group later said it had killed 20")
dates the telling, so the attackers' claim retells the attack; two estimates of one toll, the story's own and a
source's figure set against it ("killing 12; local groups said the toll was 16"), keep the lower, and the higher
is no count of the note's dead; a lower-case person noun tagged as a name ("killing a jawan") is one victim. Every
sentence here was written for these tests (none is from a dataset)."""

from __future__ import annotations

import pytest

from attack_tolls import toll_helpers
from wirecoder.evaluation.acled import note_fatalities

_events, _main, _dead, _sum, _source = toll_helpers("2026-12-07")


def _note(short: object, text: str) -> int:
    return note_fatalities(_events(short, text))


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 4 December 2026, a bomb tore through a bus depot in Kano, Nigeria. The explosion left nine drivers "
            "dead; the toll later climbed to 13 as rescuers searched the rubble.",
            13,
        ),
        (
            "On 2 December 2026, gunmen raided a wedding in Zamfara, Nigeria, and left six guests dead; the death "
            "toll rose to eight overnight.",
            8,
        ),
        ("On 3 December 2026, a car bomb hit a checkpoint in Mogadishu, Somalia, killing four soldiers.", 4),
    ],
)
def test_toll_risen_in_the_attacks_sentence(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
    assert _note(short, text) == dead


def test_note_figure_replaces_vague_count_among_counts(short: object) -> None:
    text = (
        "On 1 December 2026, a suicide bomber struck a funeral in Mosul, Iraq, killing dozens of mourners. "
        "Health officials later put the death toll at 41."
    )
    assert _dead(short, text) == 41
    assert _note(short, text) == 41


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 5 December 2026, ISWAP fighters overran an army base in Borno, Nigeria, killing 11 soldiers. The "
            "group later said it had killed 35 soldiers.",
            11,
        ),
        (
            "On 6 December 2026, JNIM fighters ambushed a convoy near Gao, Mali, killing eight soldiers. The group "
            "subsequently claimed it had killed 30 troops.",
            8,
        ),
        # more victims told under a later telling still add
        (
            "On 6 December 2026, gunmen killed five policemen in Bannu, Pakistan. Police later said two more "
            "officers had been killed.",
            7,
        ),
    ],
)
def test_later_telling_of_the_claim_adds_nothing(short: object, text: str, dead: int) -> None:
    assert _sum(short, text) == dead
    assert _note(short, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 2 December 2026, troops shelled a village in Darfur, Sudan, killing nine people, but residents said "
            "the toll was 14.",
            9,
        ),
        (
            "On 3 December 2026, an airstrike hit a fuel depot in Shan, Myanmar, killing at least seven workers; "
            "a rescue group said the toll was 10.",
            7,
        ),
    ],
)
def test_rival_toll_figure_keeps_the_lower(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
    assert _note(short, text) == dead


def test_rival_tolls_of_two_tellers_count_once(short: object) -> None:
    text = (
        "On 4 December 2026, gunmen attacked a market in Tillaberi, Niger. Villagers said 25 people were "
        "killed, while the army gave 17 deaths."
    )
    assert _sum(short, text) == 17
    assert _note(short, text) == 17


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 5 December 2026, militants fired on a patrol in Poonch, India, killing a jawan.", 1),
        ("On 5 December 2026, Maoists ambushed a police party in Sukma, India, killing a constable and a jawan.", 2),
        # negative: a rank that is no victim
        ("On 5 December 2026, a jawan was praised for saving a child from a flood in Assam, India.", 0),
    ],
)
def test_lower_case_rank_tagged_as_name_counts_one(short: object, text: str, dead: int) -> None:
    assert _sum(short, text) == dead
