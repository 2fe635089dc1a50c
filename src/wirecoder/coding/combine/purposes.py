"""Help told as the purpose of a move is no act of its own: "the governor deployed troops to protect the
courthouse" (the deployment), "they had come to defend their rights" (no backing told), "sent food to help the
victims" (one act of aid). Words: the lexicon ``purposes`` (``data/lexicon/purposes.yaml``).
"""

from __future__ import annotations

from functools import cache

from ..constants import FORCE_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_HELP_ROOTS = frozenset({"05", "06", "07"})
#: Acts that use no force but may be taken for it: a deployment (15), a sanction (16), a measure of coercion (17).
_MEASURE_ROOTS = frozenset({"15", "16", "17"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("purposes")
    return word_set(data["moving_verbs"]), word_set(data["purpose_verbs"])


@cache
def _forces() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load("purposes")
    return word_set(data["sending_verbs"]), word_set(data["troop_nouns"]), word_set(data["police_nouns"])


def deployment_code(head: Token) -> str | None:
    """The deployment code of a sending verb whose object is armed men: 154 troops, 153 police, else None."""
    sending, troops, police = _forces()
    if head.lemma_.lower() not in sending:
        return None
    for obj in (c for c in head.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lower_ in troops or obj.lemma_.lower() in troops:
            return "154"
        if obj.lower_ in police or obj.lemma_.lower() in police:
            return "153"
    return None


def purpose_of_move(tok: Token) -> bool:
    """``tok`` is a help verb in the purpose clause ("to V") of a verb of moving or sending."""
    moving, helping = _words()
    if tok.lemma_.lower() not in helping or tok.dep_ not in {"advcl", "xcomp"} or tok.tag_ != "VB":
        return False
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
        return False
    head = tok.head
    return head.i != tok.i and head.lemma_.lower() in moving


@combine_passes.register("combine.purpose_of_move.v1")
def purpose_of_move_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Backing, help or aid (CAMEO 05-07) that a move was made for is no event of its own; when the move sends
    armed men and is no event itself, the help stands for the deployment (CAMEO 153/154)."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _HELP_ROOTS or trig.pattern.kind != "verb":
            continue
        if not purpose_of_move(trig.token):
            continue
        head = trig.token.head
        code = deployment_code(head) if head.i not in ctx.by_token else None
        if code is not None:  # "sent officers to protect X": the deployment, told by what it is for
            trig.code = code
            trig.notes.append("deployment told by its purpose")
        else:
            trig.suppressed = True
            trig.notes.append("purpose of a move")


@combine_passes.register("combine.aim_of_measure.v1")
def aim_of_measure(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Force told as what a coded act that uses none was for is its aim, no fight yet: "suspended some rights to
    fight gangs", "deployed troops to crush the revolt", "passed a law to combat terrorism". Force that a
    forceful act was for stays ("opened fire to disperse the crowd", "raided the camp to free hostages"), and so
    does coercion (an arrest or a crackdown told as the aim)."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS or trig.pattern.kind != "verb":
            continue
        if tok.dep_ not in {"advcl", "xcomp"} or tok.tag_ != "VB":
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            continue
        head = tok.head  # "declared an emergency and suspended rights to fight gangs": the measure of the conjunct
        measure = ctx.by_token.get(head.i) or (ctx.by_token.get(head.head.i) if head.dep_ == "conj" else None)
        if measure is None or measure.code[:2] not in _MEASURE_ROOTS or measure.pattern.kind != "verb":
            continue  # "urged X to attack", "vowed to fight": the appeal or the threat rules decide
        trig.suppressed = True
        trig.notes.append("aim of a measure")
