"""A story of a disaster or an accident is no attack story: its tolls told with no one acting are no attacks.

"Typhoon X made landfall, killing 20" opens the story; a later "twenty people have been confirmed killed"
counts the typhoon's dead, not an attack's. A user summing fatalities by country would otherwise count a
storm as a massacre. The lead sentence decides (an accident or disaster as a subject, or an accident's
verb, in any clause: "seven were killed when a bomber crashed"; "a block of flats caught fire"), or the title
names one ("Ferry capsizes off Zanzibar"); stories where anyone attacks (a violent event with a source, or a weapon's code) are left alone.
"""

from __future__ import annotations

import re

from ..article import Article, Event
from .combine.non_events import accident_noun, accident_verb, accidental, words

#: A source that is only a count of people ("twenty people have been confirmed killed" parsed with the dead as
#: the subject) is the victims, no attacker.
_COUNTED_PEOPLE = re.compile(
    r"^(?:at least |more than |over |some |about |around |nearly |a )*(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?|dozens|scores)"
    r" (?:people|persons|residents|passengers|victims|occupants)$",
    re.IGNORECASE,
)

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
        if accident_verb(tok) or (tok.lemma_.lower() == "fire" and tok.head.lemma_.lower() == "catch"):
            return True
    return accidental(span.root) or _disaster_title(article.title or "")


def _disaster_title(title: str) -> bool:
    """The headline names an accident or a disaster by its noun or verb ("Plane crashes near X", "Landslide
    buries village"); a word of arms in it ("Militants' truck crash") leaves it to the sentences, and so do words
    a headline also uses of force ("Protesters storm parliament", "Truce collapses")."""
    w = words()
    toks = re.findall(r"[a-z][a-z0-9-]*", title.lower())
    if set(toks) & w.armed_words:
        return False
    stems = {t[: -len(end)] for t in toks for end in ("es", "ed", "s", "d") if t.endswith(end)} | set(toks)
    return bool((stems - w.headline_ambiguous) & (w.accident_nouns | w.accident_verbs))


def _attacked(events: list[Event]) -> bool:
    """Someone attacks in the story: a violent event with a source, or one coded by its weapon."""
    for e in events:
        root, code = e.cameo.get("root"), e.cameo.get("code")
        attacker = e.source is not None and not _COUNTED_PEOPLE.match(e.source.text.strip())
        if root in {"18", "19", "20"} and (attacker or code not in _PLAIN_HARM):
            return True
    return False


def drop_disaster_tolls(article: Article, events: list[Event]) -> list[Event]:
    """The events less the sourceless plain harm of a disaster story."""
    if not _disaster_lead(article) or _attacked(events):
        return events
    return [e for e in events if not (_sourceless(e) and e.cameo.get("code") in _PLAIN_HARM)]


def _sourceless(event: Event) -> bool:
    """No one acts in the event: no source, or only the counted dead as one."""
    return event.source is None or bool(_COUNTED_PEOPLE.match(event.source.text.strip()))
