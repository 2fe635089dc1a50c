"""Soldiers or police officers hit while off duty: "gunmen shot dead an off-duty policeman outside his home",
"killed a retired army colonel". Such a man is no armed side of a fight, so ACLED codes his killing as an attack on
a civilian-like victim, not an armed clash. An event typed as a clash whose target (or whose counted victims) is
marked by one of the ``offduty_victims`` words is retyped Violence against civilians / Attack; one where an armed
side fired back or an armed doer was hit too stays a clash."""

from __future__ import annotations

import re
from functools import cache

from ..article import Article, Event
from .lexicon import load, word_set

_CLASH = ("Battles", "Armed clash")
_ATTACK = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(word_set(load("offduty_victims")["modifiers"]), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.IGNORECASE)


def _marked(event: Event) -> bool:
    """The target phrase, or every counted victim phrase, names the off-duty."""
    if event.target is not None and _pattern().search(event.target.text or ""):
        return True
    harmed = [q.text for q in event.quantities if q.kind in {"killed", "wounded", "injured"}]
    return bool(harmed) and all(_pattern().search(t or "") for t in harmed)


def attacks_on_offduty(article: Article) -> None:
    """Retype clashes on off-duty or retired security men as attacks (in place)."""
    for event in article.events:
        acled = event.acled or {}
        if (acled.get("event_type"), acled.get("sub_event_type")) != _CLASH or not _marked(event):
            continue
        event.acled = {**acled, **_ATTACK}
