"""Target fallbacks that read whom a threat or a protest is aimed at from the clause that states it.

A threat's condition names the party it presses: "X threatened to quit the talks unless Y withdraws its
troops" (Y). A protest's purpose or grievance names whom it is against: "farmers blocked roads to protest
the government's price cuts", "a hunger strike in protest at the arrests by the police" (the owner or
agent of the grievance). Registered in :data:`wirecoder.coding.registry.target_fallbacks`.
"""

from __future__ import annotations

from .constants import Token
from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext, named_others
from .triggers import is_light_verb

THREAT_ROOT = "13"
PROTEST_ROOT = "14"
CONDITION_MARKS = frozenset({"if", "unless"})
# "in protest of/at/against X", "against X": the grievance; "to protest X", "to demand ... from X": the purpose.
GRIEVANCE_NOUNS = frozenset({"protest", "opposition", "response", "anger", "outrage", "defiance"})


@target_fallbacks.register("targets.condition_subject.v1")
def condition_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A threat's "if"/"unless" clause, on the threat or on what it threatens to do: its subject."""
    if targets or not ctx.sources or ctx.trig.code[:2] != THREAT_ROOT:
        return targets
    heads = [ctx.token, *_complement_chain(ctx.token)]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in clause.children
            ):
                continue
            found = named_others(ctx, ctx.slots([c for c in clause.children if c.dep_ == "nsubj"]))
            if found:
                return found
    return targets


@target_fallbacks.register("targets.warned_subject.v1")
def warned_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A warning told as what will befall someone names them: "warned that Beijing would face consequences",
    "warned that Pyongyang would pay a heavy price" (the clause's subject, when it is another actor than the
    speaker: "warned that it would respond" names no one)."""
    if targets or not ctx.sources or ctx.trig.code[:2] != THREAT_ROOT or ctx.nominal:
        return targets
    subjects = [s for c in ctx.token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    return named_others(ctx, ctx.slots(subjects)) or targets


@target_fallbacks.register("targets.grievance_owner.v1")
def grievance_owner(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A protest's purpose clause or grievance phrase: the first actor in it other than the protesters."""
    if targets or ctx.trig.code[:2] != PROTEST_ROOT:
        return targets
    tok = ctx.token
    holders = [tok]
    if ctx.nominal and tok.dep_ in {"dobj", "obj"} and is_light_verb(tok.head, ctx.config):
        holders.append(tok.head)  # "staged a sit-in to demand ...": the light verb holds the clause
    elif ctx.nominal and tok.dep_ == "pobj" and tok.head.head.pos_ in {"VERB", "AUX"}:
        holders.append(tok.head.head)  # "went on strike in protest at ..."
    for holder in holders:
        for phrase in _grievance_phrases(holder):
            words = sorted(phrase.subtree, key=lambda t: t.i)
            found = named_others(ctx, ctx.slots([t for t in words if t.pos_ in {"PROPN", "NOUN"}]))
            if found:
                return found[:1]
    return targets


def _complement_chain(tok: Token) -> list[Token]:
    """The verbs a threat governs ("threatened to launch an offensive"), two deep."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in {"xcomp", "ccomp"}:
            out.append(c)
            out += [g for g in c.children if g.dep_ in {"xcomp", "ccomp"}]
    return out


def _grievance_phrases(holder: Token) -> list[Token]:
    """The purpose clause ("to protest ...", "to demand ...") and grievance phrase ("against ...", "in
    protest of ...") attached to a protest verb or its light verb."""
    out: list[Token] = []
    for c in holder.children:
        if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "against":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ == "in":
            out += [g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in GRIEVANCE_NOUNS]
    if out and not any(g.dep_ in {"auxpass", "nsubjpass"} for g in holder.children):
        # an active protest verb's "by X" after its grievance belongs to it ("against arrests by X")
        out += [c for c in holder.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by" and c.i > out[0].i]
    return out
