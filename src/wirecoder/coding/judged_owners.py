"""A speaker judging someone's act or words in a reported clause aims at its owner (data: lexicon/judged_owners.yaml).

"Ethiopian officials said that Mogadishu's move was a provocation" criticises Mogadishu; "the rebels said the
army's claims were lies" denies the army; "said the decision of the court was a farce" aims at the court. The
clause said is the trigger's first ``ccomp``; its subject is a thing (not a person or a pronoun) whose owner is
a possessive ("X's move") or, for a judged or owned thing, an "of" object ("the ruling of X"). The owner is the
target when it is an actor (or a name) and not the speaker itself; an event with a target of its own keeps it,
and a clause whose subject is a plain thing with no owner ("said the drills were a provocation") stays aimed at
no one. Registered in :data:`wirecoder.coding.registry.target_fallbacks` as ``targets.judged_owner.v1``.
"""

from __future__ import annotations

from functools import cache

from . import frames as fr
from .accused_targets import _slots
from .constants import Token
from .judged_acts import judged_act_words
from .lexicon import load, word_set
from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("judged_owners")
    return frozenset(map(str, data["roots"])), frozenset(map(str, data["codes"])), word_set(data["owned_things"])


def clause_owners(verb: Token) -> list[Token]:
    """The owners of the subject of the clause ``verb`` reports ("said that X's move was ..."): X."""
    clause = fr.children(verb, {"ccomp"})[:1]
    subjects = [t for c in clause for t in fr.children(c, {"nsubj"}) if t.pos_ == "NOUN"]
    owners = [o for s in subjects for o in fr.children(s, {"poss"}) if o.pos_ in {"PROPN", "NOUN"}]
    if owners:
        return owners
    things = judged_act_words().judged_things | _words()[2]
    return [o for s in subjects if s.lemma_.lower() in things or s.lower_ in things for o in fr.prep_objects(s, "of")]


@target_fallbacks.register("targets.judged_owner.v1")
def judged_owner(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The owner of the act or words a speaker judges, for a disapproval or denial with no target of its own."""
    roots, codes, _ = _words()
    code = ctx.trig.code
    if targets or not ctx.sources or ctx.nominal or (code[:2] not in roots and code not in codes):
        return targets
    if ctx.token.lemma_.lower() not in ctx.config.statement_verbs:
        return targets
    owners = clause_owners(ctx.token)
    return _slots(ctx, owners)[:1] or targets
