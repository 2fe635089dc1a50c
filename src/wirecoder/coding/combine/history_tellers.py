"""What historians estimate is history: "Historians estimate that the bombing of Dresden killed about 25,000
people", "Scholars believe the siege killed a million civilians". An act told in the clause that a teller of
history (``data/lexicon/history_tellers.yaml``) says, estimates or believes is no incident of the day."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@dataclass(frozen=True)
class Words:
    tellers: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("history_tellers", Words)


def told_by_historians(tok: Token) -> bool:
    """``tok`` hangs in a clause said by historians ("historians estimate that ...")."""
    tellers = words().tellers
    for clause in [tok, *tok.ancestors]:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        subjects = [c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(s.lower_ in tellers or s.lemma_.lower() in tellers for s in subjects):
            return True
    return False


@combine_passes.register("combine.history_teller.v1")
def history_teller(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in what historians estimate or believe: history, no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if told_by_historians(trig.token):
            trig.suppressed = True
            trig.notes.append("background")
