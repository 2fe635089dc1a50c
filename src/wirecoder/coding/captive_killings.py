"""Captives killed later: "Gunmen abducted a contractor near X. He was beheaded two weeks later." The killing,
told with no doer of its own, of those the abduction just told took (a pronoun, "the hostage", "one of the
captives", "both") is the abduction's toll, done by its doer, as incident data codes it. Words: the
``found_dead`` lexicon (``singular_refs``, ``plural_refs``, ``victim_nouns``)."""

from __future__ import annotations

from functools import cache

from ..article import Event
from .constants import Token
from .found_dead import ABDUCTION
from .lexicon import load, word_set

_KILLING_ROOTS = frozenset({"18", "19", "20"})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("found_dead")
    return {k: word_set(data.get(k)) for k in ("plural_refs", "victim_nouns", "captor_nouns")}


def killed_captive(event: Event, incident: Event, trigger: Token) -> bool:
    """Whether ``event`` (its trigger ``trigger``) kills the captives of the abduction ``incident``: a
    violent act with no doer named (or the captors), a toll, and a passive subject or object that points back to them."""
    if (incident.cameo or {}).get("code", "")[:3] != ABDUCTION or incident.fatalities:
        return False
    if not by_captors(event, trigger) or not event.fatalities or (event.cameo or {}).get("root") not in _KILLING_ROOTS:
        return False
    if event.sentence_index <= incident.sentence_index:
        return False
    victims = [c for c in trigger.children if c.dep_ in {"nsubjpass", "dobj", "obj"}]
    return any(_captive(v) for v in victims)


def by_captors(event: Event, trigger: Token) -> bool:
    """No doer named, or only as the captors ("shot dead by his captors"): the abduction's doer."""
    captors = _words()["captor_nouns"]
    agents = [o for a in trigger.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if agents:
        return all(o.lemma_.lower() in captors for o in agents)
    src = event.source
    head = (src.text or "").lower().split()[-1:] if src is not None else []
    return src is None or (bool(head) and head[0].removesuffix("s") in captors)


def _captive(tok: Token) -> bool:
    """A word pointing back to the abducted: "he", "both", "the hostage", "one of the captives", "the
    American hostage" (a victim noun, or a pronoun of one or of all)."""
    w = _words()
    refs = {"he", "she", "him", "her"} | (w["plural_refs"] & {"they", "them", "both", "all"})
    if tok.lower_ in refs or tok.lemma_.lower() in w["victim_nouns"]:
        return True
    of = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in {"them", "these", "those"} or o.lemma_.lower() in w["victim_nouns"] for o in of)
