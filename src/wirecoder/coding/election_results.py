"""An election's result told as someone's words is no statement event: "the commission said X had won 54
percent", "officials said the ruling party took 120 seats". Results, polls and wins are not events in the
Wikinews guide; the speaker only reports a count. An accusation about the result ("said the party had rigged
the vote") is read before this (coding/alleged.py) and stays.
"""

from __future__ import annotations

from typing import Any

#: Verbs of a result: a candidate or party wins, keeps, leads or trails.
_RESULT_VERBS = frozenset(
    "win secure receive obtain take get garner capture lead trail retain sweep gain poll finish come".split()
)
#: What a result counts or names.
_RESULT_NOUNS = frozenset(
    """percent % vote votes ballot ballots seat seats election elections poll polls race runoff run-off round
    majority plurality term presidency mandate constituency constituencies district districts primary primaries
    nomination count tally landslide""".split()
)
_OBJECTS = frozenset({"dobj", "pobj", "attr", "npadvmod", "nmod", "appos", "conj", "compound"})


def _counted(tok: Any, depth: int = 0) -> bool:
    """Does ``tok`` or a noun under it (through objects and prepositions) name what a result counts?"""
    if tok.lemma_.lower() in _RESULT_NOUNS or tok.lower_ in _RESULT_NOUNS:
        return True
    if depth >= 3:
        return False
    return any(
        _counted(c, depth + 1) for c in tok.children if c.dep_ in _OBJECTS or c.dep_ == "prep" or c.dep_ == "nummod"
    )


def election_result(verb: Any) -> bool:
    """Is the clause of ``verb`` an election's result ("had won 52 percent of the vote", "took 120 seats",
    "was leading the count", "won the runoff with 54 percent")?"""
    if verb.lemma_.lower() not in _RESULT_VERBS:
        return False
    return any(_counted(c) for c in verb.children if c.dep_ in {"dobj", "prep", "attr", "npadvmod"})
