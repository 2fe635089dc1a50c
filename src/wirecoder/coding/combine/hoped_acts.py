"""An act a speaker says it hopes another will do has not been done: in "the Irish taoiseach said he hoped Britain
would honour the deal" or "China said it hoped the Philippines would stop provoking trouble", the hoped-for act
("honour", "stop provoking") is no event of Britain's or the Philippines'. The act is dropped, so the sentence is
the speaker's statement about that actor (coding/belief_clauses.py reads the clause under "he hoped"). Only verbs
of hope or expectation (``hope_verbs`` of lexicon/belief_clauses.yaml) whose subject stands for the speaker, under
a reporting verb, with an active would / will / could act or an infinitive ("expected Germany to station troops")."""

from __future__ import annotations

from functools import cache

from ..belief_clauses import belief_words, believed_clause
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_MODALS = frozenset({"would", "will", "could", "can", "might", "may", "'d", "'ll"})


@cache
def _hope_verbs() -> frozenset[str]:
    return word_set(load("belief_clauses")["hope_verbs"])


@combine_passes.register("combine.hoped_act.v1")
def hoped_act(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress the act of a clause under "said he hoped / expected ..." (see the module doc)."""
    hopes = _hope_verbs()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or tok.dep_ not in {"ccomp", "xcomp"}:
            continue
        hope = tok.head
        if hope.lemma_.lower() not in hopes or hope.dep_ != "ccomp":
            continue
        if hope.head.lemma_.lower() not in ctx.config.statement_verbs:
            continue
        subjects = [c for c in hope.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].lower_ not in belief_words().speaker_pronouns:
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children)
        infinitive = tok.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        clause = believed_clause(hope)
        if tok.dep_ == "ccomp" and (clause is None or clause.i != tok.i or not modal):
            continue
        if tok.dep_ == "ccomp" and not any(c.dep_ == "nsubj" for c in tok.children):
            continue  # "hoped the officials would be indicted": a passive act hoped for, read as it is written
        if tok.dep_ == "xcomp" and not infinitive:
            continue
        trig.suppressed = True
        trig.notes.append("hoped act")
