"""Re-resolve event participants at the EVENT's date (the actor stage resolves at the article's date).

"Imran Khan met ..." in a 2024 article about a 2020 meeting: the actor stage says PAK OPP (his role
when the article appeared); once the coder has dated the event to 2020, ``redate`` makes the source
PAK GOV. A state acting ("Afghanistan said", "Kabul") is re-resolved to whoever governed it then (the
Islamic Republic before 2021-08-15, the Taliban after). Participants that are not KB entries (typed by
apposition, demonyms, agent nouns) keep their country and sector.

Wiring: ``RedateStage`` runs after the events stage (``requires = ("events",)``); or call
``redate(article, kb)`` at the end of the coder.
"""

from __future__ import annotations

import datetime as dt

from ..article import Actor, Article, Event, Participant
from ..settings import Settings
from ..stage import Stage
from .kb import KnowledgeBase, load_kb, parse_date
from .overlay import active_overlay
from .sectors import sector_named

STATE_VIAS = ("country", "capital")  # mention kinds that stand for the state's government


def event_day(event: Event) -> dt.date | None:
    """The event's date as a ``date`` (first day of a month or year), or None."""
    if not event.date:
        return None
    try:
        return parse_date(str(event.date)[:10])
    except ValueError:
        return None


def _apply(participant: Participant, actor: Actor) -> bool:
    new = (actor.actor_id, actor.name, actor.country, actor.sector, actor.cameo)
    old = (participant.actor_id, participant.name, participant.country, participant.sector, participant.cameo)
    if new == old:
        return False
    participant.actor_id, participant.name, participant.country, participant.sector, participant.cameo = new
    return True


def redate_participant(
    kb: KnowledgeBase, participant: Participant | None, day: dt.date, via: str | None = None
) -> bool:
    """Re-resolve one participant at ``day``; True if it changed. ``via`` is its mention's ``via``."""
    if participant is None:
        return False
    government = sector_named("government")
    if via in STATE_VIAS and participant.country and participant.sector == government:
        return _apply(participant, kb.state_actor(participant.country, government, day))
    entry = kb.entries.get(participant.actor_id or "")
    if entry is None or not entry.roles:
        return False
    return _apply(participant, entry.at(day, kb.sectors))


def redate(article: Article, kb: KnowledgeBase) -> int:
    """Re-resolve the source and target of every dated event at the event's date; returns how many
    participants changed. Undated events keep the article-date resolution."""
    vias: dict[tuple[int | None, int | None], str | None] = {(m.start, m.end): m.via for m in article.mentions}
    changed = 0
    for event in article.events:
        day = event_day(event)
        if day is None:
            continue
        for participant in (event.source, event.target):
            if participant is not None:
                via = vias.get((participant.start, participant.end))
                changed += redate_participant(kb, participant, day, via)
    return changed


class RedateStage(Stage):
    """After the events stage: each participant takes the role its actor held on the event's date."""

    name = "redate"
    requires = ("events",)
    assigns = ("events",)

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.kb = load_kb(settings.actors, active_overlay(settings.actors_overlay))

    def __call__(self, article: Article) -> Article:
        redate(article, self.kb)
        return article
