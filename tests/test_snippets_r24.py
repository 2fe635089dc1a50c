"""ACLED typing of news snippets, round 24: a person stepping or treading on a mine or an old explosive tells a
mine blast (Remote explosive/landmine/IED), whoever laid it; stepping on anything else is none. Looting told in a
speaker's clause ("..., traders said") is the looting, no accusation only; a non-violent wrongdoing stays one.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from composed import main_sub_type

_sub = main_sub_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A cattle herder stepped on a landmine outside Mopti.", "Remote explosive/landmine/IED"),
        ("A teenager lost a foot after stepping on a mine near Mariupol.", "Remote explosive/landmine/IED"),
        ("Two soldiers stepped on an IED while on patrol in Helmand.", "Remote explosive/landmine/IED"),
        ("A woman died after stepping on unexploded ordnance near Sirte.", "Remote explosive/landmine/IED"),
        (
            "A shepherd was wounded after treading on an explosive device in the hills of Jawzjan.",
            "Remote explosive/landmine/IED",
        ),
        # negatives: stepping on something that is no explosive, or stepping in no place at all
        ("A boy was injured after stepping on broken glass in Kherson.", "(none)"),
        ("The minister stepped on a rake in his garden in Kyiv.", "(none)"),
        ("The prime minister stepped on the stage in Dakar to cheers.", "(none)"),
        ("The governor stepped on the brakes of the reform plan in Lagos.", "(none)"),
    ],
)
def test_step_on_mine(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Soldiers looted shops in the market of Bambari, traders said.", "Looting/property destruction"),
        ("The governor said gunmen had looted a food depot in Maiduguri.", "Looting/property destruction"),
        # negatives: a wrongdoing that is no looting stays an accusation; a denied or future looting is none
        ("The opposition said the ruling party had stolen the election in Harare.", "(none)"),
        ("The army said its soldiers had not looted any shops in Bambari.", "(none)"),
        ("Traders said the militia would loot the market in Bambari.", "(none)"),
    ],
)
def test_reported_looting(short, text: str, sub: str) -> None:
    assert _sub(short, text) == sub
