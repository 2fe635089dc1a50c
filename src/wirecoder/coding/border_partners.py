"""An act done on a border with another country targets that country (data: lexicon/border_partners.yaml).

"Helsinki will close crossing points on its border with Russia", "Budapest reopened the crossing points on its
border with Serbia": the verb's roles name only the crossing points, and the border they are on is named by its
other side in a "with" phrase. A named actor there whose country is not the source's is the target; "on its
border with its own province" or a border with no country named gives none. Registered as
``targets.border_partner.v1`` in :data:`wirecoder.coding.registry.target_fallbacks`.
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
    border_nouns: frozenset[str]
    on_preps: frozenset[str]
    partner_preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("border_partners", _Words)


@target_fallbacks.register("targets.border_partner.v1")
def border_partner(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named country on the other side of the border the act or its object is on, when no role named a
    target (``ctx``: a ``targets.TargetContext``)."""
    if targets or ctx.nominal:
        return targets
    words = _words()
    heads = [ctx.token, *fr.children(ctx.token, {"dobj", "obj"})]
    borders = [
        b
        for h in heads
        for p in sorted(words.on_preps)
        for b in fr.prep_objects(h, p)
        if b.lemma_.lower() in words.border_nouns or b.lower_ in words.border_nouns
    ]
    others = [o for b in borders for p in sorted(words.partner_preps) for o in fr.prep_objects(b, p)]
    own = {s.participant.country for s in ctx.sources} - {None}
    found = [
        s
        for s in ctx.slots(others)
        if s.participant.name and s.participant.country and s.participant.country not in own and not s.pronoun
    ]
    return found[:1] or targets
