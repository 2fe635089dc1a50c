"""An order to one's own forces or agencies is the act ordered, done by whoever orders it: "the president
ordered the army to reinforce security in the north" mobilizes (CAMEO 15x, PLOVER MOBILIZE), "the prime
minister instructed the police to investigate the leak" investigates, "the governor ordered police to arrest
the organisers" arrests. The order itself is no appeal to anyone: the army, the police, agencies and officials
are the orderer's own instruments. An order to another party ("the court ordered the government to pay") stays
a demand. Words: ``data/lexicon/ordered_forces.yaml``.
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

_MOBILIZE = "150"
#: CAMEO's demand, what a court's order to forces is.
_DEMAND = "100"


@cache
def _words() -> dict[str, frozenset[str]]:
    data: dict[str, Any] = load("ordered_forces")
    return {k: word_set(v) for k, v in data.items() if isinstance(v, list) and k != "ordered_act_roots"}


@cache
def _act_roots() -> frozenset[str]:
    return frozenset(str(r) for r in load("ordered_forces").get("ordered_act_roots") or ())


def _instrument(verb: Token) -> Token | None:
    """The forces or agency an order verb addresses: its object ("ordered the army to ...")."""
    forces = _words()["forces"]
    for obj in fr.children(verb, {"dobj", "obj"}):
        if obj.lemma_.lower() in forces or obj.lower_ in forces:
            return obj
    return None


def _judicial(verb: Token) -> bool:
    """Is the order verb's subject a court or a judge (``judicial_orderers``), who commands no forces?"""
    words = _words()["judicial_orderers"]
    return any(
        s.lemma_.lower() in words
        or s.lower_ in words
        or any(c.lower_ in words for c in s.children if c.dep_ == "compound")
        for s in fr.children(verb, {"nsubj"})
    )


def _judicial_demand(trig: Trigger, tok: Token, ctx: CombineContext) -> None:
    """A court's order to the army or the police is a demand on them ("the high court ordered police to explain
    the disappearance"): no mobilization (a dictionary's "order police" 15x), and the act ordered is not yet done
    ("ordered police to investigate the killing": no investigation by the court)."""
    if trig.code[:2] == "15":
        trig.code = _DEMAND
        trig.notes.append("judicial-order")
    for comp in fr.complements(tok):
        done = ctx.by_token.get(comp.i)
        if done is not None and comp.i > tok.i:
            done.suppressed = True


@combine_passes.register("combine.ordered_act.v1")
def ordered_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An order whose object is a forceful act named by a noun is that act, done by the orderer: "the
    president ordered air strikes on rebel positions" is the strikes (195) by the president, no demand; the
    noun's source comes from the order verb, a light verb."""
    verbs, roots = _words()["order_verbs"], _act_roots()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or tok.lemma_.lower() not in verbs:
            continue
        if fr.complements(tok):
            continue  # "ordered troops to attack": an order with a told act is left to the other passes
        for obj in fr.children(tok, {"dobj", "obj"}):
            noun = ctx.by_token.get(obj.i)
            if noun is not None and noun.pattern.kind == "noun" and not noun.suppressed and noun.code[:2] in roots:
                trig.suppressed = True
                noun.notes.append("ordered-act")
                subj = fr.children(tok, {"nsubj"})
                if subj and noun.source_from is None:
                    noun.source_from = subj[0]
                break


@combine_passes.register("combine.ordered_forces.v1")
def ordered_forces(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An order to one's own forces is the ordered act (a coded complement, or a mobilization)."""
    w = _words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or tok.lemma_.lower() not in w["order_verbs"]:
            continue
        if _instrument(tok) is None:
            continue
        if _judicial(tok):
            _judicial_demand(trig, tok, ctx)
            continue
        comps = [c for c in fr.complements(tok) if c.pos_ == "VERB" and c.i > tok.i]
        if not comps:
            continue
        done = ctx.by_token.get(comps[0].i)
        if comps[0].lemma_.lower() in w["mobilizing_verbs"]:
            trig.code = _MOBILIZE  # "ordered the army to reinforce security": the orderer mobilizes
            trig.notes.append("ordered-forces")
            if done is not None:
                done.suppressed = True
        elif done is not None and not done.suppressed:
            trig.suppressed = True  # "instructed the police to investigate": the investigation, by the orderer
            trig.notes.append("ordered-forces")
            orderer = fr.children(tok, {"nsubj"})
            if orderer:
                done.source_from = orderer[0]
