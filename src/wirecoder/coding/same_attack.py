"""One attack told through several acts: property burnt or looted in the sentence where the same actor kills or
wounds people ("gang members set fire to houses and killed four residents") is that attack, as ACLED codes the
incident by its gravest act, not a separate Looting/property destruction."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Participant

PROPERTY = ("Strategic developments", "Looting/property destruction")
GRAVER = frozenset({"Violence against civilians", "Battles", "Explosions/Remote violence"})


def _who(p: Participant | None) -> tuple[str | None, str | None] | None:
    return (p.actor_id, p.text) if p is not None else None


def fold_property_into_attack(article: Article) -> None:
    """Type each property act as the graver act its source commits in the same sentence."""
    events = article.events
    for n, event in enumerate(events):
        acled = event.acled or {}
        if (acled.get("event_type"), acled.get("sub_event_type")) != PROPERTY or event.source is None:
            continue
        graver = next(
            (
                e
                for e in events
                if e.sentence_index == event.sentence_index
                and (e.acled or {}).get("event_type") in GRAVER
                and e.source is not None
                and (
                    _who(e.source) == _who(event.source)
                    or (e.source.actor_id and e.source.actor_id == event.source.actor_id)
                )
            ),
            None,
        )
        if graver is not None:
            events[n] = replace(event, acled=dict(graver.acled))


__all__ = ["fold_property_into_attack"]
