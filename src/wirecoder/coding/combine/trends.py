"""A trend in acts is no incident: "the region has seen a surge in attacks on police", "a rise in kidnappings
this year", "a drop in protests". An event noun that is what a trend noun ("surge", "rise", "increase",
"decline") measures, through "in", counts many acts over a stretch of time; the story's incident, if any, is
told elsewhere. "A wave of attacks killed 20" (a wave "of", with its toll) stays the incident it is.
"""

from __future__ import annotations

from .. import frames as fr
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_TREND_NOUNS = frozenset(
    {
        "surge",
        "rise",
        "increase",
        "spike",
        "upsurge",
        "uptick",
        "jump",
        "growth",
        "decline",
        "drop",
        "fall",
        "decrease",
        "reduction",
        "downturn",
        "upswing",
        "trend",
    }
)


def _headline_verb(trend: Token) -> bool:
    """A headline's verb the parser read as a noun: "Toll rises to 23 in market bombing" (a bare plural with
    no determiner, or a noun that rises "to" a figure) tells one incident's toll, not a trend."""
    if any(
        p.lower_ in {"to", "by"} and any(o.like_num for o in fr.children(p, {"pobj"}))
        for p in fr.children(trend, {"prep"})
    ):
        return True
    return trend.tag_ == "NNS" and not fr.children(trend, {"det", "amod", "nummod", "poss"})


@combine_passes.register("combine.trend_of_acts.v1")
def trend_of_acts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun measured by a trend noun ("a surge in attacks") is no event of its own."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        trend = prep.head
        if (
            prep.lower_ == "in"
            and trend.lemma_.lower() in _TREND_NOUNS
            and not fr.children(tok, {"poss"})
            and not _headline_verb(trend)
        ):
            trig.suppressed = True
            trig.notes.append("trend")


#: Nouns of a run of acts, and the words that make the act just told one of them: "the latest in a series of
#: attacks by Iran-backed groups", "part of a wave of kidnappings", "the third in a string of bombings".
_SERIES_NOUNS = frozenset({"series", "spate", "string", "succession", "wave", "run", "spree", "campaign"})
_MEMBER_WORDS = frozenset(
    {"latest", "last", "newest", "recent", "part", "one", "second", "third", "fourth", "fifth", "another"}
)


@combine_passes.register("combine.series_of_acts.v1")
def series_of_acts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """The run of acts the incident just told belongs to ("..., the latest in a series of attacks by X") is the
    incident's background, no event of its own: the run is many acts, none of them told here."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun":
            continue
        # the trigger is the act ("attacks" of "a series of attacks") or the run holding it ("series")
        series = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
        if series.lemma_.lower() not in _SERIES_NOUNS or series.dep_ != "pobj":
            continue
        member = series.head.head  # "the latest" of "the latest in a series", "part" of "part of a wave"
        if series.head.lower_ in {"in", "of"} and member.lower_ in _MEMBER_WORDS:
            trig.suppressed = True
            trig.notes.append("background")
