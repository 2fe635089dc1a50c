"""A protest note that tells the force met in its next sentences is one protest with that intervention: "PTI
workers took out a rally in Multan. Police baton-charged the rally and arrested 35 workers." ACLED codes the
rally as a Protest with intervention (or Excessive force against protesters), so the protest event takes the
sub-type of the later force on a protest, and of a state arrest of people of the protesters' own kind, of people
named by no other kind ("Police arrested 14 participants") or of no one written ("arrested 14 of them"). Force told
after the protest in its own sentence counts too ("Hundreds marched in Lima; police fired pepper spray").

Only the same day's force, at the same place or none named, within two sentences of the protest: "Teachers
rallied in Lahore. On Tuesday police dispersed a sit-in in Multan" leaves the Lahore rally peaceful, and so
does an arrest of people of another kind ("police arrested three suspected militants"), and an act named as the
protest's grievance ("began a hunger strike to protest his detention").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..article import Article, Event
from .lexicon import load, word_set

_PEACEFUL = ("Protests", "Peaceful protest")
_FORCE_SUBS = ("Protest with intervention", "Excessive force against protesters")
_STATE = frozenset({"COP", "MIL", "GOV", "SPY"})
_REACH = 2  # sentences after the protest


def _kind(event: Event) -> tuple[str | None, str | None]:
    acled = event.acled or {}
    return acled.get("event_type"), acled.get("sub_event_type")


@cache
def _other_times() -> frozenset[str]:
    return word_set(load("protest_force").get("other_time_words"))


@cache
def _held_people() -> frozenset[str]:
    return word_set(load("protest_force").get("held_people"))


def _holds_crowd(protest: Event, later: Event) -> bool:
    """Is a later arrest one of the protest's own people: by the state or by no one named, of people of the
    protesters' kind, of people named by no other kind ("14 participants", "20 people were arrested"), or of no one
    written ("Police arrested 14 of them": the pronoun left unresolved)?"""
    held, by = later.target, later.source
    if by is not None and by.sector not in _STATE:
        return False
    if held is None:
        return by is not None
    if protest.source is not None and protest.source.sector is not None and held.sector == protest.source.sector:
        return True
    words = re.findall(r"[A-Za-z]+", held.text.lower())
    return bool(words) and words[-1] in _held_people()


def _grievance(article: Article, later: Event) -> bool:
    """Is ``later`` an act named as a noun that is what the protest is against: the object of "protest" or
    "denounce", or of "against" or "over" ("to protest his detention", "against the arrest of their leader")?"""
    doc = article.doc
    tok = next((t for t in doc if t.idx == _start(later)), None) if doc is not None else None
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    words = load("protest_force")
    if tok.dep_ in {"dobj", "obj"}:
        return tok.head.lemma_.lower() in word_set(words.get("grievance_verbs"))
    return tok.dep_ == "pobj" and tok.head.lower_ in word_set(words.get("grievance_preps"))


def _start(event: Event) -> int:
    return int((event.trigger or {}).get("start") or 0)


def _told_later_in_sentence(text: str, protest: Event, later: Event) -> bool:
    """Is ``later`` told after the protest in its sentence with no word of another time between them ("marched;
    police fired tear gas", not "rallied a day after police fired tear gas")?"""
    begin, end = int((protest.trigger or {}).get("end") or 0), _start(later)
    if end <= _start(protest):
        return False
    between = {w.lower() for w in re.findall(r"[A-Za-z]+", text[begin:end])}
    return not between & _other_times()


def _same_scene(protest: Event, later: Event, text: str = "") -> bool:
    if later.background or not 0 <= later.sentence_index - protest.sentence_index <= _REACH:
        return False
    if later.sentence_index == protest.sentence_index and not _told_later_in_sentence(text, protest, later):
        return False  # in the protest's own sentence only force told after it ("marched; police fired tear gas")
    if protest.date and later.date and protest.date != later.date:
        return False
    here, there = (protest.location or {}).get("name"), (later.location or {}).get("name")
    country = (protest.location or {}).get("country")
    return here is None or there is None or here == there or there == country


def _force_on(protest: Event, later: Event) -> str | None:
    """The intervention sub-type ``later`` gives the protest, or None."""
    kind, sub = _kind(later)
    if kind == "Protests" and sub in _FORCE_SUBS:
        return sub
    if (kind, sub) == ("Strategic developments", "Arrests") and _holds_crowd(protest, later):
        return "Protest with intervention"
    return None


def protest_met_with_force(article: Article) -> None:
    """Give a peaceful protest the intervention sub-type of the force told on it in the next sentences."""
    events = article.events
    for i, event in enumerate(events):
        if _kind(event) != _PEACEFUL or event.background:
            continue
        subs = [
            s
            for later in events[i + 1 :]
            if _same_scene(event, later, article.text)
            and (s := _force_on(event, later))
            and not _grievance(article, later)  # "a hunger strike to protest his detention": what it is against
        ]
        if subs:
            sub = "Excessive force against protesters" if _FORCE_SUBS[1] in subs else subs[0]
            events[i] = replace(event, acled={**(event.acled or {}), "sub_event_type": sub})
