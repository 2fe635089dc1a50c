"""A verdict of not guilty is no event, and neither is the act it clears someone of: "two police officers were
acquitted of killing a protester in Lima" tells no killing of the day and no concession (PETRARCH2's 081),
"the former commander was cleared of all charges by the tribunal" no yielding. The act a court convicts or
charges someone of is the accusation's topic elsewhere (verbal acts absorb it); a verdict of innocence has no
such act to absorb it, so this pass drops both. Words: ``data/lexicon/verdicts.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@dataclass(frozen=True)
class VerdictWords:
    clearing_verbs: frozenset[str]
    charges: frozenset[str]
    convicting_verbs: frozenset[str]


@cache
def words() -> VerdictWords:
    return lexicon.word_lists("verdicts", VerdictWords)


def _of_objects(verb: Token) -> list[Token]:
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]


def clearing(verb: Token) -> bool:
    """``verb`` clears someone of a charge or an act: "acquitted of murder", "cleared of all charges",
    "exonerated" (a verb that is only a verdict needs no "of"; "clear" needs a charge or an act after it)."""
    w = words()
    lemma = verb.lemma_.lower()
    if lemma not in w.clearing_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if lemma != "clear":
        return True
    return any(o.lemma_.lower() in w.charges or o.dep_ == "pcomp" for o in _of_objects(verb))


def cleared_of(tok: Token) -> bool:
    """``tok`` is the act someone is cleared of: "acquitted of killing a protester", "cleared of the
    bombing"."""
    head = tok.head
    return tok.dep_ in {"pcomp", "pobj"} and head.lower_ == "of" and head.dep_ == "prep" and clearing(head.head)


@combine_passes.register("combine.verdict_of_innocence.v1")
def verdict_of_innocence(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress a verdict of not guilty and the act it clears someone of."""
    for trig in triggers:
        if trig.suppressed:
            continue
        if clearing(trig.token) or cleared_of(trig.token):
            trig.suppressed = True
            trig.notes.append("verdict")
