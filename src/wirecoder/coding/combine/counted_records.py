"""A count of acts over a stretch of time is a record, no incident: "the union has held three strikes since
2021", "students have staged dozens of protests this year". A plural event noun with a count ("three",
"dozens of", "several"), held by a verb in the perfect ("has held") whose clause runs "since" a time or over
"this year", tallies what its maker has done; the story's incident is told elsewhere. So does an act that
is the subject of such a verb ("the fighting has displaced two million people since 2023"). Material acts only
(protests and violence, CAMEO roots 14 and 18-20): counted talks or appeals are left as they are coded.
"""

from __future__ import annotations

from .. import frames as fr
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ROOTS = frozenset({"14", "18", "19", "20"})
_QUANTIFIERS = frozenset({"several", "many", "numerous", "multiple", "dozens", "hundreds", "scores", "countless"})
_STRETCH = frozenset({"year", "month", "week", "decade"})
_RECENT = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "morning"}
)


def _counted(noun: Token) -> bool:
    """A plural noun with a count: "three strikes", "several protests", "dozens of attacks"."""
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" or c.lower_ in _QUANTIFIERS for c in noun.children):
        return True
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ in _QUANTIFIERS


def _holder(noun: Token) -> Token | None:
    """The verb a counted noun is the object of, directly or through its count ("dozens of attacks")."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if head.dep_ in {"dobj", "obj"} and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def _over_a_stretch(verb: Token) -> bool:
    """A perfect verb ("has held") whose clause runs since a time or over this year or month."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    for prep in fr.children(verb, {"prep"}):
        if prep.lower_ == "since" and not any(o.lower_ in _RECENT for o in fr.children(prep, {"pobj"})):
            return True  # "since 2021", "since March"; "since Friday" is this week's news
    return any(c.lemma_.lower() in _STRETCH and any(d.lower_ == "this" for d in c.children) for c in verb.children)


def _stretch_subject(noun: Token) -> bool:
    """The noun is the subject of a perfect verb over a stretch of time: "the fighting has forced millions
    from their homes since April 2023" (a war's record, told as background)."""
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and _over_a_stretch(noun.head)


@combine_passes.register("combine.counted_record.v1")
def counted_record(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A counted material act held by a perfect verb over a stretch of time is a record: no event."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "noun" or trig.code[:2] not in _ROOTS:
            continue
        if _stretch_subject(trig.token):
            trig.suppressed = True  # "the fighting has displaced millions since 2023": what a war has done
            trig.notes.append("record")
            continue
        holder = _holder(trig.token)
        if _counted(trig.token) and holder is not None and _over_a_stretch(holder):
            trig.suppressed = True
            trig.notes.append("record")
            light = ctx.by_token.get(holder.i)
            if light is not None:
                light.suppressed = True
                light.notes.append("record")
