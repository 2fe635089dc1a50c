"""Property destroyed with no doer named: "several houses were torched in X overnight", "dozens of homes were
burnt down". A passive act of destruction told as done, whose subject is a building, vehicle or settlement, is an
event with no source (note "actorless:"). Words: ``data/lexicon/agentless_damage.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import frames as fr
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ACTORLESS = "actorless:property destroyed"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("agentless_damage")
    return {key: word_set(data.get(key)) for key in ("codes", "lemmas", "property")}


def _property(subj: Any) -> bool:
    """A building, vehicle or settlement noun, or a count of them ("dozens of homes", "a number of shops")."""
    w = _words()
    if subj.lemma_.lower() in w["property"] or subj.lower_ in w["property"]:
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and _property(o) for o in p.children)
        for p in subj.children
    )


@combine_passes.register("combine.agentless_damage.v1")
def agentless_damage(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Mark a passive destruction of property told as done, with no agent, as an event with no doer named."""
    w = _words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code not in w["codes"]:
            continue
        if tok.lemma_.lower() not in w["lemmas"] or tok.tag_ != "VBN" or fr.children(tok, {"agent"}):
            continue
        if not any(c.dep_ == "auxpass" for c in tok.children):
            continue  # "the burnt houses": a state, not a telling
        flags = ctx.flags_of(tok)
        if flags.get("future") or flags.get("hypothetical") or flags.get("negated"):
            continue
        subjects = fr.children(tok, {"nsubjpass"})
        if subjects and _property(subjects[0]):
            trig.notes.append(_ACTORLESS)
