"""'help' with no one helped and a verb complement ("helped (to) plan the killings") is taking part in the
act its complement names, not aid; helping someone ("helped Iran (to) build", "will help Pakistan") is aid to
them. Every sentence is composed for these tests."""

from __future__ import annotations

import pytest

from composed import coder_on

events = coder_on("2025-11-10")


@pytest.mark.parametrize(
    "text",
    [
        "An inquiry found that the militia's commanders helped to plan the raids on the villages.",
        "Officials said the smugglers helped move the weapons across the border last month.",
        "The two envoys helped to broker the ceasefire between the rival factions.",
    ],
)
def test_help_with_only_a_verb_complement_is_no_aid(short, text):
    assert all(ev.plover.get("type") != "AID" for ev in events(short, text))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Japan helped Indonesia to rebuild its ports after the tsunami.", "IDN"),
        ("Turkey helped Azerbaijan build up its drone fleet.", "AZE"),
        ("Norway helped Sudan with food and medicine after the floods.", "SDN"),
    ],
)
def test_help_someone_is_aid_to_them(short, text, target):
    aid = [ev for ev in events(short, text) if ev.plover.get("type") == "AID"]
    assert aid and aid[0].target is not None and aid[0].target.country == target
