""" "Neighbouring" read as a verb: in "Ethiopia accused neighbouring Eritrea on Sunday of arming rebels" the small
parser makes "neighbouring" a complement clause of "accused", with Eritrea its object and the rest of the sentence
its phrases, so the accusation loses its target. The country becomes the verb's object again, "neighbouring" its
modifier, and the phrases go back to the verb. Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_WORDS = frozenset({"neighbouring", "neighboring"})
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})


def reattach_neighbour_modifiers(doc: Any) -> Any:
    """``doc`` with each "<verb> neighbouring <Name>" read as a clause mended."""
    for tok in doc:
        if tok.lower_ not in _WORDS or tok.dep_ not in _CLAUSE_DEPS or tok.head.pos_ not in {"VERB", "AUX"}:
            continue
        if tok.i + 1 >= len(doc):
            continue
        name = doc[tok.i + 1]
        if name.head.i != tok.i or name.dep_ not in {"dobj", "obj"} or name.pos_ != "PROPN":
            continue
        verb = tok.head
        heads = {name.i: verb.i, tok.i: name.i}
        heads.update({c.i: verb.i for c in tok.children if c.i != name.i})
        rehead(doc, heads, {name.i: "dobj", tok.i: "amod"})
    return doc
