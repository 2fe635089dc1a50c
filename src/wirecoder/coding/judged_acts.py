"""An act judged in a reported clause is the speaker's disapproval (data: lexicon/judged_acts.yaml).

"The foreign ministry said the attack was a deliberate attempt to derail the talks", "the union said the ban was
illegal", '"This arrest is an attack on democracy," his spokesman said': the clause says nothing new happened; it
judges an act, so the speaker criticizes (CAMEO 111, PLOVER ACCUSE). The act is the clause's subject, an event noun
or one of ``judged_things``; the judgement its predicate: a noun of ``judging_nouns`` ("a violation of ..."), a
plain noun with a judging adjective ("a hostile act"), a judging adjective ("illegal"), or "part of a campaign to
...". The criticism is aimed at the act's owner when the clause names one ("Russia's attack was a violation"),
else at no one. coding/statements.py reads it only in a sentence with no other event, and only with a named
speaker (:func:`statements.unspoken`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from . import lexicon
from .constants import Token

#: The pattern id of a judged act.
JUDGED_ACT = "judged-act"


@dataclass(frozen=True)
class JudgedActWords:
    judged_things: frozenset[str]
    judging_nouns: frozenset[str]
    plain_nouns: frozenset[str]
    judging_adjectives: frozenset[str]
    part_heads: frozenset[str]
    part_words: frozenset[str]


@cache
def judged_act_words() -> JudgedActWords:
    """The word lists of ``data/lexicon/judged_acts.yaml``."""
    return lexicon.word_lists("judged_acts", JudgedActWords)


@cache
def judged_act_code() -> str:
    """The CAMEO code of a judged act (``code``)."""
    return str(lexicon.load("judged_acts")["code"])


def judged_act(clause: Token, event_nouns: frozenset[str] = frozenset()) -> tuple[str, Token] | None:
    """(code, the act's owner, else the act itself: no actor, so no target, and not the one told "told
    reporters") when the reported ``clause`` judges an act ("the attack was a deliberate
    attempt to ...", "the ban is illegal"); None otherwise, and for a negated judgement ("was not illegal")."""
    words = judged_act_words()
    if clause.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in clause.children):
        return None
    subj = next(iter(fr.children(clause, {"nsubj"})), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    lemma = subj.lemma_.lower()
    if lemma not in words.judged_things and lemma not in event_nouns and subj.lower_ not in words.judged_things:
        return None
    preds = fr.children(clause, {"attr", "acomp"})
    if not any(_judging(p, words) for p in preds):
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ in {"PROPN", "NOUN"}), None)
    return judged_act_code(), owner if owner is not None else subj


def _judging(pred: Token, words: JudgedActWords) -> bool:
    """Does the predicate judge: a judging noun or adjective, a plain noun with a judging adjective, or "part of
    a campaign"?"""
    lemma = pred.lemma_.lower()
    mods = {c.lemma_.lower() for c in pred.children if c.dep_ in {"amod", "advmod"}}
    if pred.pos_ == "ADJ":
        return lemma in words.judging_adjectives or _phrase(pred, words.judging_adjectives)
    if lemma in words.judging_nouns or _phrase(pred, words.judging_nouns):
        return True
    if lemma in words.plain_nouns:
        return bool(mods & words.judging_adjectives)
    if lemma in words.part_words:
        return any(
            o.lemma_.lower() in words.part_heads
            for p in fr.children(pred, {"prep"})
            if p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        )
    return False


def _phrase(pred: Token, phrases: frozenset[str]) -> bool:
    """Is the predicate with its modifier or "of" phrase a listed phrase ("act of aggression", "politically
    motivated", "war crime")?"""
    left = " ".join(t.lower_ for t in pred.lefts if t.dep_ in {"compound", "advmod"})
    of = [o.lower_ for p in fr.children(pred, {"prep"}) if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    forms = {f"{left} {pred.lower_}".strip()} | {f"{pred.lower_} of {o}" for o in of}
    return bool(forms & phrases)
