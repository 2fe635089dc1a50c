"""Conjoined subjects of a bilateral act act on each other: "Chile and Peru restored diplomatic relations",
"Indian and Chinese commanders held talks" (CHL->PER and PER->CHL; IND->CHN and CHN->IND).

The Wikinews coders (and CAMEO) read an act that two parties can only do with each other as each one's act
towards the other. The trigger words of such acts are config data (``mutual_acts``): the ties between the two
(restored, resumed, normalised, reopened) and talks. Deals ("agreed", "signed a pact") are left out: allies
agree and sign together towards others, and the PLOVER GSR codes "A and B agreed" with no target; but a deal to
do a bilateral act ("A and B agreed to resume talks") is between the two as that act is. An act that
names a third country's actor or place ("A and B reopened their embassies in Damascus") is not between the two,
and an act with a target keeps it; but the venue of talks or a meeting ("A and B agreed to meet in Almaty", "will
hold talks in Luanda": a place after ``venue_preps`` hung on the talks) only says where the two talk (round 47). Registered in :data:`wirecoder.coding.registry.target_fallbacks`
(targets.mutual_subjects.v1), after targets.meeting_counterparts.v1.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from . import lexicon
from .registry import target_fallbacks
from .roles import Slot


def _distinct(sources: list[Slot]) -> bool:
    """Two or more sources that are different actors of known countries."""
    countries = {s.participant.country for s in sources}
    return len(sources) > 1 and None not in countries and len(countries) == len(sources)


@cache
def _talk_words() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("mutual_acts").get("talks"))


@cache
def _venue_preps() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("mutual_acts").get("venue_preps"))


def _venue(ctx: Any, m: Any, talks: set[int]) -> bool:
    """Whether a mention is the place where the two talk: the object of a venue preposition ("in", "at") hung on
    the talks or meeting (``talks``: token indices of the talk words of the act)."""
    if m.head is None or not talks:
        return False
    head = ctx.token.doc[m.head]
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ in _venue_preps() and prep.head.i in talks


def _talk_tokens(ctx: Any) -> set[int]:
    """The token indices of the act's talk words: the trigger, its word, the acts it agrees to and their objects
    ("agreed to hold talks", "agreed to meet"), and a verb they are the object of ("hold talks")."""
    tok = ctx.token
    toks = [tok, *([ctx.trig.word] if ctx.trig.word is not None else [])]
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    toks += acts + [o for a in acts for o in a.children if o.dep_ in {"dobj", "obj"}]
    words = _talk_words()
    found = {t.i for t in toks if t.lemma_.lower() in words or t.lower_ in words}
    for t in toks:  # "hold talks in Luanda": the venue hangs on the verb of the talks
        if t.i in found and t.dep_ in {"dobj", "obj"}:
            found.add(t.head.i)
    return found


def _third_party(ctx: Any, countries: set[str]) -> bool:
    """Whether the clause of the act names an actor or place of a country that is not one of the sources', other
    than the venue of their talks."""
    tok = ctx.token
    clause = tok if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i else tok.head
    lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    talks = _talk_tokens(ctx)
    for m in ctx.sent_mentions:
        country = m.actor.country if m.actor is not None else None
        if country and country not in countries and lo <= m.start and m.end <= hi and not _venue(ctx, m, talks):
            return True
    return False


def _by_agents(ctx: Any) -> bool:
    """Whether a source is the agent of a passive ("The talks were hosted by Norway and Qatar"): the hosts of
    the act, not its parties."""
    doc = ctx.token.doc
    for s in ctx.sources:
        head = s.mention.head if s.mention is not None else s.head
        if head is not None and any(a.dep_ == "agent" for a in doc[head].ancestors):
            return True
    return False


def _agreed_act(tok: Any) -> set[str]:
    """The lemmas of the act a deal's verb agrees to do, and of that act's object: "A and B agreed to resume
    talks" agrees to a bilateral act (resume, talks), so it is between the two as the act is."""
    acts = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return {w.lemma_.lower() for a in acts for w in [a, *(o for o in a.children if o.dep_ in {"dobj", "obj"})]}


@target_fallbacks.register("targets.mutual_subjects.v1")
def mutual_subjects(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """Every conjoined source as a target too, so each is coded acting on each other one (events pair each
    source with each target that is not itself); only when no target was found and the trigger is a bilateral
    act (``ctx``: a ``targets.TargetContext``)."""
    if targets or not _distinct(ctx.sources):
        return targets
    frame = ctx.trig.frame
    if frame is not None and frame.mutual:
        return targets  # a PETRARCH mutual frame pairs them already
    words = {ctx.token.lemma_.lower()}
    if ctx.trig.word is not None:  # "a round of talks": the trigger word, not the noun it modifies
        words.add(ctx.trig.word.lemma_.lower())
    words |= _agreed_act(ctx.token)
    if not words & ctx.config.mutual_acts:
        return targets
    if _third_party(ctx, {str(s.participant.country) for s in ctx.sources}) or _by_agents(ctx):
        return targets
    return list(ctx.sources)
