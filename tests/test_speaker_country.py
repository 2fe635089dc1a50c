"""A speaker named only by title in a datelined story is of the dateline's country, even when the sentence
names the country spoken of (actors/passes/nominals.py). Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2024-05-20")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "DHAKA (Reuters) - The prime minister on Sunday accused Myanmar of stalling the return of refugees.",
            "BGD",
            "MMR",
        ),
        ("ADDIS ABABA, May 18 (AP) - The government criticised Egypt for its stance on the dam.", "ETH", "EGY"),
        ("HANOI (AFP) - The foreign minister urged China to respect the fishing agreement.", "VNM", "CHN"),
    ],
)
def test_a_title_in_a_datelined_story_is_of_the_datelines_country(short, text, source, target):
    evs = events(short, text)
    assert evs and evs[0].source is not None and evs[0].source.country == source
    assert evs[0].target is not None and evs[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister on Sunday accused Myanmar of stalling the return of refugees.",
        "DHAKA (Reuters) - The prime minister in Naypyidaw accused aid groups of stalling the return of refugees.",
    ],
)
def test_without_a_dateline_or_with_a_place_of_its_own_the_title_is_not_the_datelines(short, text):
    evs = events(short, text)
    assert not [e for e in evs if e.source is not None and e.source.country == "BGD"]
