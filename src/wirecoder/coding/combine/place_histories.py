"""A place's past told beside its present is history: "She returned to the village where soldiers shot her two
uncles, and now runs a clinic there", "The memorial stands near the bridge where militants bombed a bus". An
act in the simple past, in a relative clause on a place ("where ..."), with no day of its own, in a sentence
whose own statement is in the present ("stands", "is", or "now runs") and tells no violence, gives no event.
This rule leaves "Police are searching the forest where gunmen abducted 20 farmers" (a present act of its
own, no simple present) and "the village where gunmen killed 12 people on Sunday" (a day) alone. Words in
``data/lexicon/place_histories.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .war_tolls import dated_to_a_day


@dataclass(frozen=True)
class Words:
    place_relatives: frozenset[str]
    present_adverbs: frozenset[str]
    reporting_verbs: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("place_histories", Words)


def _place_clause(tok: Token) -> Token | None:
    """The relative clause on a place ("where ...") that ``tok`` is the verb of, if any."""
    clause = tok
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.pos_ not in {"VERB", "AUX"}:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in words().place_relatives for c in clause.children):
        return None
    return clause


def _present_statement(clause: Token, force: set[int]) -> bool:
    """The verb the place hangs on is a plain present ("stands"), or the sentence says "now", and that verb
    is no report and no act of force."""
    w = words()
    gov = next((a for a in clause.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if gov is None or gov.i in force or gov.lemma_.lower() in w.reporting_verbs:
        return False
    if any(c.dep_ == "aux" for c in gov.children):
        return False  # "are searching", "will rebuild": an act of its own
    if gov.tag_ in {"VBZ", "VBP"}:
        return True
    return any(
        t.dep_ == "advmod" and t.lower_ in w.present_adverbs
        for t in clause.sent
        if t.i not in {c.i for c in clause.subtree}
    )


def place_history(tok: Token, force: set[int]) -> bool:
    """``tok`` is a past act told of a place beside the sentence's present."""
    clause = _place_clause(tok)
    if clause is None or clause.tag_ != "VBD" or dated_to_a_day(clause):
        return False
    return _present_statement(clause, force)


@combine_passes.register("combine.place_history.v1")
def place_histories(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in the past of a place, beside the sentence's present: history, no event."""
    force = {t.token.i for t in triggers if not t.suppressed and t.code[:2] in FORCE_ROOTS}
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if place_history(trig.token, force - {trig.token.i}):
            trig.suppressed = True
            trig.notes.append("background")
