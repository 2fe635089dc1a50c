"""A toll told after the blame: "A car bomb exploded near a barracks. Police blamed X. Three soldiers died."
The toll sentence retells the bombing (``coding/aftermath.py``) and takes the bombing's doer when the bombing
was told without a toll; but the doer is named only later, by the blame, which gives it to the attacks told
before it. This pass then hands it on to the retelling too, as the aftermath would have done had the doer
been known."""

from __future__ import annotations

from ..article import Event
from .aftermath import is_attack, retold, words


def give_retold_doers(events: list[Event]) -> None:
    """Give each retelling of an attack with a toll and no doer the doer the attack it retells has since been
    given (in place), when that attack was told without a toll of its own."""
    incident: Event | None = None
    for event in sorted(events, key=lambda e: e.sentence_index):
        if not is_attack(event):
            continue
        if not retold(event):
            incident = event
            continue
        if incident is None or event.sentence_index - incident.sentence_index > words().reach:
            continue
        if event.source is None and event.fatalities and not incident.fatalities and incident.source is not None:
            event.source = incident.source
