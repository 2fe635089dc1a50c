"""Round 34 incident-notes lane: arms found or seized are Disrupted weapons use when the note tells them through a
store named by its compound ("an arms dump"), a vehicle or container that holds them ("a lorry laden with
explosives", "a boat carrying ammunition") or a finding verb (found, unearthed, located). Each with its negative
cases: a store, load or find that is not of weapons stays no weapons event."""

from __future__ import annotations

from typing import Any

import pytest

from attack_tolls import toll_helpers
from composed import acled_kind

events, main, dead, total, source = toll_helpers("2026-12-07")

DWU = ("Strategic developments", "Disrupted weapons use")


def _acled(short: Any, text: str) -> tuple[str | None, str | None]:
    return acled_kind(main(short, text))


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2026, Malian soldiers uncovered an arms dump used by jihadists near Gao.",
        "On 2 May 2026, police seized an ammunition storehouse in a village near Kandahar.",
        "On 2 May 2026, customs officers confiscated a lorry laden with explosives at the border crossing near Torkham.",
        "On 2 May 2026, the Yemeni coast guard intercepted a dhow carrying rockets and rifles off Mukalla.",
        "On 2 May 2026, police seized two cars packed with grenades and pistols in Tegucigalpa.",
        "On 2 May 2026, army engineers found a stash of grenades in a cave near Kunduz.",
        "On 2 May 2026, soldiers unearthed rifles and ammunition buried by rebels near Beni.",
    ],
)
def test_found_or_seized_arms_are_disrupted_weapons_use(short: Any, text: str) -> None:
    assert _acled(short, text) == DWU


@pytest.mark.parametrize(
    "text",
    [
        "On 2 May 2026, rebels seized a fuel depot on the outskirts of Goma.",
        "On 2 May 2026, customs officers confiscated a lorry laden with timber at the border crossing near Torkham.",
        "On 2 May 2026, the coast guard intercepted a boat carrying migrants off the coast of Libya near Zuwara.",
        "On 2 May 2026, police found the missing schoolgirl unharmed in a village near Kano.",
        "On 2 May 2026, rescuers located a bus carrying pilgrims that had gone missing near Quetta.",
        # only vehicles and containers pass on their load: a man carrying a pistol is the man
        "On 2 May 2026, police intercepted a man carrying a pistol near the market in Lagos.",
    ],
)
def test_other_stores_loads_and_finds_are_no_disrupted_weapons_use(short: Any, text: str) -> None:
    assert _acled(short, text) != DWU
