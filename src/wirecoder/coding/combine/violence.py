"""Passes that make one violent event of a verb and its participle, means or event-noun subject."""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.violent_participle.v1")
def violent_participle(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent participle on a violent verb is the same act: "gunmen raided the village, killing 12"
    (one event, which takes the participle's target)."""
    by_token = ctx.by_token
    for trig in triggers:
        gov = by_token.get(trig.token.head.i)
        if (
            trig.token.dep_ in {"advcl", "conj"}
            and trig.token.tag_ == "VBG"
            and gov is not None
            and gov is not trig
            and trig.code[:2] in VIOLENT_ROOTS
            and gov.code[:2] in VIOLENT_ROOTS
        ):
            trig.suppressed = True
            gov.absorbed.append(trig)


@combine_passes.register("combine.violent_means.v1")
def violent_means(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent event noun that is the means of a violent verb is one event: "five were killed in a Y
    drone strike" (the strike says who did it, the verb to whom)."""
    config, by_token = ctx.config, ctx.by_token
    for trig in triggers:
        if trig.pattern.kind == "verb" and trig.code[:2] in VIOLENT_ROOTS and not trig.suppressed:
            for prep in fr.children(trig.token, {"prep", "agent"}):  # "killed by Indian shelling": agent
                if prep.lower_ not in config.means_preps:
                    continue
                for obj in fr.children(prep, {"pobj", "pcomp"}):  # "by Indian shelling" may parse as a gerund
                    noun = by_token.get(obj.i)
                    if (
                        noun is not None
                        and (noun.pattern.kind == "noun" or noun.token.pos_ == "NOUN" or noun.token.tag_ == "VBG")
                        and not noun.suppressed
                        and noun.code[:2] in VIOLENT_ROOTS
                    ):
                        noun.suppressed = True
                        trig.means.append(noun)
                        if trig.code == "190" and noun.code[:2] in {"18", "19"}:
                            trig.code = noun.code  # "died in a bombing": the bombing says how (183)


@combine_passes.register("combine.violent_subject.v1")
def violent_subject(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent event noun that is the subject of a violent verb is the event: "a roadside bombing killed
    four soldiers" (the bombing, whose victims the verb gives)."""
    by_token = ctx.by_token
    for trig in triggers:
        if trig.pattern.kind == "verb" and trig.code[:2] in VIOLENT_ROOTS and not trig.suppressed:
            for subj in fr.children(trig.token, {"nsubj"}):
                noun = by_token.get(subj.i)
                if noun is not None and noun.pattern.kind == "noun" and noun.code[:2] in VIOLENT_ROOTS:
                    trig.suppressed = True
                    noun.absorbed.append(trig)


#: The generic violent codes a weapon subject may make precise ("a rocket hit the school": 190 -> 194).
_GENERIC_VIOLENCE = frozenset({"180", "190", "193"})


@combine_passes.register("combine.weapon_subject.v1")
def weapon_subject(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A weapon as the subject of a violent verb says how it was done: "two bombs struck a market" (183),
    "a mortar round hit a school" (194), by ``weapon_codes``; the event stands without a known actor."""
    codes = ctx.config.weapon_codes
    for trig in triggers:
        if trig.pattern.kind != "verb" or trig.suppressed or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        for subj in fr.children(trig.token, {"nsubj"}):
            words = [subj.lemma_.lower()] + [c.lemma_.lower() for c in subj.children if c.dep_ == "compound"]
            code = next((codes[w] for w in words if w in codes), None)
            if code is None:
                continue
            if trig.code in _GENERIC_VIOLENCE:
                trig.code = code
            trig.notes.append(f"weapon:{subj.lemma_.lower()}")
