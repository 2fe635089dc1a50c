"""A governor whose frame names its complement as the same kind of act: one act, coded by the governor."""

from __future__ import annotations

from .. import frames as fr
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.framed_complement.v1")
def framed_complement(triggers: list[Trigger], ctx: CombineContext) -> None:
    """ "The minister offered to resign" is a resignation tendered (the frame ``offer`` + ``resign`` codes
    0831), not an intent to yield made of the complement: the complement a governor's frame names by word, of
    the same CAMEO root, is folded into the governor before the intent words are read."""
    by_token = ctx.by_token
    for trig in triggers:
        frame = trig.frame
        if trig.suppressed or frame is None or not frame.xcomp or "any" in frame.xcomp:
            continue
        for comp in fr.children(trig.token, {"xcomp"}):
            other = by_token.get(comp.i)
            if (
                other is not None
                and not other.suppressed
                and comp.lemma_.lower() in frame.xcomp
                and other.code[:2] == trig.code[:2]
            ):
                other.suppressed = True
                trig.absorbed.append(other)
