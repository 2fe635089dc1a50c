"""A statement judging an act is aimed at the act's doer: "Greece denounced the seizure of a Greek tanker by
Iranian forces" (Iran, not the tanker's Greece), "Estonia protested against what it called violations by Russian
jets" (Russia). The act is the judging verb's object, the object of one of its ``act_preps``, or what a naming
verb names ("what it called X"); its doer is the "by" phrase on the act or on the act's "of" object (where the
parser often hangs it). A named doer with a country replaces whatever target the roles found; the act's
patient ("a Greek tanker", "its diplomats") is not the one judged. Words: ``data/lexicon/judged_agents.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import frames as fr
from . import lexicon
from .constants import NOUN_POS, Token
from .registry import target_fallbacks
from .roles import Slot


@dataclass(frozen=True)
class JudgedWords:
    roots: frozenset[str]
    act_preps: frozenset[str]
    naming_verbs: frozenset[str]
    stance_nouns: frozenset[str]


@cache
def judged_words() -> JudgedWords:
    """The word lists of ``data/lexicon/judged_agents.yaml``."""
    return lexicon.word_lists("judged_agents", JudgedWords)


def _named_acts(tok: Token, words: JudgedWords) -> list[Token]:
    """What a naming verb names: "what it called X" (X), "what it described as X" (X)."""
    if tok.lemma_.lower() not in words.naming_verbs:
        return []
    named = [c for c in tok.children if c.dep_ in {"oprd", "attr", "dobj", "obj"} and c.pos_ in NOUN_POS]
    return named + fr.prep_objects(tok, "as")


def _stance_acts(tok: Token, words: JudgedWords) -> list[Token]:
    """The objects of a stance noun's ``act_preps`` ("concern over X", "alarm at X"), none for other words."""
    if tok.lemma_.lower() not in words.stance_nouns and tok.lower_ not in words.stance_nouns:
        return []
    return [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in words.act_preps for o in fr.children(p, {"pobj"})
    ]


def judged_acts(verb: Token, words: JudgedWords) -> list[Token]:
    """The nouns of the acts ``verb`` judges, in order; a stance noun's own act ("expressed concern over the
    detention": the detention) in place of the stance."""
    near = [c for c in verb.children if c.dep_ in {"dobj", "obj", "ccomp", "xcomp"}]
    near += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in words.act_preps for o in p.children]
    near = [a for tok in near for a in _stance_acts(tok, words) or [tok]]
    acts: list[Token] = []
    for tok in near:
        if tok.pos_ in NOUN_POS:
            acts.append(tok)
        else:
            acts += _named_acts(tok, words)
    return acts


def act_agents(act: Token, words: JudgedWords) -> list[Token]:
    """The "by" doers of an act noun, of its "of" object ("the seizure of a tanker by X": X), or of the naming
    verb that names it ("what it called drills by X", where the parser hangs "by" on "called")."""
    found = fr.prep_objects(act, "by") + [a for c in act.children if c.dep_ == "agent" for a in c.children]
    if not found:
        found = [a for o in fr.prep_objects(act, "of") for a in fr.prep_objects(o, "by")]
    if not found and act.head.i != act.i and act.head.lemma_.lower() in words.naming_verbs:
        found = fr.prep_objects(act.head, "by")
    return found


@target_fallbacks.register("targets.judged_agent.v1")
def judged_agent(ctx: Any, targets: list[Slot]) -> list[Slot]:
    """The named doer of the act a judging statement names, in place of the roles' target (``ctx``, a
    ``targets.TargetContext``)."""
    words = judged_words()
    if ctx.nominal or ctx.trig.code[:2] not in words.roots:
        return targets
    acts = judged_acts(ctx.token, words)
    passive = fr.children(ctx.token, {"nsubjpass", "auxpass"})
    hung = [] if passive or not acts else fr.prep_objects(ctx.token, "by")  # "by" hung on the judging verb
    for agents in [*(act_agents(a, words) for a in acts), hung]:
        found = [t for t in ctx.slots(agents) if t.participant.country and not t.pronoun]
        if found:
            return found[:1]
    return targets
