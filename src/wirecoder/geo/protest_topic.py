"""Places a protest is ABOUT, not where it is held: "marched through Berlin to protest against the war in
Gaza", "students rallied in Dhaka over a killing in Chittagong", "protesters marched after a blogger died
in custody in Kisumu". A place inside the protest's grievance (a phrase of against / over / about / for /
following, or a clause of after / because) is its topic; another place of the sentence outside such
phrases is where the protest was."""

from __future__ import annotations

from typing import Any

Token = Any

PROTEST_ROOT = "14"
_TOPIC_PREPS = frozenset({"against", "over", "about", "regarding", "concerning", "following", "after", "for", "at"})
_TOPIC_MARKS = frozenset({"after", "because", "since", "as", "when", "following"})
# Prepositions that name a grievance only before one of its words: "at the killings in X", "after the arrest
# of Y in X", but "at the embassy in X", "after Friday prayers in X" are the venue.
_GRIEVANCE_ONLY = frozenset({"for", "at", "after", "following"})
_GRIEVANCE_HEADS = frozenset(
    "war killing killings death deaths arrest arrests attack attacks massacre shooting bombing violence offensive"
    " crackdown detention murder treatment siege occupation strikes airstrikes blockade situation conflict"
    " policies policy".split()
)


def _holders(trigger: Token) -> list[Token]:
    holders = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.head.pos_ in {"VERB", "AUX"}:
        holders.append(trigger.head)  # "held a protest against X": the verb's phrases too
    if trigger.dep_ in {"xcomp", "advcl"} and trigger.head.pos_ == "VERB":
        holders.append(trigger.head)  # "marched ... to protest against X"
    for clause in [c for h in holders for c in h.children if c.dep_ in {"xcomp", "advcl"}]:
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            holders.append(clause)  # "marched through X to protest against Y": the purpose's phrases
    return holders


def topic_token_ids(trigger: Token) -> set[int]:
    """Indices of the tokens inside the grievance phrases of a protest trigger."""
    ids: set[int] = set()
    for holder in _holders(trigger):
        for child in holder.children:
            word = child.lower_
            topical = False
            if child.dep_ == "prep" and word in _TOPIC_PREPS:
                objs = [c for c in child.children if c.dep_ == "pobj"]
                grievance = any(o.lemma_.lower() in _GRIEVANCE_HEADS or o.lower_ in _GRIEVANCE_HEADS for o in objs)
                topical = word not in _GRIEVANCE_ONLY or grievance  # "after Friday prayers in X" is X
            elif child.dep_ == "advcl":
                topical = any(c.dep_ == "mark" and c.lower_ in _TOPIC_MARKS for c in child.children)
            if topical:
                ids.update(t.i for t in child.subtree)
    return ids


def in_topic(doc: Any, trigger: Token, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` of ``doc`` lie in a grievance phrase of ``trigger``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    ids = topic_token_ids(trigger)
    return all(t.i in ids for t in span)


def proper_runs(span: Any) -> list[str]:
    """The runs of proper nouns of ``span`` after an "of" or "in" ("residents of Goma", "students in
    Lahore"): the names that tell where its people are."""
    runs: list[str] = []
    current: list[str] = []
    for tok in span:
        if tok.pos_ == "PROPN" and (current or tok.i > span.start and tok.nbor(-1).lower_ in {"of", "in"}):
            current.append(tok.text)
            continue
        if current:
            runs.append(" ".join(current))
        current = []
    if current:
        runs.append(" ".join(current))
    return runs
