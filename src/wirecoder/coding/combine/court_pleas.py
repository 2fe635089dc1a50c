"""The charges a defendant pleads to are no new accusation: in "pleaded not guilty to all charges" or
"pleaded guilty to fraud charges" the charges were laid by prosecutors before; the sentence tells the plea
(``verbs.yaml`` ``plead``: not guilty denies responsibility, guilty codes nothing), not that the defendant
accuses anyone. Charges laid in the sentence ("prosecutors filed charges against X") stay."""

from __future__ import annotations

from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ACCUSE_ROOT = "11"
_PLEA_VERBS = frozenset({"plead", "enter"})  # "entered a plea of not guilty to the charges"


def pleaded_to(tok: Token) -> bool:
    """``tok`` is what a plea answers: the object of "to" on "plead" or on its "guilty" ("pleaded guilty to
    X", "pleaded not guilty to X"), or of a plea noun ("a plea of not guilty to X")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "to":
        return False
    holder = tok.head.head
    for _ in range(3):
        if holder.lemma_.lower() in _PLEA_VERBS or holder.lemma_.lower() == "plea":
            return True
        if holder.dep_ not in {"acomp", "advmod", "prep", "pobj", "dobj", "amod"} or holder.head.i == holder.i:
            return False
        holder = holder.head
    return False


@combine_passes.register("combine.court_plea.v1")
def court_pleas(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An accusation noun that a plea answers gives no event of its own."""
    for trig in triggers:
        if not trig.suppressed and trig.code[:2] == _ACCUSE_ROOT and pleaded_to(trig.token):
            trig.suppressed = True
            trig.notes.append("pleaded to")
