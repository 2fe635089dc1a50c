"""The seller of a purchase is its target (data: lexicon/trade_partners.yaml).

"Chile said it would buy two frigates from Britain", "Kenya will stop importing sugar from Uganda": the verb's
roles name only the goods, and the "from" phrase, on the verb or on its object, names the seller. A named actor
there that is not the buyer is the target; "bought grain from local farmers" names no actor and gives none.
Registered as ``targets.trade_partner.v1`` in :data:`wirecoder.coding.registry.target_fallbacks`.
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
    seller_preps: frozenset[str]


@cache
def _words() -> _Words:
    return word_lists("trade_partners", _Words)


@target_fallbacks.register("targets.trade_partner.v1")
def trade_partner(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named seller of a purchase, when no role named a target (``ctx``: a ``targets.TargetContext``)."""
    words = _words()
    if targets or ctx.nominal or ctx.token.lemma_.lower() not in words.buy_verbs:
        return targets
    own = {s.participant.start for s in ctx.sources}
    sellers = [o for p in words.seller_preps for o in fr.prep_objects(ctx.token, p)]
    found = [s for s in ctx.slots(sellers) if s.participant.name and s.participant.start not in own and not s.pronoun]
    return found[:1] or targets
