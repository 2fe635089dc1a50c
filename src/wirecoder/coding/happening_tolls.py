"""The toll of an event told as happening: "fighting broke out in the north, leaving 12 dead", "clashes erupted,
killing 20 civilians". The participle clause of an outcome verb on the verb that tells the event noun as
happening (``happening_verbs`` and ``outcome_verbs`` of the quantity lexicon) holds the event's figures."""

from __future__ import annotations

from typing import Any

from .ended_tolls import ended_with


def happening_outcome(tok: Any, lex: Any) -> Any | None:
    """The participle clause of an outcome verb on the verb that tells the event noun ``tok`` (its subject)
    as happening: "leaving 12 dead" of "fighting broke out ..., leaving 12 dead"; None for anything else
    (``happening_verbs`` in the lexicon); the ending verb of "the attack ended with 16 miners dead"."""
    ended = ended_with(tok)
    if ended is not None:
        return ended
    if tok.dep_ != "nsubj" or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = tok.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    if not ({lemma, verb.lower_} | {f"{lemma} {p}" for p in particles}) & lex.happening_verbs:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.lemma_.lower() in lex.outcome_verbs
        ),
        None,
    )
