"""Round 47 on attack summaries ("tolls7" lane): people taken and then killed as "them" are counted ("pulled out
seven labourers and shot them dead": 7); a count told "from each side" is counted for both sides (4 for "two from
each side"); a war's total that climbed past, passed or topped a figure, or that is "this year's", is no count of
the incident. Hard negatives: another object between the count and "them", "them" only wounded or arrested, "each
side of the border", "both sides". Every sentence here was written for these tests (none is from a dataset)."""

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
            "On 2 December 2026, gunmen halted a van near Kalat, Pakistan, dragged out four miners and shot them dead.",
            4,
        ),
        ("On 3 December 2026, bandits dragged eight farmers into the bush in Sokoto, Nigeria, and killed them.", 8),
        ("On 4 December 2026, militants lined up six bus passengers near Zhob, Pakistan, and executed them.", 6),
    ],
)
def test_people_killed_as_them_are_counted(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _note(short, text) == dead


@pytest.mark.parametrize(
    "text",
    [
        # another object between the count and "them": the pronoun may be anyone
        "On 2 December 2026, gunmen seized five men in Kano, Nigeria, torched two cars and killed them.",
        # "them" shot (wounded at most), arrested or sold: no deaths
        "On 3 December 2026, soldiers stopped seven youths at a checkpoint in Jos, Nigeria, and shot them.",
        "On 4 December 2026, police stopped six protesters in Lahore, Pakistan, and arrested them.",
        "On 5 December 2026, a trader bought four trucks in Kano, Nigeria, and sold them.",
    ],
)
def test_them_not_killed_counts_no_dead(short: object, text: str) -> None:
    assert not _dead(short, text)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("On 2 December 2026, three soldiers from each side were killed in a border clash in Tawang, India.", 6),
        ("On 3 December 2026, fighting between two militias in Baidoa, Somalia, killed four men on either side.", 8),
        # a side of a place, and "both sides", count once
        ("On 4 December 2026, shelling killed two villagers on each side of the border near Kupwara, India.", 2),
        ("On 5 December 2026, five fighters from both sides were killed in clashes in Marib, Yemen.", 5),
    ],
)
def test_count_from_each_side_is_counted_for_both(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "On 3 December 2026, a drone strike killed seven people in Kordofan, Sudan; the conflict's toll has "
            "climbed past 15,000 this year.",
            7,
        ),
        (
            "On 4 December 2026, a roadside bomb killed three policemen in Bajaur, Pakistan; deaths in the "
            "insurgency have topped 800 since January.",
            3,
        ),
        (
            "On 5 December 2026, gunmen killed five miners in Zamfara, Nigeria; the war's toll has passed 12,000.",
            5,
        ),
        # control: the incident's own toll passing a figure is still its toll
        ("On 6 December 2026, a fire bomb hit a crowded market in Kabul, Afghanistan; the toll has passed 30.", 30),
    ],
)
def test_total_past_a_figure_is_no_count_of_the_incident(short: object, text: str, dead: int) -> None:
    assert _dead(short, text) == dead
    assert _sum(short, text) == dead
