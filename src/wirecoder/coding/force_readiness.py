"""Readiness to act by force is a threat of it: "X said it was ready to defend its territory by every means",
"the army stands prepared to use all its strength to expel Y" (CAMEO 138), not an intent to cooperate (03x).

The combine pass for intents (combine/complements.py) asks :func:`forceful_readiness` when an intent governor
turns an act into an intent, and the future rule asks :func:`forceful_future` of an act told in the future ("will
defend X by all available means"); words: ``data/lexicon/force_readiness.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import lexicon
from .constants import Token

#: CAMEO's "Threaten with military force".
FORCE_THREAT = "138"


@dataclass(frozen=True)
class ReadinessWords:
    governors: frozenset[str]
    kept_roots: frozenset[str]
    phrases: frozenset[str]
    defence_verbs: frozenset[str]
    own_defended: frozenset[str]
    own_owners: frozenset[str]
    recipient_preps: frozenset[str]


@cache
def readiness_words() -> ReadinessWords:
    """The word lists of ``data/lexicon/force_readiness.yaml``."""
    return lexicon.word_lists("force_readiness", ReadinessWords)


@cache
def _phrase_re() -> re.Pattern[str]:
    phrases = sorted(readiness_words().phrases, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b")


def forceful_readiness(act: Token, code: str, governor: Token) -> bool:
    """Is ``governor`` a readiness word and does the readied act (of CAMEO ``code``, not help or talks) say force
    in its clause, from the governor to the end of the act's own words ("ready to respond with full force",
    "prepared to defend X by every means")?"""
    words_ = readiness_words()
    if governor.lemma_.lower() not in words_.governors or code[:2] in words_.kept_roots:
        return False
    start, end = governor.i, max(act.right_edge.i, governor.right_edge.i if governor.i < act.i else act.i)
    words = act.doc[start : end + 1].text.lower()
    return _phrase_re().search(words) is not None


def forceful_future(act: Token, code: str) -> bool:
    """Does a future act (of CAMEO ``code``, not help or talks) say force in its own words ("Baku will defend its
    sovereignty by all available means", "the army will protect the border with full force")?"""
    if code[:2] in readiness_words().kept_roots:
        return False
    return _phrase_re().search(_means_words(act)) is not None or own_defence(act)


def _means_words(act: Token) -> str:
    """The act's words, lower case, without the phrases naming whom it is for ("will buy shells for the Ukrainian
    armed forces": the armed forces are the goods' recipients, no force used)."""
    preps = readiness_words().recipient_preps
    heads = [act, *(c for c in act.children if c.dep_ in {"dobj", "obj"})]
    hidden = {t.i for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in preps for t in p.subtree}
    return " ".join(t.lower_ for t in act.doc[act.left_edge.i : act.right_edge.i + 1] if t.i not in hidden)


def own_defence(act: Token) -> bool:
    """Is ``act`` defending the speaker's own self or state ("would defend itself", "will protect its
    sovereignty", "defend the country's borders"), not another's ("defend Ukraine's sovereignty")?"""
    words = readiness_words()
    if act.lemma_.lower() not in words.defence_verbs:
        return False
    for obj in act.children:
        if obj.dep_ not in {"dobj", "obj"} or obj.lemma_.lower() not in words.own_defended:
            continue
        owners = [c for c in obj.children if c.dep_ == "poss"]
        if all(o.lower_ in words.own_owners or o.lemma_.lower() in words.own_owners for o in owners):
            return True
    return False
