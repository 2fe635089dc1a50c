"""The main event of an article or headline: what a one-row dataset (UCDP GED, ACLED) would code from it.

A statement about violence is not the violence: in "X says gunmen killed two", "X condemns the attack that
killed seven" or "X summons the envoy over the shelling", the reported act is the main event when the
coder found it, and the speaker's act stays an event of its own. Otherwise the most confident event wins.
"""

from __future__ import annotations

from ..article import Event

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation, verbal conflict


def main_event(events: list[Event]) -> Event | None:
    """The most confident event (the first on a tie), after dropping verbal acts whose sentence also tells
    a violent act."""
    violent_sentences = {e.sentence_index for e in events if is_violent(e)}
    candidates = [e for e in events if not (is_verbal(e) and e.sentence_index in violent_sentences)]
    best: Event | None = None
    for e in candidates or events:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def is_violent(event: Event) -> bool:
    """An assault, a fight or mass violence (CAMEO roots 18-20, PLOVER ASSAULT)."""
    return (event.cameo or {}).get("root") in _VIOLENT_ROOTS or (event.plover or {}).get("type") == "ASSAULT"


def is_verbal(event: Event) -> bool:
    """A statement, appeal, accusation or other verbal act (CAMEO quad classes 1 and 3)."""
    return (event.cameo or {}).get("quad_class") in _VERBAL_QUADS
