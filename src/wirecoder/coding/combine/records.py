"""A past record told of an actor is no incident: "the rebels have previously attacked aid convoys".

A violent act marked as done before the story's time ("previously", "in the past"), with no date of its own,
describes what an actor has done, the way a profile or a claim does: no event of its own. Under a reporting verb ("X claimed the rebels have previously attacked journalists") the claim stays:
the transformation codes X's accusation, and the record itself is dropped there (coding/transforms.py).
Word lists: ``past_record`` in config.yaml. Citing another's hostile act ("cited the junta's repression of
students", "pointed to the shelling by X": verbs.yaml cite-grievance) accuses its maker, the target here.
"""

from __future__ import annotations

from .. import frames as fr
from ..constants import NOUN_POS, RECORD_NOTE, VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .judgements import judge

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
        speaker, doer = judge(tok, frozenset()), fr.subject(tok)
        if trig.code[:2] != "19" and speaker is not None and doer is not None and doer.pos_ in NOUN_POS:
            # "X claimed the militia had kidnapped aid workers in the past": X's accusation of the militia (a
            #   record of force, 19, is left to the transformations)
            trig.code, trig.combined, trig.source_from, trig.target_from = "112", True, speaker, doer
            trig.notes.append("alleged")
            continue
        trig.notes.append(RECORD_NOTE)
        if tok.dep_ != "ccomp":
            trig.suppressed = True


def _maker(act: Token) -> Token | None:
    """Who did a cited act: its possessor ("the junta's repression") or its "by" agent ("the shelling by X")."""
    found = [c for c in act.children if c.dep_ == "poss"]
    found += [o for p in act.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
    return found[0] if found else None


@combine_passes.register("combine.cited_grievance.v1")
def cited_grievance(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Citing another's hostile act ("cited the junta's repression", "pointed to the attack by X") accuses
    the act's maker: the maker is the accusation's target; with no maker named, the citing is no event."""
    for trig in triggers:
        if trig.suppressed or trig.frame is None or not trig.pattern.id.startswith("cite-grievance"):
            continue
        tok = trig.token
        acts = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        acts += [
            o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
        ]
        makers = [m for m in map(_maker, acts) if m is not None]
        if makers:
            trig.target_from = makers[0]
        else:
            trig.suppressed = True
            trig.notes.append("cited, no maker")
