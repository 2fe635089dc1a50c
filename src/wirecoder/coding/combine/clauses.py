"""Passes over a verbal act and the clause it governs: assertions, obligations, purposes."""

from __future__ import annotations

from .. import frames as fr
from ..config import CoderConfig
from ..registry import combine_passes
from ..triggers import Trigger, speech_verbs
from .context import CombineContext


@combine_passes.register("combine.past_assertion.v1")
def past_assertion(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A past-tense clause under a demand verb asserts what happened, it demands nothing: "the mayor
    insisted the floods caused the damage" (a demand's clause has the base form: "demanded that X leave")."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb" or trig.frame is not None or trig.code[:2] != "10":
            continue
        comps = fr.children(trig.token, {"ccomp"})
        # a past form that is also the base form ("demanded that the state cut prices") reads as the demand's
        if (
            comps
            and not fr.objects(trig.token)
            and all(c.tag_ == "VBD" and c.lower_ != c.lemma_.lower() for c in comps)
        ):
            trig.suppressed = True


def _obligation(trig: Trigger, config: CoderConfig) -> None:
    """ "X said Y must / should do Z": a demand by X on Y (10x by what Z is), not Y's act; a modal that
    ``obligation_map`` names gives its own root ("should": advice, the appeal 02x of the same kind)."""
    cur, modal, said = trig.token, False, ""
    for _ in range(4):
        said = said or next(
            (c.lower_ for c in cur.children if c.dep_ == "aux" and c.lower_ in config.obligation_modals), ""
        )
        modal = modal or bool(said)
        if cur.dep_ not in {"xcomp", "acomp", "conj"} or cur.head.i == cur.i:
            break
        cur = cur.head
    if not modal or cur.dep_ != "ccomp" or cur.head.lemma_.lower() not in speech_verbs():
        return
    if trig.pattern.id in config.spoken_judgement.get("spoken_patterns", frozenset()):
        return  # "said Y must face charges": the speaker's accusation (combine.spoken_judgement.v1)
    speaker, addressee = fr.subject(cur.head), fr.subject(trig.token)
    if speaker is None or addressee is None:
        return
    base = trig.frame.code if trig.frame is not None and trig.frame.code else trig.pattern.code or trig.code
    code = config.obligation_map.get(base[:2], config.obligation_map.get("default", "100"))
    trig.code = config.obligation_map.get(said, code[:2]) + code[2:]
    trig.source_from, trig.target_from = speaker, addressee
    trig.speech = cur.head
    trig.combined = True
    trig.notes.append("obligation")


@combine_passes.register("combine.obligation.v1")
def obligation_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """ "X said Y must / should do Z" is a demand by X on Y: "the ministry said the port must reopen its
    gates" (10x by what Z is, with X as source and Y as target), not Y's act."""
    for trig in triggers:
        if not trig.suppressed and trig.pattern.kind == "verb":
            _obligation(trig, ctx.config)


@combine_passes.register("combine.protest_purpose.v1")
def protest_purpose(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A demand that is a protest's purpose belongs to the protest: "farmers marched to demand lower fuel
    prices", "workers rallied, calling for X" (one protest; the demand's target may become the protest's)."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        tok = trig.speech if trig.speech is not None else trig.token
        if trig.suppressed or trig.code[:2] not in config.purpose_roots or tok.dep_ not in {"advcl", "xcomp", "acl"}:
            continue
        holders = [tok.head, *fr.objects(tok.head)]
        owner = next(
            (
                by_token[h.i]
                for h in holders
                if h.i in by_token and by_token[h.i].code[:2] in config.purpose_governor_roots
            ),
            None,
        )
        if owner is not None:
            trig.suppressed = True
            owner.absorbed.append(trig)  # "rallied to demand X's resignation": X may be the protest's target


@combine_passes.register("combine.generic_purpose.v1")
def generic_purpose(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A hand-written act in a purpose clause says what a verb with only a generic dictionary code did:
    "guards opened fire to disperse the crowd", "the ministry summoned the envoy to complain"; "helped (to)
    support X" is the support."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb":
            continue
        generic = trig.frame is None and trig.pattern.origin.startswith("petrarch2")
        helper = trig.token.lemma_.lower() in config.transparent_verbs
        if not (generic or helper) or fr.children(trig.token, {"nsubjpass", "dobj", "obj"}):
            continue  # "pressured X to help Y": X helps; the pressure is the act
        for c in trig.token.children:
            purpose = c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            if not (purpose or (helper and c.dep_ == "xcomp")):
                continue
            inner = by_token.get(c.i)
            if inner is not None and not inner.suppressed and not inner.pattern.origin.startswith("petrarch2"):
                trig.suppressed = True
                inner.absorbed.append(trig)
                break
