"""A suspicion word read as the main verb: in "On 3 May, suspected Kuki militants fired on farmers" the small
parser makes "suspected" the sentence's verb with no subject and the act its clausal complement, so the act
hangs under a verb of belief and is read as unreal. With no subject of its own and the act's subject right
after it, the word is an adjective of that subject: the act becomes the head of the sentence and takes the
word's other dependents (the date phrase, the punctuation). Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_WORDS = frozenset({"suspected", "alleged", "presumed", "purported"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reattach_suspect_modifiers(doc: Any) -> Any:
    """``doc`` with each subjectless suspicion verb whose complement's subject follows it made that subject's
    adjective."""
    for tok in list(doc):
        mend = _misread(tok)
        if mend is None:
            continue
        act, subject = mend
        root = tok.head.i == tok.i
        heads = {act.i: act.i if root else tok.head.i, tok.i: subject.i}
        deps = {act.i: "ROOT" if root else tok.dep_, tok.i: "amod"}
        for child in tok.children:
            if child.i != act.i:
                heads[child.i] = act.i
        rehead(doc, heads, deps)
    return doc


def _misread(tok: Any) -> tuple[Any, Any] | None:
    """(the act, its subject) when ``tok`` is a suspicion word misread as a subjectless verb, else None."""
    if tok.lower_ not in _WORDS or tok.pos_ != "VERB" or any(c.dep_ in _SUBJECTS for c in tok.children):
        return None
    for act in (c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}):
        subject = next((c for c in act.children if c.dep_ in _SUBJECTS), None)
        if subject is not None and subject.left_edge.i == tok.i + 1:
            return act, subject
    return None
