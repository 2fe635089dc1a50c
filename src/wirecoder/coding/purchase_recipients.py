"""Goods bought for another country's state or forces target that country (data: lexicon/purchase_recipients.yaml).

"Madrid will buy howitzers for the Ukrainian army", "Ottawa will purchase drones for the Latvian armed forces":
the verb's roles name only the goods, and the "for" phrase, on the verb or on its object, names the actor the
goods are for. A named actor there whose country is not the buyer's is the target; "for its own army" (the
buyer's country) and "for local schools" (no actor) give none. Registered as ``targets.purchase_recipient.v1`` in
:data:`wirecoder.coding.registry.target_fallbacks`, after ``targets.trade_partner.v1`` (a seller comes first).
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
    buy_verbs: frozenset[str]
    recipient_preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("purchase_recipients", _Words)


@target_fallbacks.register("targets.purchase_recipient.v1")
def purchase_recipient(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named actor of another country goods are bought for, when no role named a target (``ctx``: a
    ``targets.TargetContext``)."""
    words = _words()
    if targets or ctx.nominal or ctx.token.lemma_.lower() not in words.buy_verbs:
        return targets
    heads = [ctx.token, *fr.children(ctx.token, {"dobj", "obj"})]
    found_for = [o for h in heads for p in sorted(words.recipient_preps) for o in fr.prep_objects(h, p)]
    own = {s.participant.country for s in ctx.sources} - {None}
    found = [
        s
        for s in ctx.slots(found_for)
        if s.participant.name and s.participant.country and s.participant.country not in own and not s.pronoun
    ]
    return found[:1] or targets
