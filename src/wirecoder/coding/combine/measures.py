"""A measure withdrawn under pressure is a concession even when the sentence names no one: "the extradition bill
was suspended after the protests", "the fuel levy was scrapped" (CAMEO 080 with no actor, as the news coders
record it). The trigger is a concession frame that checked the passive subject (``shelve-bill``, ``shelved-measure`` of
verbs.yaml); a "by" agent names
the actor and needs no note; a negated, future or hypothetical withdrawal stays as it was.
"""

from __future__ import annotations

from .. import frames as fr
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .failed_votes import ACTORLESS_NOTE

_YIELD_CODES = ("080", "081", "082", "083")  # CAMEO's concessions (PLOVER CONCEDE), not the retreats of 084-087
_NOTE = ACTORLESS_NOTE.split(":", 1)[0] + ":measure withdrawn"


@combine_passes.register("combine.shelved_measure.v1")
def shelved_measure(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Note a passive, agentless concession whose frame checked what was yielded (a bill, a decree, a demand)."""
    for trig in triggers:
        frame, tok = trig.frame, trig.token
        if trig.suppressed or frame is None or not (frame.subj or frame.dobj) or not trig.code.startswith(_YIELD_CODES):
            continue
        if not fr.children(tok, {"auxpass"}) or fr.children(tok, {"agent"}) or fr.negated_verb(tok):
            continue
        flags = ctx.flags_of(tok)
        if flags.get("future") or flags.get("hypothetical") or flags.get("negated"):
            continue
        trig.notes.append(_NOTE)
