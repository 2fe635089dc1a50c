"""A phrase the parser hangs on the last of conjoined objects belongs to them all: in "sent 30 warplanes and
several navy ships near the island" the "near" phrase hangs on "ships", yet the warplanes were sent there too.
:func:`frame_prep_objects` reads a preposition's objects on the last conjunct of the verb's direct objects, for a
frame's preposition condition that finds none on the verb or its first object (coding/frames.py).
"""

from __future__ import annotations

from .constants import Token

_OBJ_DEPS = frozenset({"dobj", "obj"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _last_conjunct(tok: Token) -> Token | None:
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    if not conjs:
        return None
    return _last_conjunct(conjs[-1]) or conjs[-1]


def tail_prep_objects(verb: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` on the last conjunct of ``verb``'s direct objects ("A and B near X": X)."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ in _OBJ_DEPS):
        last = _last_conjunct(obj)
        if last is None:
            continue
        for p in last.children:
            if p.dep_ == "prep" and p.lower_ == prep:
                out.extend(o for o in p.children if o.dep_ == "pobj")
    return out


def frame_prep_objects(found: list[Token], verb: Token, prep: str, named: bool) -> list[Token]:
    """A frame's ``prep`` objects: ``found`` on the verb or its object, else on the objects' last conjunct; dates
    and times count only when the frame names the words it wants (``named``; "any" object is no date)."""
    objs = found or tail_prep_objects(verb, prep)
    return [o for o in objs if named or o.ent_type_ not in _TIME_ENTS]
