"""Violence or an arrest told in an alleging verb's reported clause is an act of its own.

"Police officers beat a detainee to death, his family alleged", "soldiers raped several women, survivors
alleged", "the lawyer alleged that troops had tortured him": the verb of alleging is coded as an accusation
(CAMEO 112) and would absorb its clause, but the press tells the act, hedged, as it does with "said" or
"allegedly" (coding/combine/complements.py keeps acts under reporting verbs). The accusation stays listed first;
the act is freed beside it (the one-row datasets take the violence: coding/main_event.py). Only a finite clause
with its own subject, told as done (not negated, feared or to come). Words: ``alleging_verbs`` of
``data/lexicon/alleged_acts.yaml``.
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..constants import VIOLENT_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

#: Violence, coercion and arrests; not protests ("workers protested, the union alleged" tells no protest).
_FREED_ROOTS = VIOLENT_ROOTS - {"14"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@cache
def _alleging_verbs() -> frozenset[str]:
    return word_set(load("alleged_acts")["alleging_verbs"])


@combine_passes.register("combine.alleged_violence.v1")
def alleged_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Free a suppressed violent verb that is the reported clause (``ccomp``, or a clause conjoined to it) of a
    standing trigger on an ``alleging_verbs`` lemma, when the clause has its own subject and is asserted."""
    verbs = _alleging_verbs()
    for trig in triggers:
        tok = trig.token
        if not trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in _FREED_ROOTS:
            continue
        clause = _reported_clause(tok)
        if clause is None or clause.head.lemma_.lower() not in verbs:
            continue
        gov = ctx.by_token.get(clause.head.i)
        if gov is None or gov.suppressed or gov.code[:2] in _FREED_ROOTS:
            continue
        if not _own_subject(tok) or _unasserted(tok, ctx) or _unasserted(clause, ctx):
            continue
        if _held_by_other(trig, triggers, gov):
            continue
        trig.suppressed = False
        trig.notes = [n for n in trig.notes if n != "background"] + ["told"]
        if trig in gov.absorbed:
            gov.absorbed.remove(trig)


def _reported_clause(tok: Token) -> Token | None:
    """``tok`` itself when it is a ``ccomp``, or the ``ccomp`` it is conjoined to ("beat him and stole his
    phone, he alleged")."""
    if tok.dep_ == "ccomp":
        return tok
    if tok.dep_ == "conj" and tok.head.dep_ == "ccomp":
        return tok.head
    return None


def _own_subject(tok: Token) -> bool:
    """The clause names who did it or who suffered it; a conjoined verb may share its head's subject."""
    if fr.children(tok, _SUBJECTS):
        return True
    return tok.dep_ == "conj" and bool(fr.children(tok.head, _SUBJECTS))


def _unasserted(tok: Token, ctx: CombineContext) -> bool:
    flags = ctx.flags_of(tok)
    return any(flags.get(k) for k in ("negated", "hypothetical", "future"))


def _held_by_other(trig: Trigger, triggers: list[Trigger], gov: Trigger) -> bool:
    """Is the trigger folded into another violent act (its means or absorbed), not only into the accusation?"""
    return any(
        trig in t.absorbed or trig in t.means
        for t in triggers
        if t is not trig and t is not gov and t.code[:2] in _FREED_ROOTS
    )
