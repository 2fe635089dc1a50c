"""Whom an appeal asks, named as its object or its "on" object ("urged allies to ...", "called on donors to ..."):
the complement's object is then what they are asked for, not the appeal's target."""

from __future__ import annotations

from . import frames as fr
from .constants import NOUN_POS, Token


def addressed(tok: Token) -> bool:
    """The appeal names whom it asks, as its object or "on" object ("urged allies", "called on donors"): its
    complement's object is then what they are asked for or to act on, not the appeal's target."""
    asked = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.pos_ in NOUN_POS]
    on = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"on", "upon"} for o in fr.children(p, {"pobj"})]
    asked = [a for a in asked + on if a.ent_type_ not in {"DATE", "TIME"}]  # "threatened on Monday to ...": a day
    return any(a.i < c.i for a in asked for c in fr.complements(tok))
