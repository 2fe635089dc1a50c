"""One violent act told by two conjoined verbs: "gunmen shot and killed a former soldier", "attacked and
wounded two guards". The first verb has no object of its own; the second names whom the act hit."""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_OBJECTS = frozenset({"dobj", "obj"})
# Taking or holding ground is an act of its own beside the attack ("attacked and occupied the town").
_TERRITORIAL = frozenset({"191", "192"})


@combine_passes.register("combine.conjoined_violence.v1")
def conjoined_violence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb conjoined to an earlier violent verb that has no object is the same act: the earlier
    keeps the event and takes the later one's target."""
    by_token = ctx.by_token
    for trig in triggers:
        tok = trig.token
        gov = by_token.get(tok.head.i)
        if (
            tok.dep_ == "conj"
            and tok.pos_ == "VERB"
            and tok.tag_ in {"VBD", "VBN"}
            and gov is not None
            and gov is not trig
            and gov.token.pos_ == "VERB"
            and not gov.suppressed
            and not trig.suppressed
            and trig.code[:2] in VIOLENT_ROOTS
            and gov.code[:2] in VIOLENT_ROOTS
            and not {trig.code[:3], gov.code[:3]} & _TERRITORIAL
            and not fr.children(gov.token, _OBJECTS)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)  # its own subject: two acts
        ):
            trig.suppressed = True
            gov.absorbed.append(trig)
