"""Recipients of aid named inside the aid's own phrase: "announced a package of military aid worth 400 million
dollars for Ukraine", "unveiled a 2 billion dollar aid package to Jordan".

The parser hangs the recipient's "for" / "to" on a word of the object (the package, its worth, the sum), not on the
verb, so the pattern's verb roles find no target; an aid noun's phrase is read the same way. The first named actor with a country that such a preposition
inside the object's phrase governs is the aid's target. Only aid and intents to give it (CAMEO 07, 033); a
preposition elsewhere in the sentence is never read. Registered in
:data:`wirecoder.coding.registry.target_fallbacks`.
"""

from __future__ import annotations

from typing import Any

from . import frames as fr
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot

_AID_ROOTS = frozenset({"07"})
_AID_INTENTS = frozenset({"033"})
_RECIPIENT_PREPS = frozenset({"for", "to"})
_OBJECTS = frozenset({"dobj", "obj"})
_LOST_PHRASES = frozenset(
    {"ccomp", "acomp", "advcl"}
)  # the object's adjective ("worth ...") the parser hung on the verb


def _recipients(obj: Token) -> list[Token]:
    """Objects of a recipient's preposition anywhere in the object's phrase (not in a clause within it)."""
    out: list[Token] = []
    for tok in obj.subtree:
        if tok.dep_ == "prep" and tok.lower_ in _RECIPIENT_PREPS and tok.i != obj.i:
            if any(a.dep_ in {"relcl", "acl", "ccomp", "advcl"} for a in _between(tok, obj)):
                continue
            out.extend(fr.children(tok, {"pobj"}))
    return out


def _between(tok: Token, top: Token) -> list[Token]:
    """The heads from ``tok`` (inclusive) up to ``top`` (exclusive)."""
    chain: list[Token] = []
    while tok.i != top.i and tok.head.i != tok.i:
        chain.append(tok)
        tok = tok.head
    return chain


@target_fallbacks.register("targets.aid_recipients.v1")
def aid_recipients(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named, country-bearing recipient a "for" / "to" in an aid act's object names (``ctx``: a
    ``targets.TargetContext``)."""
    code = ctx.trig.code or ""
    if targets or (code[:2] not in _AID_ROOTS and code[:3] not in _AID_INTENTS):
        return targets
    # an aid noun is its own phrase ("announced a package of aid ... for X", the verb folded into the noun)
    tok = ctx.token
    held = [tok] if ctx.nominal else fr.children(tok, _OBJECTS)
    verb = tok if not ctx.nominal else (tok.head if tok.dep_ in _OBJECTS else None)
    if verb is not None:  # the object's "worth 400 million dollars for X" the parser hung on the verb
        held += [c for c in fr.children(verb, _LOST_PHRASES) if c.pos_ == "ADJ"]
    for obj in held:
        found = [s for s in ctx.slots(_recipients(obj)) if s.participant.name and s.participant.country]
        if found:
            return found[:1]
    return targets
