"""The sides of an event as the UCDP Georeferenced Event Dataset writes them, read from its source and target.

GED names two sides, not an attacker and a victim: in state-based violence side A is always a government,
whichever side fired ("Two soldiers killed in an ambush": side A is the soldiers' government, side B the
unnamed attackers); in one-sided violence side A is the perpetrator and side B the civilians; in non-state
conflict both are groups. wirecoder keeps who did what to whom (source, target); this view only reorders
them: a state party (a government, its army, police or services, with a country) is side A, the source
when both or neither are states. Nothing is guessed: a side the text does not name stays empty.
"""

from __future__ import annotations

from ..article import Event, Participant

# Sectors that act for a state: GED's "Government of X".
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})


def is_state(p: Participant | None) -> bool:
    """Is ``p`` a state party: a government, army, police or intelligence service of a known country?"""
    return p is not None and bool(p.country) and p.sector in STATE_SECTORS


def ged_sides(event: Event) -> tuple[Participant | None, Participant | None]:
    """(side A, side B) of ``event`` by GED's rule: the state party first, else the source first."""
    source, target = event.source, event.target
    if not is_state(source) and is_state(target):
        return target, source
    return source, target


def side_a_country(event: Event) -> str | None:
    """The country of GED's side A of ``event`` (see ``ged_sides``), or None."""
    side_a, _ = ged_sides(event)
    return side_a.country if side_a is not None else None
