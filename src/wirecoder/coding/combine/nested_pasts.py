"""An act told in a relative clause inside another relative clause is a person's past, no incident: "the
colonel who led the troops that stormed the village later became a governor", "the general who commanded the
brigade that shelled the city testified on Thursday", "the officer who ran the camp where prisoners were
tortured was released". The act describes a unit or a place that itself only describes someone; with no day of
its own it gives no event. "The troops that stormed the village on Monday killed six" (one clause deep) and
"the man who led the gang that kidnapped the girl on Sunday" (a day of its own) stay."""

from __future__ import annotations

from ..constants import Token
from ..frames import RELATIVE_PRONOUNS
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .war_tolls import dated_to_a_day

# (a reduced participle is left alone: "envoy summoned after a man killed in firing" is a headline's two acts)
_RELATIVE = frozenset({"relcl"})
_NOUN_ROLES = frozenset({"dobj", "obj", "pobj", "nsubjpass", "attr"})


def _described(verb: Token) -> Token | None:
    """The noun a relative clause with verb ``verb`` describes; the parser may read a unit's clause as the
    complement of the verb before it ("commanded the brigade that shelled X": the brigade)."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in _RELATIVE and clause.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return clause.head
    if clause.dep_ == "ccomp" and any(
        c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS and c.i == clause.left_edge.i for c in clause.children
    ):
        objs = [c for c in clause.head.children if c.dep_ in {"dobj", "obj"} and c.i < clause.i]
        return objs[-1] if objs else None
    return None


def _clause_of(noun: Token) -> Token | None:
    """The verb of the clause ``noun`` is an argument of ("the camp" in "who ran the camp": ran)."""
    tok = noun
    while tok.dep_ in _NOUN_ROLES or tok.dep_ == "prep" or tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"}:
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def nested_past(verb: Token) -> bool:
    """``verb`` is an undated act in a relative clause on a noun of another relative clause."""
    noun = _described(verb)
    outer = _clause_of(noun) if noun is not None else None
    if outer is None or _described(outer) is None:
        return False
    return not dated_to_a_day(verb)


@combine_passes.register("combine.nested_past.v1")
def nested_pasts(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in a relative clause nested in another, with no day of its own: no event."""
    suppress_force(triggers, nested_past, note="nested past")
