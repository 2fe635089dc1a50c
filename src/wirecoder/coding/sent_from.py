"""People taken in are taken from the country that sent them (data: lexicon/sent_from.yaml).

"Honduras said it would take in migrants expelled from the United States", "Ghana will readmit citizens deported
from Britain": the act's object carries a participle of sending away ("expelled", "deported", "returned") whose
"from" phrase names a country. That country, when it is not the act's source, is the act's target. People sent
from no named actor ("migrants returned from the desert") give none. Registered as ``targets.sent_from.v1`` in
:data:`wirecoder.coding.registry.target_fallbacks`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import frames as fr
from .lexicon import word_lists
from .registry import target_fallbacks
from .roles import Slot


@dataclass(frozen=True)
class _Words:
    sent_participles: frozenset[str]
    from_preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("sent_from", _Words)


@target_fallbacks.register("targets.sent_from.v1")
def sent_from(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named country people on the act's object were sent from, when no role named a target (``ctx``: a
    ``targets.TargetContext``)."""
    if targets or ctx.nominal:
        return targets
    words = _words()
    parts = [
        a
        for o in fr.children(ctx.token, {"dobj", "obj"})
        for a in o.children
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in words.sent_participles
    ]
    senders = [s for a in parts for p in words.from_preps for s in fr.prep_objects(a, p)]
    own = {s.participant.country for s in ctx.sources} - {None}
    found = [
        s
        for s in ctx.slots(senders)
        if s.participant.name and s.participant.country and s.participant.country not in own and not s.pronoun
    ]
    return found[:1] or targets
