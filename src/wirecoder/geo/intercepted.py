"""Weapons stopped where they were aimed: "Ukraine's air force shot down 52 Russian drones overnight" happens
over Ukraine, not Russia. ACLED codes a disrupted weapons use (an interception, a defused bomb) where the
weapon was stopped, which is the interceptor's side; the nationality of the downed drone or the defused mine
is its maker's, never the place. A place the text names ("over Belgorod region") still comes first."""

from __future__ import annotations

from typing import Any

# ACLED sub-event types whose target is a weapon stopped on the acting side's ground or air.
_STOPPED_WEAPONS = frozenset({"Disrupted weapons use"})


def stopped_weapons(event: Any) -> bool:
    """Whether ``event`` is a weapon stopped by its source: its target's country is no place of the event."""
    return (getattr(event, "acled", None) or {}).get("sub_event_type") in _STOPPED_WEAPONS
