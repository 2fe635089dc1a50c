"""Work stoppages told with the bare word "strike": "doctors began an indefinite strike", "the union called a
48-hour strike", "teachers struck for a week" are protests (CAMEO 143, PLOVER PROTEST), not attacks.

The noun "strike" is an event (``strike-work-n`` in nouns.yaml) only with the marks of a work stoppage: a
striker as the actor (the subject of the verb that holds it, its possessor, a "by" agent: workers, a union,
nurses), or a mark in its own phrase ("indefinite", "48-hour", "over unpaid wages"). With a military mark ("a
retaliatory strike", "a strike on the base") or with neither, it is no strike of this kind: the verb that
launched it keeps its attack. The verb "strike" with a striker as subject and no object is a work stoppage
too ("nurses will strike on Monday"). Words: ``data/lexicon/labour_strikes.yaml``.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_STRIKE = "143"
#: Codes a verb that launches a strike may carry (PETRARCH's "launched a strike" is an attack).
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("labour_strikes")
    return {k: word_set(v) for k, v in data.items() if isinstance(v, list)}


def _low(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _people(noun: Token) -> list[Token]:
    """A noun and, through a count or group ("thousands of workers", "members of the union"), who it counts."""
    out = [noun]
    for prep in fr.children(noun, {"prep"}):
        if prep.lower_ == "of":
            out.extend(fr.children(prep, {"pobj"}))
    return out


def _strikers(heads: list[Token]) -> bool:
    words = _words()["strikers"]
    return any(_low(p) & words for h in heads for p in _people(h))


def _military(noun: Token) -> bool:
    """A military mark in the noun's phrase, or an "on" object that is no time ("a strike on the base")."""
    if any(_low(t) & _words()["military"] for t in noun.subtree if t.i != noun.i):
        return True
    for prep in fr.children(noun, {"prep"}):
        if prep.lower_ in {"on", "against"} and any(o.ent_type_ not in _TIME_ENTS for o in fr.children(prep, {"pobj"})):
            return prep.lower_ == "on" or not _marked(noun)
    return False


def _marked(noun: Token) -> bool:
    """A work-stoppage mark in the noun's own phrase ("indefinite", "48-hour", "over pay")."""
    return any(_low(t) & _words()["marks"] for t in noun.subtree if t.i != noun.i)


def _holder(noun: Token) -> Token | None:
    """The verb that holds the strike: its object ("began a strike") or, through "on", "went on strike"."""
    if noun.dep_ in {"dobj", "obj", "nsubjpass"} and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.pos_ in {"VERB", "AUX"}:
        return noun.head.head
    return None


def _labour_noun(noun: Token) -> bool:
    """Is this noun "strike" a work stoppage (see the module docstring)?"""
    if _military(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "on" and not fr.children(noun, {"det"}):
        return True  # "went on strike", "have been on strike since March"
    agents = [*fr.children(noun, {"poss", "compound"}), *fr.prep_objects(noun, "by")]
    holder = _holder(noun)
    if holder is not None:
        agents.extend(fr.children(holder, {"nsubj"}))
    return _strikers(agents) or _marked(noun)


def _told_by_protest(trig: Trigger, ctx: CombineContext) -> bool:
    """The clause verb above the noun is already the stoppage ("stopped work for a second day in a strike",
    "walked out in a strike over pay"): the noun tells the same act again."""
    tok = trig.token.head
    while tok.i != tok.head.i and tok.pos_ not in {"VERB", "AUX"}:
        tok = tok.head
    verb = ctx.by_token.get(tok.i) if tok.i != trig.token.i else None
    return verb is not None and verb.code[:2] == "14"


@combine_passes.register("combine.labour_strike.v1")
def labour_strike(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Keep the noun "strike" only as a work stoppage (others leave the sentence's triggers), and make the verb
    that holds it (or a striker's bare verb "strike") that stoppage; run it before ``combine.light_verb.v1``."""
    others = [t for t in triggers if t.pattern.id == "strike-work-n" and not _labour_noun(t.token)]
    others += [t for t in triggers if t.pattern.id == "strike-work-n" and t not in others and _told_by_protest(t, ctx)]
    for trig in others:  # no trigger at all: "a US strike killed X" stays the killing it is
        triggers.remove(trig)
        ctx.by_token.pop(trig.token.i, None)
    for trig in triggers:
        tok = trig.token
        if trig.pattern.id == "strike-work-n":
            holder = _holder(tok)
            verb = ctx.by_token.get(holder.i) if holder is not None else None
            if verb is not None and verb.code[:2] in _FORCE_ROOTS:
                verb.code = _STRIKE  # "launched an indefinite strike": the light verb of the stoppage
                verb.notes.append("work-stoppage")
        elif (
            trig.pattern.kind == "verb"
            and tok.lemma_.lower() == "strike"
            and trig.code[:2] in _FORCE_ROOTS
            and not fr.objects(tok)
            and _strikers(fr.children(tok, {"nsubj"}))
        ):
            trig.code = _STRIKE  # "nurses will strike on Monday"
            trig.notes.append("work-stoppage")
