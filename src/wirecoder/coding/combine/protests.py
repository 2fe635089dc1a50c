"""Protest told with the force met or used: protesters who throw things at or attack someone riot, and a
protest that police clear or disperse is the target of that intervention, not a second event.

"Demonstrators pelted the police with stones": a violent demonstration (CAMEO 145, PLOVER PROTEST), as a crowd
that burns property is (non_events.crowd_damage). "The protest camp was cleared by riot police": one event,
the clearing (ACLED's Protest with intervention). Words: ``data/lexicon/material_acts.yaml``.
"""

from __future__ import annotations

from functools import cache

from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: Plain assault and attack codes that, done by protesters, are a riot (no weapon of war: 183, 194, 195 stay).
_RIOT_CODES = frozenset({"180", "182", "190"})
#: Codes of force on a protest (clear, break up, disperse, crack down, arrest): the protest is their target.
_INTERVENTION_CODES = frozenset({"170", "173", "175"})


def _low(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


@cache
def _killing_lemmas() -> frozenset[str]:
    return word_set(load("material_acts").get("killing_verbs"))


@combine_passes.register("combine.protester_violence.v1")
def protester_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Protesters or rioters who throw things at, attack or storm someone riot (145, a violent demonstration),
    as they do when they burn property (non_events.crowd_damage): "demonstrators pelted the police with stones",
    "protesters stormed the parliament"; a killing stays the killing it is."""
    crowds = _protest_nouns()
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code not in _RIOT_CODES:
            continue  # "demonstrators launched missiles at X" (194) is no riot
        if trig.token.lemma_.lower() in _killing_lemmas():
            continue
        subject = next((c for c in trig.token.children if c.dep_ == "nsubj"), None)
        if subject is not None and _low(subject) & crowds:
            trig.code = "145"
            trig.notes.append("protesters")


@cache
def _protest_nouns() -> frozenset[str]:
    return word_set(load("material_acts").get("protest_nouns"))


def _held_by(tok: Token) -> Token | None:
    """The verb a noun (or the noun it is compounded into: "protest camp") is the object or passive subject of."""
    noun = tok.head if tok.dep_ == "compound" else tok
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.pos_ == "VERB":
        return noun.head
    return None


@combine_passes.register("combine.intervened_protest.v1")
def intervened_protest(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A protest noun that force clears, breaks up or disperses is what the force acts on, one event with it:
    "riot police cleared the protest camp", "the sit-in was broken up by troops"."""
    by_token = ctx.by_token
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "noun" or trig.code[:2] != "14":
            continue
        verb = _held_by(trig.token)
        gov = by_token.get(verb.i) if verb is not None else None
        if gov is not None and not gov.suppressed and gov.code in _INTERVENTION_CODES:
            trig.suppressed = True
            trig.notes.append("intervened")
