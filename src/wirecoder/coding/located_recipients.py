"""Recipients of aid told by where they are: "sent blankets to families displaced in Marib", "delivered food
parcels to survivors in Idlib", "gave generators to hospitals in Kharkiv".

The people or bodies aid goes to are no actor, but the place their phrase puts them in is: the aid's target is
that place, standing for its country as CAMEO codes a recipient (YEM, SYR, UKR), not the giver's country nor a
conference's venue. Only aid and intents to give it (CAMEO 07, 033); the place must be in the recipient's own
phrase ("in X" on the noun, on a participle after it, or on its "of" object), never elsewhere in the sentence.
Registered in :data:`wirecoder.coding.registry.target_fallbacks`.
"""

from __future__ import annotations

from typing import Any

from . import frames as fr
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot

_AID_ROOTS = frozenset({"07"})
_AID_INTENTS = frozenset({"033"})  # "will send tents to survivors in X"
_LOCATING = frozenset({"in", "across", "inside"})
_MODIFIER_CLAUSES = frozenset({"acl", "relcl"})  # "families displaced in X", "people who fled to camps in X"


def _places(tok: Token) -> list[Token]:
    """The objects of a locating preposition in the recipient's own phrase."""
    holders = [tok, *fr.children(tok, _MODIFIER_CLAUSES)]
    holders += [o for p in fr.children(tok, {"prep"}) if p.lower_ == "of" for o in fr.children(p, {"pobj"})]
    return [
        o for h in holders for p in fr.children(h, {"prep"}) if p.lower_ in _LOCATING for o in fr.children(p, {"pobj"})
    ]


@target_fallbacks.register("targets.located_recipients.v1")
def located_recipients(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The country-bearing place in the phrase of an aid act's recipient that no actor stands for (``ctx``: a
    ``targets.TargetContext``)."""
    code = ctx.trig.code or ""
    if targets or ctx.nominal or (code[:2] not in _AID_ROOTS and code[:3] not in _AID_INTENTS):
        return targets
    for role in ctx.target_roles:
        for tok in fr.role_tokens(ctx.token, role):
            if tok.pos_ != "NOUN" or any(m.start <= tok.idx < m.end for m in ctx.sent_mentions):
                continue
            found = [s for s in ctx.slots(_places(tok)) if s.participant.country]
            if found:
                return found[:1]
    return targets
