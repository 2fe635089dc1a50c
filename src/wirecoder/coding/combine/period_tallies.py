"""Coercive and violent acts counted over a stretch of months or years are a tally, no incident: "hundreds of
people have been executed in Iran this year", "drug cartels have murdered more than 100 journalists over the
past decade", "so far this year, 87 journalists have been arrested in Turkey". A verb of CAMEO roots 17-20
whose object or passive subject is counted ("hundreds of", "more than 100", "87 journalists") and whose own
clause runs over a stretch ("this year", "the past decade", "in recent years", "so far", "in 2024") counts many
acts; summed with an incident it would put a year's dead into one day's table. Uncounted acts ("Iran hanged a
man this year") and a day's count ("police arrested 40 people on Wednesday") stay events; a count of deaths
is cumulative_tolls.py's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import frames as fr
from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .counted_records import _QUANTIFIERS

_ROOTS = frozenset({"17", "18", "19", "20"})
_YEAR = re.compile(r"(1[89]|20)\d\d")
_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "appos"})  # an apposition ranks, counts nothing


@dataclass(frozen=True)
class PeriodWords:
    stretch_nouns: frozenset[str]
    stretch_marks: frozenset[str]
    running_phrases: frozenset[str]
    year_preps: frozenset[str]


def words() -> PeriodWords:
    """The lists, read once per process."""
    return lexicon.word_lists("period_tallies", PeriodWords)


def _counted(noun: Token) -> bool:
    """A plural noun with a count ("87 journalists", "more than 100 journalists", "hundreds of people"), or a
    count word standing for one ("hundreds have been executed")."""
    if noun.lower_ in _QUANTIFIERS:
        return True
    if noun.tag_ != "NNS":
        return False
    if any(c.dep_ == "nummod" or c.lower_ in _QUANTIFIERS for c in noun.children):
        return True
    prep = noun.head
    return prep.dep_ == "prep" and prep.lower_ == "of" and prep.head.lower_ in _QUANTIFIERS


def _counted_party(verb: Token) -> bool:
    """The verb's object or passive subject is counted."""
    return any(_counted(n) for n in fr.children(verb, {"dobj", "obj", "nsubjpass"}))


def _own_clause(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, without the clauses below it."""
    out, todo = [], list(verb.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ in _CLAUSES:
            continue
        out.append(tok)
        todo.extend(tok.children)
    return out


def _stretch(tok: Token) -> bool:
    """``tok`` names a stretch running up to now or a whole past one: "this year", "the past decade",
    "recent years", "the first six months"."""
    w = words()
    return tok.lower_ in w.stretch_nouns and any(c.lower_ in w.stretch_marks for c in tok.children)


def _whole_year(tok: Token) -> bool:
    """``tok`` is a bare calendar year a preposition puts the count in: "in 2024", "during 2023" ("in March
    2024" names a month, and its year hangs on the month)."""
    head = tok.head
    return (
        _YEAR.fullmatch(tok.text) is not None
        and tok.dep_ == "pobj"
        and head.lower_ in words().year_preps
        and head.head.pos_ in {"VERB", "AUX"}
    )


def _running(tok: Token) -> bool:
    """``tok`` starts a phrase saying the count runs up to now: "so far", "to date"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and f"{tok.lower_} {nxt.lower_}" in words().running_phrases


def period_tally(verb: Token) -> bool:
    """``verb`` counts acts over a stretch of months or years, or up to now."""
    if verb.pos_ not in {"VERB", "AUX"} or not _counted_party(verb):
        return False
    return any(_stretch(t) or _running(t) or _whole_year(t) for t in _own_clause(verb))


@combine_passes.register("combine.period_tally.v1")
def period_tallies(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A coercive or violent verb counting acts over a stretch of months or years: no event."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code[:2] not in _ROOTS:
            continue
        if period_tally(trig.token):
            trig.suppressed = True
            trig.notes.append("record")
