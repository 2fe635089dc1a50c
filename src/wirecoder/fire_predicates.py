""" "Set ablaze" / "set alight" with the burnt thing after the predicate word: in "a mob set ablaze the house of X"
the small parser reads "ablaze" as a preposition with the house its object, and in "set alight two police vehicles"
it hangs "alight" on the vehicles as a modifier, so the verb has no object and "set ablaze" no particle. The word
becomes the verb's particle and the thing burnt its direct object, as in "set the house ablaze". Text, tokens,
offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_WORDS = frozenset({"ablaze", "alight"})
_VERBS = frozenset({"set"})


def reattach_fire_predicates(doc: Any) -> Any:
    """``doc`` with each "set ablaze X" / "set alight X" read as the verb, its particle and its object."""
    for tok in list(doc):
        if tok.lower_ not in _WORDS or tok.i == 0:
            continue
        verb = doc[tok.i - 1]
        if verb.lower_ not in _VERBS or verb.pos_ != "VERB":
            continue
        if tok.head.i == verb.i and not any(c.dep_ == "dobj" for c in verb.children):
            # "set ablaze the house": the object of "ablaze"
            objs = [c for c in tok.children if c.dep_ in ("pobj", "dobj")]
            if objs:
                rehead(doc, {objs[0].i: verb.i, tok.i: verb.i}, {objs[0].i: "dobj", tok.i: "prt"})
        elif tok.head.head.i == verb.i and tok.head.dep_ in ("dobj", "pobj") and tok.head.i > tok.i:
            # "set alight two police vehicles": "alight" hung on the vehicles, the object already the verb's
            noun = tok.head
            rehead(doc, {noun.i: verb.i, tok.i: verb.i}, {noun.i: "dobj", tok.i: "prt"})
    return doc
