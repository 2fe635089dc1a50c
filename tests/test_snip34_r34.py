"""Round 34 (snip34): a plural told as angry is a crowd for the frames that list crowds' subjects."""

from __future__ import annotations

from typing import Any

from composed import coder_on

events = coder_on("2026-12-01")


def _acled(short: Any, text: str) -> list[str]:
    return [e.acled.get("sub_event_type") for e in events(short, text) if e.acled]


def test_angry_tenants_smashing_windows_is_a_violent_demonstration(short: Any) -> None:
    assert _acled(short, "Aggrieved tenants smashed the windows of the housing office in Nairobi.") == [
        "Violent demonstration"
    ]


def test_disgruntled_conductors_smashing_windscreens_is_a_violent_demonstration(short: Any) -> None:
    assert _acled(short, "Disgruntled bus conductors smashed the windscreens of rival minibuses in Harare.") == [
        "Violent demonstration"
    ]


def test_plural_without_mood_word_gives_no_riot(short: Any) -> None:
    assert _acled(short, "Tenants smashed the windows of the housing office in Nairobi.") == []


def test_one_angry_person_is_no_crowd(short: Any) -> None:
    assert _acled(short, "An angry tenant smashed a window of the housing office in Nairobi.") == []


def test_angry_crowd_breaking_a_record_is_no_event(short: Any) -> None:
    assert _acled(short, "Frustrated sprinters smashed the national record in Nairobi on Saturday.") == []
