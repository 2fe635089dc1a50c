"""A verb's subject read as its compound: in "On 20 October, a Houthi sniper shot dead a child" the small parser
hangs "sniper" on "shot" as a compound (and "a", "Houthi" with it), so the act has no subject and no doer is
found. A finite verb has no compound noun; with no subject of its own, the noun right before it is its subject and
the words before that noun which hang on the verb (its article and modifiers, up to the sentence's opening
phrase) are the noun's. Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod"})


def reattach_compound_subjects(doc: Any) -> Any:
    """``doc`` with each subjectless finite verb's compound noun right before it made its subject."""
    for verb in list(doc):
        noun = _misread(verb)
        if noun is None:
            continue
        heads = {noun.i: verb.i}
        deps = {noun.i: "nsubj"}
        left = noun.i - 1
        while left >= verb.sent.start and doc[left].head.i == verb.i and doc[left].dep_ in _NOUN_MODIFIERS:
            heads[left] = noun.i
            left -= 1
        rehead(doc, heads, deps)
    return doc


def _misread(verb: Any) -> Any:
    """The noun read as the compound of ``verb``, a finite verb with no subject, right before it; else None."""
    if verb.tag_ not in _FINITE or verb.pos_ != "VERB" or verb.i == verb.sent.start:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    noun = verb.nbor(-1)
    if noun.dep_ != "compound" or noun.head.i != verb.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    return noun
