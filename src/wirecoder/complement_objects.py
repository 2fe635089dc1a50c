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
    """``doc`` with each object of "dead" / "down" (the complement of a verb) made the verb's object; "dead"
    read as a preposition ("shot dead a child": "child" its object) gives its object to the verb as well."""
    moves = [
        (tok.i, tok.head.head.i)
        for tok in doc
        if (_complement_object(tok) or _dead_preposition_object(tok))
        and tok.head.head.pos_ == "VERB"
        and tok.head.head.i != tok.head.i
    ]
    moves += [(tok.i, tok.head.i) for tok in doc if _adverbial_after_complement(tok)]
    if moves:
        rehead(doc, dict(moves), {i: "dobj" for i, _ in moves})
    return doc


def _complement_object(tok: Any) -> bool:
    return bool(tok.dep_ in _OBJECT_DEPS and tok.head.lower_ in COMPLEMENTS and tok.head.dep_ in _COMPLEMENT_DEPS)


def _adverbial_after_complement(tok: Any) -> bool:
    """The noun right after a verb's "dead" / "down" read as the verb's adverbial ("shot dead a fisherman":
    "fisherman" a noun adverb of "shot"), the verb having no object: it is the object."""
    verb = tok.head
    if tok.dep_ != "npadvmod" or tok.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB" or tok.i < verb.i:
        return False
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > verb.i else None
    return bool(
        before is not None
        and before.lower_ in COMPLEMENTS
        and before.head.i == verb.i
        and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)
    )


def _dead_preposition_object(tok: Any) -> bool:
    """ "dead" is no preposition ("down" is: "walked down the road")."""
    return bool(tok.dep_ in {"pobj", *_OBJECT_DEPS} and tok.head.lower_ == "dead" and tok.head.dep_ == "prep")
