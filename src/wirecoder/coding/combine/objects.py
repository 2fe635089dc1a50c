"""Passes over a verb and the event nouns in its object: one event, or an act and what it is about."""

from __future__ import annotations

from .. import frames as fr
from ..claims import claimed_attack
from ..clauses import speech_act_over
from ..constants import VIOLENT_ROOTS
from ..generic_acts import granted_request
from ..protest_riots import violence_at_protest
from ..registry import combine_passes
from ..triggers import Trigger, is_light_verb
from .context import CombineContext


@combine_passes.register("combine.light_verb.v1")
def light_verb(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb and an event noun in its object are one event: "the rebels carried out an attack" (the noun
    keeps it under a light verb), "the envoy lifted the blockade" (the verb's act, the noun its topic)."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if trig.pattern.kind != "verb":
            continue
        light = is_light_verb(trig.token, config)
        for obj in fr.objects(trig.token):
            noun = by_token.get(obj.i)
            if noun is None or noun.pattern.kind != "noun":
                continue
            if violence_at_protest(obj):
                trig.suppressed = True  # "violence marred the march": the protest, told as violent, is the event
                continue
            if noun.code[:2] == trig.code[:2] or (
                light and trig.frame is None and trig.code[:2] not in config.nominal_absorbing_roots
            ):
                if light:
                    trig.suppressed = True  # "launched a mediation effort", "undertook a mission": the noun's event
                else:
                    noun.suppressed = True
            elif not light and obj.dep_ in {"dobj", "obj"} and not fr.children(obj, {"poss"}):
                noun.suppressed = True  # "lifted the blockade", "cancelled a visit": what the act is about
            elif light and trig.frame is not None:
                noun.suppressed = True  # the verb's frame names this object: it has coded the act


@combine_passes.register("combine.spoken_topic.v1")
def spoken_topic(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun in the object of a verbal act is what is talked about: "the minister condemned the
    raid" (no raid event unless it names its actor), "the council rejected the union's demand" (a topic)."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if trig.pattern.kind == "noun" and not trig.suppressed and not granted_request(trig.token):
            gov = speech_act_over(trig.token, by_token, config)
            if gov is not None and trig.code[:2] in VIOLENT_ROOTS - {"14"} and claimed_attack(gov.token, trig.token):
                pass  # "X claimed responsibility for the bombing": the claim, and the bombing by X
            elif gov is not None and not fr.children(trig.token, {"poss"}) and not fr.prep_objects(trig.token, "by"):
                trig.suppressed = True  # "condemned the attack": the attack is what is talked about
            elif trig.code[:2] in config.topic_noun_roots:
                gov = speech_act_over(trig.token, by_token, config, True)
                if gov is not None:
                    trig.suppressed = True  # "rejected X's demand": the demand is an earlier act, the topic here
                    gov.topics.append(trig)
