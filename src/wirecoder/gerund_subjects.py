"""A gerund subject read as a verb: in "On 10 May, fighting between the army and rebels left four dead" the small
parser tags "fighting" a verb (a clause standing as the subject), so the event noun is not found and the act has
no event. A gerund that is a finite verb's subject and takes no argument of its own (no object, subject or
auxiliary: only prepositions and modifiers, "fighting between X and Y", "shelling of the town") is the act's
noun, as "heavy fighting between ..." is read: it is given a noun's tag. "Fighting corruption is hard" (an
object) stays a verb. Text, tokens, offsets, heads and entities stay as they were."""

from __future__ import annotations

from typing import Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOUN_CHILDREN = frozenset({"prep", "amod", "det", "compound", "punct", "cc", "conj", "advmod"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def retag_gerund_subjects(doc: Any) -> Any:
    """``doc`` with each argument-less gerund subject of a finite verb tagged as a noun."""
    for tok in doc:
        if _misread(tok):
            tok.tag_, tok.pos_ = "NN", "NOUN"
            tok.lemma_ = tok.lower_
    return doc


def _misread(tok: Any) -> bool:
    if tok.tag_ != "VBG" or tok.dep_ not in _SUBJECTS or tok.head.i == tok.i:
        return False
    finite = tok.head.tag_ in _FINITE or any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ in _FINITE for c in tok.head.children
    )
    between = any(c.dep_ == "prep" for c in tok.children)  # "fighting between ...", "shelling of ..."
    return bool(finite and between and all(c.dep_ in _NOUN_CHILDREN for c in tok.children))
