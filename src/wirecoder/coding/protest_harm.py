"""ACLED protest sub-types read from the sentence of a protest act:

- a crowd-control weapon told killing or badly hurting someone in a sentence that tells people protesting ("a man
  demonstrating against the result died after a tear gas canister fired by police hit his head", "two marchers lost
  eyes after police fired pellets at them") is excessive force against protesters, not a peaceful protest, a mere
  intervention or a clash; tear gas fired with no one harmed stays an intervention;
- state forces arresting people told as taking part in a protest gathering ("detained women joining a march",
  "arrested participants of a demonstration") is a protest with intervention (ACLED codes arrests at a protest
  so); people arrested ahead of a gathering not yet held ("ahead of a planned rally") stay arrests;
- a protest with intervention whose sentence tells people hurt as the force's outcome ("police beat marchers,
  leaving several hospitalised", "at least six were taken to hospital") is excessive force (ACLED: force resulting
  in serious injuries, e.g. requiring hospitalisation); "no one was hurt" or officers hurt keep the intervention;
- an attack named only as a noun in a sentence that remembers it ("survivors of the gas attack on X gathered to
  mark its anniversary") is no ACLED row; one told killing people ("a gas attack on X killed dozens") is kept.

Words: ``data/lexicon/protest_harm.yaml`` (and the protest words of ``sentence_types.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..article import Article, Event
from .lexicon import load, word_set
from .sentence_types import _protest_words

_EXCESSIVE = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}
_INTERVENTION = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
_STATE = frozenset({"COP", "MIL", "GOV"})
_RETYPED = frozenset({"Protests", "Battles", "Violence against civilians"})


@cache
def _words(key: str) -> re.Pattern[str]:
    words = sorted(word_set(load("protest_harm").get(key)), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def _sentence(article: Article, event: Event) -> str:
    n = event.sentence_index
    if not 0 <= n < len(article.sentences):
        return ""
    sent = article.sentences[n]
    return article.text[sent.start : sent.end]


def _state_or_protest(event: Event) -> bool:
    """A protest act, or state forces' act (the force itself: "police fired pellets at them"), or an act with no
    doer named."""
    kind = (event.acled or {}).get("event_type")
    if kind == "Protests":
        return True
    if kind not in _RETYPED:
        return False
    # no doer named ("a protester died after being struck by a tear-gas canister"): the crowd weapon is the state's
    return event.source is None or not event.source.text or event.source.sector in _STATE


def _remembered(article: Article, event: Event) -> bool:
    """A nominal attack with no toll in a sentence that remembers it."""
    acled = event.acled or {}
    return (
        bool(acled.get("event_type"))
        and str(event.pattern or "").endswith("-n")
        and not event.fatalities
        and not any(q.kind in {"killed", "wounded", "injured"} for q in event.quantities)
        and bool(_words("remembrance_words").search(_sentence(article, event)))
    )


def _harmful_force(text: str) -> bool:
    return bool(_words("crowd_weapons").search(text) and _words("harm_words").search(text))


def _told_outcome(text: str) -> bool:
    """Does the sentence tell people hurt as the outcome of the force ("leaving several hospitalised", "at least six
    were taken to hospital"), with no denial ("no one was hurt") and none of the state's own told hurt ("two officers
    were hospitalised")?"""
    if _words("harm_denials").search(text):
        return False
    left = _words("left_states").pattern
    for found in (
        _words("harm_outcomes").search(text),
        re.search(rf"\b(?:leaving|left)\b[^.;]{{0,40}}?{left}", text, re.I),
    ):
        if found and not _words("force_holders").search(text[max(0, found.start() - 30) : found.start()]):
            return True
    return False


def _harmed_intervention(article: Article, event: Event) -> bool:
    """A protest with intervention by state forces (or no one named) whose sentence tells people hurt by it."""
    if (event.acled or {}).get("sub_event_type") != _INTERVENTION["sub_event_type"]:
        return False
    if event.source is not None and event.source.sector not in _STATE:
        return False
    return _told_outcome(_sentence(article, event))


def _arrest_at_gathering(event: Event) -> bool:
    acled = event.acled or {}
    if acled.get("sub_event_type") != "Arrests" or event.source is None or event.target is None:
        return False
    held = event.target.text
    return (
        event.source.sector in _STATE
        and bool(_words("gathering_nouns").search(held))
        and not _words("not_held_yet").search(held)
    )


def type_protest_harm(article: Article) -> None:
    """Retype protest acts whose sentence tells harmful crowd-control force, and arrests at a gathering."""
    events = article.events
    for n, event in enumerate(events):
        if _remembered(article, event):
            events[n] = replace(event, acled={"event_type": None, "sub_event_type": None})
            continue
        if event.background:
            continue
        if _arrest_at_gathering(event):
            events[n] = replace(event, acled={**(event.acled or {}), **_INTERVENTION})
            continue
        if _harmed_intervention(article, event):  # "police beat marchers, leaving several hospitalised"
            events[n] = replace(event, acled={**(event.acled or {}), **_EXCESSIVE})
            continue
        if not _state_or_protest(event):
            continue
        text = _sentence(article, event)  # a protest act tells the protest itself ("a striking miner was wounded")
        told = (event.acled or {}).get("event_type") == "Protests" or _protest_words().search(text)
        if _harmful_force(text) and told:
            events[n] = replace(event, acled={**(event.acled or {}), **_EXCESSIVE})
