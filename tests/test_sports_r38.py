"""Round-38 sports lane: matches between national sides and market sell-offs told with verbs of force.

- one country (or its team) doing a result's verb to another country by name is a match, no interstate event,
  when the sentence has a cue of the game (a scoreline, "in the final", "on penalties", "by six wickets") or the
  verb is one no army does to a country ("demolished", "thrashed"); force on things, shelling, navies and fans
  clashing with police stay events (combine/national_sides.py);
- a currency by name, gilts or treasuries hammered, pummelled or attacked by traders is a sell-off, and a day
  ("on Friday") after the verb no longer hides the traded thing (combine/figurative_objects.py).

Every sentence is composed for these tests; tests/data/precision_sport_r38*.yaml hold composed batches, scored by
`python scripts/score_precision.py FILE`.
"""

from __future__ import annotations

import pytest

from composed import coder_on, current

events = coder_on("2026-12-01")


def types(short, text: str) -> list[str]:
    return [(e.plover or {}).get("type") for e in current(events(short, text))]


@pytest.mark.parametrize(
    "text",
    [
        "Uruguay thrashed Peru in Montevideo on Wednesday night.",
        "England demolished Scotland at Twickenham on Saturday.",
        "Tunisia crushed Mali 3-0 in the qualifier in Rades.",
        "Italy defeated Spain on penalties to reach the final.",
        "Pakistan routed Bangladesh by seven wickets in Lahore.",
        "Ethiopia's runners overpowered Kenya in the marathon relay final.",
        "Indonesia stunned Vietnam 2-1 in the semi-final in Hanoi.",
    ],
)
def test_national_result_is_no_event(short, text: str) -> None:
    assert types(short, text) == [], text


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Indian troops shelled Pakistani posts near Uri on Monday, the army said.", "ASSAULT"),
        ("Argentina's navy fired on a Chinese trawler off Chubut on Tuesday.", "ASSAULT"),
        ("Russia hammered Ukraine's power grid overnight, officials in Kyiv said.", "ASSAULT"),
        ("Azerbaijan hammered Armenia with artillery in the series of night raids, Yerevan said.", "ASSAULT"),
        ("Fans clashed with police after the qualifier in Belgrade, injuring 9 officers.", None),
    ],
)
def test_real_force_stays(short, text: str, kind: str | None) -> None:
    found = types(short, text)
    assert found, text
    if kind:
        assert kind in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Hedge funds attacked the Indian rupee after the election result.",
        "Traders hammered the lira on Thursday as inflation quickened.",
        "Short sellers pummelled shares of the Swiss bank on Monday.",
        "Speculators battered the South African rand ahead of the budget.",
    ],
)
def test_market_sell_off_is_no_event(short, text: str) -> None:
    assert types(short, text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the central market in Maiduguri on Friday, killing six traders.",
        "Rebels stormed the market in Goma on Friday.",
    ],
)
def test_force_on_places_stays(short, text: str) -> None:
    assert "ASSAULT" in types(short, text), text
