"""Things struck in a place: the place is the target. "Israeli aircraft struck targets in southern Lebanon",
"Russian missiles hit energy facilities in western Ukraine": the targets and facilities are no actor, and the
place they lie in stands for its state, as CAMEO codes a place no one else is acted on (``victim_targets``
keeps people struck as the target: "shot dead three shopkeepers in X" is no attack on X). The parser hangs the
place phrase on the object or on the verb; either is read. Registered in
:data:`wirecoder.coding.registry.target_fallbacks`.

Words: ``data/lexicon/struck_places.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import frames as fr
from .constants import Token
from .lexicon import word_lists
from .registry import target_fallbacks
from .roles import Slot


@dataclass(frozen=True)
class _Words:
    roots: frozenset[str]
    things: frozenset[str]
    preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("struck_places", _Words)


def _place_tokens(holders: list[Token], preps: frozenset[str]) -> list[Token]:
    """The proper nouns in the objects of the place prepositions on ``holders``, in text order."""
    objs = [o for h in holders for p in fr.children(h, {"prep"}) if p.lower_ in preps for o in fr.children(p, {"pobj"})]
    return [t for o in objs for t in o.subtree if t.pos_ == "PROPN"]


@target_fallbacks.register("targets.struck_places.v1")
def struck_places(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The country-bearing place where the things a violent act struck lie (``ctx``: a ``targets.TargetContext``)."""
    words = _words()
    if targets or ctx.nominal or (ctx.trig.code or "")[:2] not in words.roots:
        return targets
    verb = ctx.token
    things = [
        o
        for d in fr.children(verb, {"dobj", "obj"})
        for o in fr.with_conjuncts(d)
        if o.pos_ == "NOUN" and o.lemma_.lower() in words.things
    ]
    if not things:
        return targets
    own = {s.participant.country for s in ctx.sources if s.participant.country}
    for tok in _place_tokens([*things, verb], words.preps):
        found = [
            s
            for s in ctx.slots([tok])
            if s.mention is not None and s.mention.kind == "place" and s.participant.country not in (own | {None})
        ]
        if found:
            return found[:1]
    return targets
