"""A to-infinitive parsed as an adverbial clause after a date is the verb's complement.

"The army chief vowed on Monday to fight on": with "on Monday" between them, the parser reads "to fight" as an
adverbial clause (advcl) of "vowed", where "vowed to fight" has it as the complement (xcomp). A bare to-infinitive
(no subject, no "in order", no conjunction) right after a time phrase of the same verb is read as the complement,
so the verb's frames and the complement passes see it ("threatened on Tuesday to close the strait"). A purpose
clause after an object ("sent troops on Monday to help") keeps its reading: an object before it rules it out.
"""

from __future__ import annotations

from typing import Any

_TIME_ENTS = frozenset({"DATE", "TIME"})
_OBJECTS = frozenset({"dobj", "obj", "dative"})


def dated_infinitives(tok: Any) -> list[Any]:
    """The to-infinitive adverbial clauses of ``tok`` that come right after a time phrase of ``tok``."""
    out: list[Any] = []
    for clause in tok.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VB" or clause.i < tok.i:
            continue
        kids = list(clause.children)
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) or any(
            c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in kids
        ):
            continue
        between = [c for c in tok.children if tok.i < c.i < clause.i]
        if any(c.dep_ in _OBJECTS for c in between) or not any(_time_phrase(c) for c in between):
            continue
        out.append(clause)
    return out


def _time_phrase(tok: Any) -> bool:
    """A date or time modifier: "on Monday", "last week", "on Tuesday evening"."""
    if tok.dep_ == "prep":
        return any(o.ent_type_ in _TIME_ENTS for o in tok.children if o.dep_ == "pobj")
    return tok.dep_ in {"npadvmod", "advmod"} and tok.ent_type_ in _TIME_ENTS
