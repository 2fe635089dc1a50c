"""A noun set off after a clause that sums its violent act up is that act, told again: "Soldiers killed almost
1,000 villagers in December 1981, the worst massacre of the civil war", "the clinic was bombed in 1968, an
attack that killed 40 patients". When the clause dates its act to a year, the noun is that old act, and it
gives no event of its own: coded as one, it carried the old toll with no date ("massacre ... dead=1000").

The noun follows a comma, opens with an article ("an attack", "the worst massacre"), hangs on the clause's verb
(the parser makes it an apposition, an adverbial noun or a second object), and the clause before the comma
holds a violent act the sentence dates to a year ("in 1968", "in December 1981"). A clause with no year ("Gunmen
stormed the hotel on Monday, an attack that killed 12") keeps its noun, whose toll may be the day's.
Words: ``data/lexicon/summing_nouns.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True)
class SummingWords:
    """The word lists of ``data/lexicon/summing_nouns.yaml``."""

    summing_deps: frozenset[str]
    openers: frozenset[str]


@cache
def words() -> SummingWords:
    """The lists, read once per process."""
    return lexicon.word_lists("summing_nouns", SummingWords)


def summing_noun(tok: Token, acts: set[int]) -> bool:
    """``tok`` (a violent noun) sums up a violent act of ``acts`` told before it in a clause dated to a year."""
    w = words()
    if tok.pos_ != "NOUN" or tok.dep_ not in w.summing_deps or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    start = min(t.i for t in tok.subtree)
    if start == 0 or tok.doc[start - 1].text != "," or tok.doc[start].lower_ not in w.openers:
        return False
    before = tok.doc[tok.sent.start : start - 1]
    return any(t.i in acts for t in before) and any(_YEAR.match(t.text) and t.ent_type_ == "DATE" for t in before)


@combine_passes.register("combine.summing_noun.v1")
def summing_noun_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A noun that sums up a year-dated violent act told before it: that old act again, no event."""
    acts = {t.token.i for t in triggers if t.code[:2] in FORCE_ROOTS and t.token.pos_ in {"VERB", "AUX"}}
    for trig in triggers:
        if not trig.suppressed and trig.code[:2] in FORCE_ROOTS and summing_noun(trig.token, acts):
            trig.suppressed = True
            trig.notes.append("background")
