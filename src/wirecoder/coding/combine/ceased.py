"""Violence told as stopping is no attack: "we have to stop attacking each other", "the militia ceased shelling
the town", "refrained from firing on the crowd" (the act named stops or is held back). Words: the lexicon
``ceased_acts`` (``data/lexicon/ceased_acts.yaml``).
"""

from __future__ import annotations

from functools import cache

from ..constants import VIOLENT_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("ceased_acts")
    return word_set(data["stop_verbs"]), word_set(data["stop_preps"])


@cache
def _noun_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("ceased_acts")
    return word_set(data["noun_stop_verbs"]), word_set(data["noun_stop_nouns"]), word_set(data["duration_nouns"])


def stopped_noun(tok: Token) -> bool:
    """The violence noun ``tok`` is what an ending verb or "an end to" stops ("ending months of fighting")."""
    verbs, nouns, spans = _noun_words()
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in spans:
        tok = tok.head.head  # "months of fighting": the span stands for the violence
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() in verbs
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in nouns and head.head.pos_ == "NOUN"
    return False


def stopped(tok: Token) -> bool:
    """``tok`` is the act a stopping verb governs: its complement, or the object of its "from" phrase."""
    verbs, preps = _words()
    head = tok.head
    if tok.dep_ in {"xcomp", "ccomp"} and tok.tag_ in {"VBG", "VB"}:
        return head.i != tok.i and head.lemma_.lower() in verbs
    if tok.dep_ == "pcomp" and head.lower_ in preps:
        return head.head.lemma_.lower() in verbs
    return False


@combine_passes.register("combine.ceased_act.v1")
def ceased_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent act (CAMEO 18-20) told as what stops is no event of its own (a verb's, or a noun's)."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if stopped_noun(trig.token) if trig.pattern.kind == "noun" else stopped(trig.token):
            trig.suppressed = True
            trig.notes.append("ceased")
