"""What protesters demand stands for their protest only where the text tells no protest of its own: an
incident note ("Protesters in Kabul demanded the reopening of schools") has no other act, while a news story
that tells the march as well codes the demand as the request it is, and the march as the protest."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Event

_VERBAL_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})
_CROWD_TYPES = frozenset({"Protests", "Riots"})


def _verbal_protest(event: Event) -> bool:
    return (event.acled or {}).get("event_type") == "Protests" and event.cameo.get("root") in _VERBAL_ROOTS


def keep_demands_of_untold_protests(article: Article) -> None:
    """Clear the protest type of protesters' verbal acts when the article codes a protest or riot itself."""
    told = any((e.acled or {}).get("event_type") in _CROWD_TYPES and not _verbal_protest(e) for e in article.events)
    if not told:
        return
    article.events = [
        replace(e, acled={"event_type": None, "sub_event_type": None}) if _verbal_protest(e) else e
        for e in article.events
    ]
