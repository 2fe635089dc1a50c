"""A story of a disaster or an accident is no attack story: its tolls told with no one acting are no attacks.

"Typhoon X made landfall, killing 20" opens the story; a later "twenty people have been confirmed killed"
counts the typhoon's dead, not an attack's. A user summing fatalities by country would otherwise count a
storm as a massacre. The lead sentence decides (an accident or disaster as a subject, or an accident's
verb); stories where anyone attacks (a violent event with a source, or a weapon's code) are left alone.
"""

from __future__ import annotations

from ..article import Article, Event
from .combine.non_events import accident_noun, accident_verb, accidental

#: Violent codes of a toll told with no weapon: use of force, assault, injury ("killed", "injured").
_PLAIN_HARM = frozenset({"180", "181", "182", "190"})


def _disaster_lead(article: Article) -> bool:
    """The article's first sentence tells an accident or a disaster."""
    doc = article.doc
    if doc is None or not article.sentences:
        return False
    first = article.sentences[0]
    span = doc.char_span(first.start, first.end, alignment_mode="expand")
    if span is None:
        return False
    for tok in span:
        if tok.dep_ in {"nsubj", "nsubjpass"} and accident_noun(tok):
            return True
    return accident_verb(span.root) or accidental(span.root)


def _attacked(events: list[Event]) -> bool:
    """Someone attacks in the story: a violent event with a source, or one coded by its weapon."""
    for e in events:
        root, code = e.cameo.get("root"), e.cameo.get("code")
        if root in {"18", "19", "20"} and (e.source is not None or code not in _PLAIN_HARM):
            return True
    return False


def drop_disaster_tolls(article: Article, events: list[Event]) -> list[Event]:
    """The events less the sourceless plain harm of a disaster story."""
    if not _disaster_lead(article) or _attacked(events):
        return events
    return [e for e in events if not (e.source is None and e.cameo.get("code") in _PLAIN_HARM)]
