"""A speaker's belief about another actor is a statement about that actor (data: lexicon/belief_clauses.yaml).

"The Congolese president said he hoped Rwanda would keep its word": the reported clause ("he hoped ...") is about
the speaker, so coding/statements.py finds no other actor in it and codes nothing; CAMEO codes the president's
statement about Rwanda (010). When the reported clause's subject is a pronoun for the speaker and its verb is one
of belief, hope or expectation, the clause that verb governs is the one the statement is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import lexicon


@dataclass(frozen=True)
class BeliefWords:
    belief_verbs: frozenset[str]
    speaker_pronouns: frozenset[str]


@cache
def belief_words() -> BeliefWords:
    """The word lists of ``data/lexicon/belief_clauses.yaml``."""
    return lexicon.word_lists("belief_clauses", BeliefWords)


def believed_clause(said: Any) -> Any | None:
    """The clause under "he hoped" / "they believed" in a reported clause ``said``, else None."""
    words = belief_words()
    if said.lemma_.lower() not in words.belief_verbs:
        return None
    subjects = [c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) != 1 or subjects[0].lower_ not in words.speaker_pronouns:
        return None
    if any(c.dep_ == "neg" for c in said.children):
        return None  # "said he did not believe X would ...": a doubt, read as it is written
    return next((c for c in said.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}), None)
