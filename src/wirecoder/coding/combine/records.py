"""A past record told of an actor is no incident: "the rebels have previously attacked aid convoys".

A violent act marked as done before the story's time ("previously", "in the past"), with no date of its own,
describes what an actor has done, the way a profile or a claim does: no event of its own. Under a reporting verb ("X claimed the rebels have previously attacked journalists") the claim stays:
the transformation codes X's accusation, and the record itself is dropped there (coding/transforms.py).
Word lists: ``past_record`` in config.yaml.
"""

from __future__ import annotations

from ..constants import RECORD_NOTE, VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_DATED = frozenset({"DATE", "TIME"})


def _phrase(tok: Token) -> str:
    return " ".join(t.lower_ for t in tok.subtree)


def record_marked(tok: Token, words: dict[str, frozenset[str]]) -> bool:
    """``tok`` carries a record adverb or phrase and its clause no date: "previously attacked", "attacked
    journalists in the past" ("previously attacked the town on Tuesday" is that attack)."""
    phrases = words.get("phrases", frozenset())
    marks = [
        c
        for c in tok.children
        if (c.dep_ == "advmod" and c.lower_ in words.get("adverbs", frozenset()))
        or (c.dep_ == "prep" and _phrase(c) in phrases)
    ]
    if not marks:
        return False
    inside = {t.i for m in marks for t in m.subtree}
    clause = (t for c in tok.children if c.dep_ not in {"ccomp", "relcl"} for t in c.subtree)
    return not any(t.ent_type_ in _DATED and t.i not in inside for t in clause)


@combine_passes.register("combine.past_record.v1")
def past_record(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb told as a past record is no event; in a reported clause it is noted, so the reporter's
    claim is coded in its place."""
    words = ctx.config.past_record
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if trig.absorbed or not record_marked(tok, words):
            continue
        trig.notes.append(RECORD_NOTE)
        if tok.dep_ != "ccomp":
            trig.suppressed = True
