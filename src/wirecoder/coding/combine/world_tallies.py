"""Acts counted over the whole world are a tally, no incident: "320 journalists were jailed worldwide and 45
were killed in 2024", "attacks on aid workers rose around the world". Coded as acts, such a line puts a year's
dead of many countries in one row. A coercive or violent act (CAMEO 17-20) spread over the world by an adverb
("worldwide", "globally") or a phrase ("around the world"), on itself or on a verb it is joined to, gives no
event unless it has a day of its own ("police arrested 800 suspects worldwide on Tuesday" stays).
Word lists: ``data/lexicon/world_tallies.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .war_tolls import dated_to_a_day

_ROOTS = frozenset({"17", "18", "19", "20"})


@dataclass(frozen=True)
class WorldTallyWords:
    """The word lists of ``data/lexicon/world_tallies.yaml``."""

    scope_adverbs: frozenset[str]
    scope_nouns: frozenset[str]
    scope_preps: frozenset[str]


@cache
def words() -> WorldTallyWords:
    """The lists, read once per process."""
    return lexicon.word_lists("world_tallies", WorldTallyWords)


def _spread(tok: Token) -> bool:
    """``tok`` has a word spreading it over the world: "jailed worldwide", "killed around the world"."""
    w = words()
    for c in tok.children:
        if c.dep_ == "advmod" and c.lower_ in w.scope_adverbs:
            return True
        if c.dep_ == "prep" and c.lower_ in w.scope_preps:
            if any(o.dep_ == "pobj" and o.lower_ in w.scope_nouns for o in c.children):
                return True
    return False


def worldwide(tok: Token) -> bool:
    """``tok`` (an act) or a verb it is joined to is spread over the world."""
    joined = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    if tok.dep_ == "conj":
        joined.append(tok.head)
    return any(_spread(t) for t in joined)


@combine_passes.register("combine.world_tally.v1")
def world_tally(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Suppress coercion and violence counted over the world, with no day of its own."""
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] not in _ROOTS:
            continue
        if worldwide(tok) and not dated_to_a_day(tok):
            trig.suppressed = True
            trig.notes.append("tally")
