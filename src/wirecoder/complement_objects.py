"""Objects the parser hangs on a verb's particle or adjective. In "a gunman shot dead two off-duty officers"
the small parser may read "officers" as the object of "dead", leaving "shot" with no object and its
subject read as the victim of a headline passive: the object is moved to the verb. Text, tokens, offsets and
entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

# A verb's adjective or particle complement that never takes an object of its own ("shot dead", "gunned down").
COMPLEMENTS = frozenset({"dead", "down"})
_COMPLEMENT_DEPS = frozenset({"acomp", "advmod", "oprd", "prt", "xcomp", "ccomp"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def reattach_complement_objects(doc: Any) -> Any:
    """``doc`` with each object of "dead" / "down" (the complement of a verb) made the verb's object."""
    moves = [
        (tok.i, tok.head.head.i)
        for tok in doc
        if tok.dep_ in _OBJECT_DEPS
        and tok.head.lower_ in COMPLEMENTS
        and tok.head.dep_ in _COMPLEMENT_DEPS
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.i != tok.head.i
    ]
    if moves:
        rehead(doc, dict(moves))
    return doc
