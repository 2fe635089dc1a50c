"""The doer of an incident the text names none of: "a bomb went off near a police van in Bannu", "the tortured
bodies of two men were found in Kech", "an IED struck an army patrol in Pulwama". Incident data writes such an
event's first actor as "Unidentified Armed Group (Pakistan)": an unnamed armed group of the country where it
happened. This runs after the geo stage has tied the event to its place, and gives a violent incident with no
source an empty-text source of unidentified armed men (sector UAF) of that place's country (basis "place").

Left alone: events of stories longer than a report (``max_sentences``), events whose place is not from the text or dateline, negated or hypothetical events, history, and
the sub-types whose unnamed doer may be another country's (a drone or shell flies across a border).
Types in ``data/lexicon/unknown_perpetrator.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..article import Article, Event, Participant
from ..coding import lexicon
from .sides import PLACE_FROM

UNIDENTIFIED = "UAF"  # the actor base's sector of unidentified armed men ("gunmen")
CROWD = "CVL"  # an unnamed crowd's sector: ACLED's "Rioters (<country>)"


@cache
def max_sentences() -> int:
    return int(lexicon.load("unknown_perpetrator")["max_sentences"][0])


@dataclass(frozen=True)
class Words:
    event_types: frozenset[str]
    remote_sub_types: frozenset[str]
    crowd_event_types: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("unknown_perpetrator", Words)


def is_unidentified(p: Participant | None) -> bool:
    """Whether ``p`` is the unnamed doer this rule gives: no text, no actor, unidentified armed men of a country."""
    return p is not None and not p.text and p.actor_id is None and p.sector == UNIDENTIFIED


def unknown_perpetrator(event: Event, article: Article | None = None) -> None:
    """Give a sourceless violent incident of a short report an unidentified armed group of its place's country
    as source (``article`` None: the event is read as a report's)."""
    if article is not None and len(article.sentences) > max_sentences():
        return  # a news story may name the doer elsewhere, or tell the incident as background
    if event.source is not None or event.negated or event.hypothetical or event.background:
        return
    acled = event.acled or {}
    kind, sub = str(acled.get("event_type") or "").lower(), str(acled.get("sub_event_type") or "").lower()
    w = words()
    crowd = kind in w.crowd_event_types
    if (kind not in w.event_types and not crowd) or sub in w.remote_sub_types:
        return
    location = event.location or {}
    country = location.get("country")
    if not country or location.get("from") not in PLACE_FROM:
        return
    event.source = Participant("", country=country, sector=CROWD if crowd else UNIDENTIFIED, country_basis="place")
