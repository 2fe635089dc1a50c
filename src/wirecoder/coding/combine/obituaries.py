"""An obituary's account of the dead person's past is history, no incident of the day: "The nurse, who treated
the wounded after the nightclub bombings that killed 202 people, died on Monday in Perth aged 81".

The sentence's verb is a death of one person told with their age ("died aged 74", "died at 80", "died at the
age of 80"): no attack kills a person "aged 74" in a news lead without its own words of force, and the clause
on the person ("who treated the wounded", "a survivor of the siege") tells their life. Coded as news, the old
bombing's 202 dead would land on this week's table. A violent act in that clause with a day of its own ("who
was wounded in an ambush on Monday") is news and stays. Word lists: ``data/lexicon/obituaries.yaml``.
"""

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
class ObituaryWords:
    """The word lists of ``data/lexicon/obituaries.yaml``."""

    death_verbs: frozenset[str]
    age_words: frozenset[str]
    biography_deps: frozenset[str]


@cache
def words() -> ObituaryWords:
    """The lists, read once per process."""
    return lexicon.word_lists("obituaries", ObituaryWords)


def _gives_age(verb: Token) -> bool:
    """``verb`` tells the age of the one who died: "aged 74", "at the age of 80", "at 71"."""
    w = words()
    for c in verb.subtree:
        if c.lower_ in w.age_words and any(n.like_num for n in c.subtree):
            return True
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            if any(o.dep_ == "pobj" and o.like_num and not o.ent_type_ == "TIME" for o in prep.children):
                return True  # "died at 71" ("at 5 pm" is a time)
    return False


def obituary_verb(verb: Token) -> bool:
    """``verb`` tells one person's death with their age: "died aged 74", "has died at the age of 80"."""
    return verb.lemma_.lower() in words().death_verbs and verb.pos_ in {"VERB", "AUX"} and _gives_age(verb)


def _biography_clause(tok: Token) -> Token | None:
    """The head of the clause or phrase on the subject of an obituary verb that holds ``tok``, if any."""
    deps = words().biography_deps
    cur = tok
    while cur.head.i != cur.i:
        if cur.dep_ in deps and cur.head.dep_ in {"nsubj", "nsubjpass"} and obituary_verb(cur.head.head):
            return cur
        cur = cur.head
    return None


def told_life(tok: Token) -> bool:
    """``tok`` is an act of the dead person's past told in an obituary, with no day of its own."""
    clause = _biography_clause(tok)
    return clause is not None and not dated_to_a_day(clause)


@combine_passes.register("combine.obituary_life.v1")
def obituary_life(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told in an obituary's clause on the dead person: history, no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if told_life(trig.token):
            trig.suppressed = True
            trig.notes.append("background")
