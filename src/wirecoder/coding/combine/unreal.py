"""An act named only as a kind that may happen is no event: "any attack on the pipeline would be met with
force", "any deployment of foreign troops would be an escalation" (the noun's determiner says no act took
place; what the sentence does with it, a threat or a warning, is coded from its verb). Words: the lexicon
``unreal_acts`` (``data/lexicon/unreal_acts.yaml``).
"""

from __future__ import annotations

from functools import cache

from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@cache
def _determiners() -> frozenset[str]:
    return word_set(load("unreal_acts")["determiners"])


@combine_passes.register("combine.unreal_act.v1")
def unreal_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress event nouns whose determiner is "any" (or "whatever"): a kind of act, none of which happened."""
    dets = _determiners()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "noun":
            continue
        if any(c.dep_ == "det" and c.lower_ in dets for c in tok.children):
            trig.suppressed = True
