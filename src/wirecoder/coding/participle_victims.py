"""The people an attack killed or wounded, told in a participle or relative clause after it, as its target.

"Militants stormed a school in Kunduz, wounding eight pupils", "an air strike hit a market, killing 12
shoppers", "a blast that killed four soldiers": the act's own object is a thing or place (no actor) or
it has none, and the ones harmed are the object of the harming verb hung on it. They are the target: an
actor the text names ("four soldiers": the state's forces), else the people as victims
(``victim_targets``: civilians of the place's country). Only when no fallback before found a target.
"""

from __future__ import annotations

from . import frames as fr
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext
from .victim_targets import HARM_ROOTS, _victim

# Verbs that harm the people they take as object ("killing three", "that wounded 12").
HARM_VERBS = frozenset({"kill", "wound", "injure", "maim", "hurt", "slay", "murder", "behead", "abduct", "kidnap"})
_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "relcl", "acl", "conj"})


def harmed_objects(tok: Token) -> list[Token]:
    """Objects of a harming participle or relative clause hung on ``tok`` ("..., killing three drivers"; "the
    blast that killed four soldiers"): the participle must be a gerund or the relative clause's own verb. An
    act of force told as the subject of a verb ("gunfire killed a boy", "a blast tore through the station,
    killing nine") harmed the objects of that verb or of its participle."""
    found = _clause_objects(tok)
    if not found and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
        verb = tok.head
        if verb.lemma_.lower() in HARM_VERBS:
            found = fr.children(verb, {"dobj", "obj"})
        found = found or _clause_objects(verb)
    return found


def _clause_objects(tok: Token) -> list[Token]:
    found: list[Token] = []
    for clause in tok.children:
        if clause.dep_ not in _CLAUSE_DEPS or clause.lemma_.lower() not in HARM_VERBS:
            continue
        if clause.dep_ in {"advcl", "xcomp", "conj"} and clause.tag_ != "VBG":
            continue  # "attacked the base and killed ..." is a clause of its own, coded by itself
        if clause.dep_ == "acl" and clause.tag_ != "VBG":
            continue  # "the man killed in the raid": a passive participle, its noun the victim already
        found += fr.children(clause, {"dobj", "obj"})
    return found


@target_fallbacks.register("targets.participle_victims.v1")
def participle_victims(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The people a harming participle or relative clause of the act names, when the act has no target."""
    if targets or ctx.trig.code[:2] not in HARM_ROOTS:
        return targets
    for obj in harmed_objects(ctx.token):
        named = ctx.slots([obj])
        if named:
            return named
        victim = _victim(ctx, obj)
        if victim is not None:
            return [victim]
    return targets
