"""An ACLED row records an event that took place: an act told as planned, promised, possible or denied
("the union plans to hold a rally next week", "troops may retake the town", "no shots were fired") keeps its
CAMEO and PLOVER coding with its modality flags, but gets no ACLED type, so it never stands for the story's
ACLED event."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Event

_NO_TYPE = {"event_type": None, "sub_event_type": None}
# announced or agreed future acts that are themselves the development ("the party announced it would end its
# armed struggle"): ACLED codes the announcement
_SAID_DEVELOPMENTS = frozenset({"Change to group/activity", "Agreement"})


def untaken(event: Event) -> bool:
    """Is the event told as not (yet) having happened: negated, hypothetical or future?"""
    return bool(event.negated or event.hypothetical or event.future)


def _typed(event: Event) -> bool:
    acled = event.acled or {}
    return bool(acled.get("event_type")) and acled.get("sub_event_type") not in _SAID_DEVELOPMENTS


def type_only_taken_acts(article: Article) -> None:
    """Clear the ACLED type of the article's events told as not having happened."""
    article.events = [
        replace(e, acled=dict(_NO_TYPE)) if untaken(e) and _typed(e) else e
        for e in article.events
    ]
