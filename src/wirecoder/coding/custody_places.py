"""A judged act of custody or justice is aimed at the country where it was done (data: lexicon/custody_places.yaml).

"Italy condemned the arrest of two Italian aid workers in Iran", "Sweden condemned the jailing of a Swedish
citizen in Iran", "the State Department welcomed the release of four Americans held in Venezuela": only a state
arrests, jails, tries, frees or deports people on its soil, so when the act names no doer ("by X",
targets.judged_agent.v1) the country it happened in is the one that acted and the statement's target, not the
people's own country (the act's patient). The place is a country-bearing place phrase on the act, on its "of"
object, or on a participle telling where those people were held or sent ("held in X", "taken to X"). A place of
the speaker's own country is not read ("Turkey condemned the arrest of protesters in Istanbul" keeps its roles'
target), nor a target the roles found outside the act. Violent acts are left to judged_victims: a place
attacked does not tell who attacked it. Registered in :data:`wirecoder.coding.registry.target_fallbacks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import frames as fr
from .constants import Token
from .judged_agents import act_agents, judged_acts, judged_words
from .lexicon import word_lists
from .registry import target_fallbacks
from .roles import Slot


@dataclass(frozen=True)
class _Words:
    roots: frozenset[str]
    acts: frozenset[str]
    preps: frozenset[str]
    held_participles: frozenset[str]
    held_preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("custody_places", _Words)


def _objects(holder: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``holder``'s prepositions in ``preps``."""
    return [o for p in fr.children(holder, {"prep"}) if p.lower_ in preps for o in fr.children(p, {"pobj"})]


def place_tokens(act: Token, words: _Words) -> list[Token]:
    """The proper nouns of the place phrases telling where ``act`` was done, in order: on the act, on its "of"
    objects, then on the participles on those objects that tell where they were held or sent."""
    people = [x for o in _objects(act, frozenset({"of"})) for x in fr.with_conjuncts(o)]
    objs = _objects(act, words.preps) + [o for p in people for o in _objects(p, words.preps)]
    for person in people:
        for part in fr.children(person, {"acl", "relcl"}):
            if part.lemma_.lower() in words.held_participles and part.tag_ == "VBN":
                objs += _objects(part, words.held_preps)
    return [t for o in objs for t in o.subtree if t.pos_ == "PROPN"]


def _inside(slot: Slot, act: Token) -> bool:
    """Does ``slot`` stand inside the act's phrase (its patient), or nowhere in the text?"""
    if slot.mention is None:
        return True
    right = act.right_edge
    return act.left_edge.idx <= slot.mention.start < right.idx + len(right)


@target_fallbacks.register("targets.custody_place.v1")
def custody_place(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The country where a judged act of custody or justice with no named doer was done, in place of its
    patient (``ctx``: a ``targets.TargetContext``)."""
    words = _words()
    if ctx.nominal or (ctx.trig.code or "")[:2] not in words.roots:
        return targets
    own = {s.participant.country for s in ctx.sources if s.participant.country}
    for act in judged_acts(ctx.token, judged_words()):
        if act.pos_ != "NOUN" or act.lemma_.lower() not in words.acts or act_agents(act, judged_words()):
            continue
        if any(not _inside(t, act) and t.participant.country not in own for t in targets):
            return targets
        for tok in place_tokens(act, words):
            found = [
                s
                for s in ctx.slots([tok])
                if s.mention is not None
                and (s.mention.kind == "place" or s.mention.via == "country")  # a bare country name is a place here
                and s.participant.country not in (own | {None})
            ]
            if found:
                return found[:1]
    return targets
