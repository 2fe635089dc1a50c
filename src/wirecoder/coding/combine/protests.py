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
        if any(_low(n) & crowds for n in _doers(trig.token)):
            trig.code = "145"
            trig.notes.append("protesters")


def _doers(verb: Token) -> list[Token]:
    """Who does a verb: its subject, or the noun a participle hangs on ("demonstrators hurling stones"), and,
    through a count or a group ("thousands of protesters", "a crowd of rioters"), the people counted."""
    heads = [c for c in verb.children if c.dep_ == "nsubj"]
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "carrying sticks and hurling bottles": the first participle hangs on the noun
    if first.dep_ == "acl" and verb.tag_ == "VBG":
        heads.append(first.head)
    out = list(heads)
    for head in heads:
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


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


@cache
def _riot_verbs() -> frozenset[str]:
    return word_set(load("material_acts").get("riot_verbs"))


def _violent_turns(verb: Token) -> bool:
    """A verb of rioting with a thing acted on ("hurled bottles", "smashed windows") in the clauses that hang on the
    protest verb (participles, "as" clauses and their conjuncts), not in a relative clause on a noun."""
    stack = [c for c in verb.children if c.dep_ in {"advcl", "conj"}]
    seen = 0
    while stack and seen < 8:
        tok = stack.pop()
        seen += 1
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(s.pos_ != "PRON" for s in subjects):
            continue  # "... and later police threw them out": someone else's act
        if tok.lemma_.lower() in _riot_verbs() and any(c.dep_ == "dobj" and c.pos_ != "PRON" for c in tok.children):
            return True
        if any(_misread_riot(o) for o in tok.children if o.dep_ == "dobj"):
            return True
        stack.extend(c for c in tok.children if c.dep_ in {"advcl", "conj"})
    return False


def _misread_riot(obj: Token) -> bool:
    """A rioting verb the parser read as a modifier of a conjoined object ("shouted slogans and hurled stones":
    "hurled" an adjective of "stones")."""
    return any(
        a.dep_ == "amod" and a.tag_ in {"VBD", "VBN"} and a.lemma_.lower() in _riot_verbs()
        for c in obj.conjuncts
        for a in c.children
    )


@combine_passes.register("combine.protest_turned_violent.v1")
def protest_turned_violent(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A protest told with the protesters throwing or smashing things is a violent demonstration (145):
    "protesters massed at the ministry and, singing, pelted its windows with bottles"."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] != "14" or trig.code == "145":
            continue
        if _violent_turns(trig.token):
            trig.code = "145"
            trig.notes.append("turned violent")
