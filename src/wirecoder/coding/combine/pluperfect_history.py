"""An act told in the past perfect and placed in an earlier year is background, no event: "police had used water
cannon against a similar rally last year", "the group had been blamed for a bombing in 2019", "the two leaders had
met two years ago" (GUIDE: background is no event). The past perfect tells what came before the story's acts; a
year or more back ("last year", "in 2019", "years ago") makes it history rather than the night before. A day of its
own keeps the act ("had attacked the post on Monday", "had been seized on 3 May"), and so does the simple past or
the present perfect ("police arrested him last year" is left to the other rules). A noun trigger is judged by the
verb that governs it ("had been blamed for a bombing last year"). Words in ``data/lexicon/pluperfect_history.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .war_tolls import dated_to_a_day

_YEAR = re.compile(r"(1[89]|20)\d\d")
_VERBS = frozenset({"VERB", "AUX"})
_OTHER_CLAUSES = frozenset({"conj", "ccomp", "relcl", "advcl", "parataxis", "acl"})


@dataclass(frozen=True)
class Words:
    year_nouns: frozenset[str]
    before_marks: frozenset[str]
    year_preps: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("pluperfect_history", Words)


def _pluperfect(verb: Token) -> bool:
    """``verb`` is a past participle with "had" ("had attacked", "had been blamed")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


def _own_words(verb: Token) -> list[Token]:
    """The words of ``verb``'s clause, less the clauses joined to it or told inside it ("said ...", "who ...")."""
    out, stack = [], [c for c in verb.children if c.dep_ not in _OTHER_CLAUSES]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSES)
    return out


def _earlier_year(verb: Token) -> bool:
    """``verb``'s own words place it a year or more back: "last year", "two years ago", "in 2019"."""
    w = words()
    toks = _own_words(verb)
    said = {t.lower_ for t in toks}
    if said & w.year_nouns and said & w.before_marks and "this" not in said:
        return True  # "last year", "two years ago"; not "earlier this year"
    return any(t.dep_ == "pobj" and t.head.lower_ in w.year_preps and _YEAR.fullmatch(t.text) is not None for t in toks)


def _governing_verb(tok: Token) -> Token:
    """``tok`` when it is a verb, else the nearest verb above it ("blamed" for "a bombing")."""
    if tok.pos_ in _VERBS:
        return tok
    for anc in tok.ancestors:
        if anc.pos_ in _VERBS:
            return anc
    return tok


def pluperfect_history(tok: Token) -> bool:
    """``tok``'s act is told in the past perfect in an earlier year, with no day of its own."""
    verb = _governing_verb(tok)
    return _pluperfect(verb) and _earlier_year(verb) and not dated_to_a_day(verb)


@combine_passes.register("combine.pluperfect_history.v1")
def pluperfect_histories(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Acts told in the past perfect in an earlier year: background, no event."""
    for trig in triggers:
        if not trig.suppressed and pluperfect_history(trig.token):
            trig.suppressed = True
            trig.notes.append("background")
