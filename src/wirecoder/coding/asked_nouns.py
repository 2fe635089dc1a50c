"""Whom an appeal or demand told as a noun asks to act (registered target fallback ``targets.asked_of_noun.v1``).

"The call by the African Union for Rwanda to pull its troops out", "Ghana's demand that Togo hand over the
suspects", "the League's appeal to Iran to free the crew": the noun's own clause (an infinitive or "that" clause
the parser hangs on the noun) has a subject, and that subject is the one asked; before an infinitive the object of
the noun's "for" is ("for Rwanda to pull"). The verb form is read by targets.requested_subject.v1; this is its
nominal twin, for the roots of ``requested_act_roots`` in the pattern config. A noun with no such clause ("a call
for calm", "the demand for oil") gets no target from here.
"""

from __future__ import annotations

from . import frames as fr
from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext, named_others

_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
_CLAUSE_MARKS = frozenset({"that", "to", "for"})


@target_fallbacks.register("targets.asked_of_noun.v1")
def asked_of_noun(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The subject of the clause an appeal or demand noun asks for, or its "for" object before an infinitive."""
    tok = ctx.token
    if targets or not ctx.nominal or not ctx.sources or (ctx.trig.code or "")[:2] not in ctx.config.requested_act_roots:
        return targets
    clauses = [
        c
        for c in tok.children
        if c.dep_ in _CLAUSE_DEPS
        and c.pos_ in {"VERB", "AUX"}
        and any(m.lower_ in _CLAUSE_MARKS for m in c.children if m.dep_ in {"mark", "aux", "dobj"})
    ]
    subjects = [s for c in clauses for s in fr.children(c, {"nsubj", "nsubjpass"})]
    if any(fr.children(c, {"aux"}) for c in clauses):  # "the call for X to V"
        subjects += fr.prep_objects(tok, "for")
    return named_others(ctx, ctx.slots(subjects))[:1] or targets
