"""The others hurt in an incident told with it: "a gunman shot worshippers, killing 12, with 30 others wounded".

"Others" (``victim_targets.not_victims`` of the config) point back to the victims named before; wounded or
killed in a clause of the same sentence after a violent act, they are that act's casualties, no second attack.
"""

from __future__ import annotations

from ..frames import children
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_HARM_ROOTS = frozenset({"18", "19", "20"})


@combine_passes.register("combine.others_hurt.v1")
def others_hurt(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb whose only victims are "others" after a violent act of the same sentence is that act."""
    others = ctx.config.victim_targets.get("not_victims", frozenset())
    done: list[Trigger] = []
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _HARM_ROOTS:
            continue
        tok = trig.token
        subj = children(tok, {"nsubj", "nsubjpass"})
        agentless = not children(tok, {"agent"})
        if done and agentless and subj and subj[0].lemma_.lower() in others and trig.pattern.kind == "verb":
            trig.suppressed = True
            trig.notes.append("others hurt")
            done[-1].absorbed.append(trig)
        else:
            done.append(trig)
