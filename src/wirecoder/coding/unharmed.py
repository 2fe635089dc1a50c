"""A sentence that says no one was harmed is no retelling of the attack (data: lexicon/unharmed.yaml).

After "Rebels fired rockets at Goma", the sentences "No injuries were reported" and "Nobody was hurt in the
attack" say the attack harmed no one; coding/aftermath.py would read their harm word as a wound told of the
attack and code it again. A harm noun with a denying determiner ("no injuries", "no casualties") or a harm verb
whose subject denies ("nobody was hurt", "no one was injured") marks such a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import lexicon


@dataclass(frozen=True)
class UnharmedWords:
    negators: frozenset[str]
    harm_verbs: frozenset[str]
    harm_nouns: frozenset[str]


@cache
def unharmed_words() -> UnharmedWords:
    """The word lists of ``data/lexicon/unharmed.yaml``."""
    return lexicon.word_lists("unharmed", UnharmedWords)


def _denying(tok: Any, words: UnharmedWords) -> bool:
    """Is ``tok`` a denying word, or a noun a denying determiner governs ("no one")?"""
    if tok.lower_ in words.negators:
        return True
    return any(c.dep_ == "det" and c.lower_ in words.negators for c in tok.children)


def denies_harm(span: Any) -> bool:
    """Does the sentence ``span`` say no one was harmed ("No injuries were reported", "Nobody was hurt")?"""
    words = unharmed_words()
    for tok in span:
        lemma = tok.lemma_.lower()
        if lemma in words.harm_nouns and any(c.dep_ == "det" and c.lower_ in words.negators for c in tok.children):
            return True
        if lemma in words.harm_verbs or tok.lower_ in words.harm_verbs:
            if any(c.dep_ in {"nsubj", "nsubjpass"} and _denying(c, words) for c in tok.children):
                return True
    return False
