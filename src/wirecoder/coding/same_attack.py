"""One act told through several verbs: what an actor does in one sentence is one incident, coded by its
gravest act, as ACLED codes it. Property burnt or looted where the same actor kills or wounds people ("gang
members set fire to houses and killed four residents") is that attack; a road blocked where the same crowd
pelts cars with stones ("rioters blocked the highway and pelted vehicles") is that violent demonstration."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Event, Participant

# a lesser (event type, sub-event type) -> the event types of a graver act that absorbs it
GRAVER: dict[tuple[str, str], frozenset[str]] = {
    ("Strategic developments", "Looting/property destruction"): frozenset(
        {"Violence against civilians", "Battles", "Explosions/Remote violence"}
    ),
    ("Protests", "Peaceful protest"): frozenset({"Riots"}),
}


def _who(p: Participant | None) -> tuple[str | None, str | None] | None:
    return (p.actor_id, p.text) if p is not None else None


def _same_source(a: Event, b: Event) -> bool:
    if a.source is None or b.source is None:
        return False
    return _who(a.source) == _who(b.source) or bool(a.source.actor_id and a.source.actor_id == b.source.actor_id)


def fold_into_graver_act(article: Article) -> None:
    """Type each lesser act as the graver act its source commits in the same sentence."""
    events = article.events
    for n, event in enumerate(events):
        acled = event.acled or {}
        graver_types = GRAVER.get((str(acled.get("event_type")), str(acled.get("sub_event_type"))))
        if not graver_types:
            continue
        graver = next(
            (
                e
                for e in events
                if e.sentence_index == event.sentence_index
                and (e.acled or {}).get("event_type") in graver_types
                and _same_source(e, event)
            ),
            None,
        )
        if graver is not None:
            events[n] = replace(event, acled=dict(graver.acled))
