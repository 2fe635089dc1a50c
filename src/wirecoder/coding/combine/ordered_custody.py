"""An order that someone be held is the detention, done by whoever orders it: "a court ordered him held for two
months", "the judge ordered the three journalists remanded in prison", "the magistrate ordered the suspects kept
in custody" arrest or detain (CAMEO 173, PLOVER COERCE) the one ordered held; nobody is asked to do anything, so
no demand (10x) on the person. The participle, when it codes an arrest of its own ("ordered one of them
detained"), is the same act and is folded in. "Held" and "kept" need a cue of custody (a custody noun, a stay's
length, "pending"): "the court ordered the vote held on Sunday" is no detention. Words:
``data/lexicon/ordered_custody.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: CAMEO's arrest, detain or charge.
_DETAIN = "173"
_CUSTODY_PREPS = frozenset({"in", "under", "into", "to"})


@cache
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = load("ordered_custody")
    return {k: word_set(v) for k, v in data.items() if isinstance(v, list)}


def _cued(part: Token) -> bool:
    """Does the participle tell a custody ("in detention", "for two months", "pending trial", "until trial")?"""
    w = _words()
    for tok in part.subtree:
        if tok.i <= part.i:
            continue
        low = tok.lower_
        if low in w["pending_words"]:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ in _CUSTODY_PREPS and low in w["custody_nouns"]:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "for" and low in w["stay_units"]:
            return True
    return False


def _held(part: Token) -> bool:
    """Is this participle one that puts someone in custody (``custody_verbs``, or a cued ``cued_verbs``)?"""
    if part.tag_ not in {"VBN", "VBD"}:
        return False
    w, lemma = _words(), part.lemma_.lower()
    return lemma in w["custody_verbs"] or (lemma in w["cued_verbs"] and _cued(part))


def _ordered_held(verb: Token) -> tuple[Token, Token] | None:
    """The participle and the person of "ordered X held": X the order's object with the participle as its
    clause ("ordered two protesters held in detention"), or the subject of the participle's clause ("ordered
    him held")."""
    for obj in fr.children(verb, {"dobj", "obj"}):
        for part in obj.children:
            if part.dep_ == "acl" and part.i > obj.i and _held(part):
                return part, obj
    for part in fr.children(verb, {"ccomp", "xcomp", "oprd"}):
        if part.i < verb.i or not _held(part):
            continue
        person = fr.children(part, {"nsubj", "nsubjpass"}) or fr.children(verb, {"dobj", "obj"})
        if person:
            return part, person[0]
    return None


@combine_passes.register("combine.ordered_custody.v1")
def ordered_custody(triggers: list[Trigger], ctx: CombineContext) -> None:
    """ "Ordered X held / detained / remanded": the orderer detains X (173); no demand on X."""
    verbs = _words()["order_verbs"]
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or tok.lemma_.lower() not in verbs:
            continue
        found = _ordered_held(tok)
        if found is None:
            continue
        part, person = found
        trig.code, trig.mode = _DETAIN, None
        trig.notes.append("ordered-custody")
        trig.target_from = person
        told = ctx.by_token.get(part.i)
        if told is not None and told.token.i != tok.i:
            told.suppressed = True
