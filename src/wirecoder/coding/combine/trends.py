"""A trend in acts is no incident: "the region has seen a surge in attacks on police", "a rise in kidnappings
this year", "a drop in protests". An event noun that is what a trend noun ("surge", "rise", "increase",
"decline") measures, through "in", counts many acts over a stretch of time; the story's incident, if any, is
told elsewhere. "A wave of attacks killed 20" (a wave "of", with its toll) stays the incident it is.
"""

from __future__ import annotations

from .. import frames as fr
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


@combine_passes.register("combine.trend_of_acts.v1")
def trend_of_acts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An event noun measured by a trend noun ("a surge in attacks") is no event of its own."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun" or tok.dep_ != "pobj":
            continue
        prep = tok.head
        if prep.lower_ == "in" and prep.head.lemma_.lower() in _TREND_NOUNS and not fr.children(tok, {"poss"}):
            trig.suppressed = True
            trig.notes.append("trend")
