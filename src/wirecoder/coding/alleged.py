"""What a speaker's reported clause alleges: an accusation or a denial, not a plain statement.

"The minister said the rebels had violated the truce" (or '"They are trying to destabilise the region," the
envoy said') is the minister accusing the rebels (CAMEO 112); "the group said it had no role in the bombing"
is the group denying responsibility (016). Only a sentence with no other event is read this way (as
plain statements are: coding/statements.py). Word lists: ``data/lexicon/alleged_acts.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from .constants import Token
from .lexicon import load, word_set

#: Pattern ids of the triggers read here (an accusation has a target; a denial needs none).
ACCUSATION = "alleged-wrongdoing"
DENIAL = "denied-role"
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "i", "he", "she"})


@dataclass(frozen=True)
class AllegedWords:
    """The lexicon ``alleged_acts``, read once."""

    wrongdoing: frozenset[str]
    attempts: frozenset[str]
    denial_nouns: frozenset[str]
    denial_adjectives: frozenset[str]
    accusation_code: str
    denial_code: str


@cache
def alleged_words() -> AllegedWords:
    """The word lists and codes of ``data/lexicon/alleged_acts.yaml``."""
    data = load("alleged_acts")
    return AllegedWords(
        word_set(data["wrongdoing_verbs"]),
        word_set(data["attempt_verbs"]),
        word_set(data["denial_nouns"]),
        word_set(data["denial_adjectives"]),
        str(data["accusation_code"]),
        str(data["denial_code"]),
    )


def alleged(clause: Token) -> tuple[str, str, Token | None] | None:
    """(pattern id, code, the accused) when the reported ``clause`` alleges a wrongdoing of its subject
    ("Y had violated X", "Y is trying to undermine X") or denies the speaker's role ("it had no role in X",
    "they were not involved"); None for anything else, and for a negated wrongdoing ("Y did not violate")."""
    words = alleged_words()
    subj = next(iter(fr.children(clause, {"nsubj", "nsubjpass"})), None)
    if _denies_role(clause, subj, words):
        return DENIAL, words.denial_code, None
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or _negated(clause):
        return None
    verb = clause
    for _ in range(2):  # "was trying to destabilise", "has sought to undermine"
        if verb.lemma_.lower() not in words.attempts:
            break
        nxt = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None or _negated(nxt):
            return None
        verb = nxt
    if verb.lemma_.lower() == "fail" and not any(c.dep_ == "xcomp" for c in verb.children):
        return None  # "the talks failed": no one's wrongdoing; "Y failed to protect X" is
    if verb.lemma_.lower() in words.wrongdoing:
        return ACCUSATION, words.accusation_code, subj
    return None


def according_to(tok: Token) -> Token | None:
    """X of "according to X" on a verb (``tok`` is "according"), else None."""
    if tok.lower_ != "according" or tok.head is tok or tok.head.pos_ not in {"VERB", "AUX"}:
        return None
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _denies_role(clause: Token, subj: Token | None, words: AllegedWords) -> bool:
    """'it had no role in X', 'they played no part', 'we were not involved': the speaker's own role denied."""
    if subj is None or subj.lower_ not in _SPEAKER_PRONOUNS:
        return False
    if clause.lemma_.lower() in {"have", "play"}:
        return any(
            o.lemma_.lower() in words.denial_nouns and any(d.lower_ == "no" for d in o.children)
            for o in fr.children(clause, {"dobj"})
        ) or (_negated(clause) and any(o.lemma_.lower() in words.denial_nouns for o in fr.children(clause, {"dobj"})))
    if clause.lemma_.lower() == "be" and _negated(clause):
        return any(c.lower_ in words.denial_adjectives for c in fr.children(clause, {"acomp"}))
    if clause.lower_ in words.denial_adjectives and _negated(clause):  # "was not involved" (a passive participle)
        return True
    return False
