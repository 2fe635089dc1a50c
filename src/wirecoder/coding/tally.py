"""Tally lines: an incident note closing with its count ("6 fatalities.", "11 fatalities, including 8
militants.") restates the toll of the acts told before it. The count becomes the first attack's where the
acts gave fewer deaths (a clash told without its dead), and the tally line's own event adds none, so the
note's events add up to the tally, as the note's reader counts it.

Words: ``data/lexicon/tally.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Article
from .aftermath import is_attack, retold
from .tally_line import is_tally_line
from .victims import FATAL_KINDS


def fold_tallies(article: Article) -> None:
    """Make each tally line's count the toll of the acts before it: their first attack takes what the
    acts did not count, and the tally line's own event (an aftermath retelling) keeps no deaths."""
    events = article.events
    for n, tally in enumerate(events):
        if not retold(tally) or tally.fatalities is None:
            continue
        if not is_tally_line(str(tally.evidence.get("sentence", ""))):
            continue
        before = [e for e in events[:n] if not retold(e) and (e.acled or {}).get("event_type") and not e.background]
        attack = next((e for e in before if is_attack(e)), None)
        if attack is None:
            continue
        told = [e for e in events[:n] if (e.acled or {}).get("event_type") and not e.background]
        counted = sum(e.fatalities or 0 for e in told)  # a retelling's toll ("3 were killed.") is counted
        fatal = [q for q in tally.quantities if q.kind in FATAL_KINDS]
        if tally.fatalities > counted:
            k = events.index(attack)
            more = tally.fatalities - counted
            taken = fatal if counted == 0 else []  # the count the note's figures add up to
            events[k] = replace(
                attack, fatalities=(attack.fatalities or 0) + more, quantities=[*attack.quantities, *taken]
            )
        events[n] = replace(
            tally, fatalities=None, quantities=[q for q in tally.quantities if q.kind not in FATAL_KINDS]
        )
