"""Violence told of a share of a population is a statistic, no incident of the day: "the survey found that 1 in
5 women had been attacked by a partner", "two in three of the victims were killed by a partner, the report
said", "a third of the children surveyed had been beaten by a teacher, the study found".

A violent trigger whose victim (its passive subject or its object) is counted as a ratio ("1 in 5 women",
"one in every four suspects", "two out of three") gives no event; so does one whose victim is a share ("a
third of", "40 percent of") in a sentence with a finding word ("survey", "study", "poll"). A share with no
finding ("half of the 40 hostages were killed") and any act dated to a day keep their event. Words in
``data/lexicon/population_shares.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force
from .war_tolls import dated_to_a_day

_VICTIMS = frozenset({"nsubjpass", "dobj", "obj"})


@dataclass(frozen=True)
class Words:
    ratio_words: frozenset[str]
    ratio_fillers: frozenset[str]
    share_nouns: frozenset[str]
    finding_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("population_shares", Words)


def _count(tok: Token) -> bool:
    return tok.like_num or tok.pos_ == "NUM"


def _ratio_at(doc_toks: list[Token], k: int) -> bool:
    """The tokens from ``k`` read "N in M" or "N in every M" ("1 in 5", "two out of three")."""
    w = words()
    if k + 2 >= len(doc_toks) or not _count(doc_toks[k]) or doc_toks[k + 1].lower_ not in w.ratio_words:
        return False
    rest = doc_toks[k + 2 :]
    while rest and rest[0].lower_ in w.ratio_fillers:  # "in every", "out of"
        rest = rest[1:]
    return bool(rest) and _count(rest[0])


def _victims(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _VICTIMS]


def ratio_victims(verb: Token) -> bool:
    """The victims of ``verb`` are counted as a ratio: "1 in 5 women", "one in every four suspects"."""
    toks = list(verb.doc)
    for victim in _victims(verb):
        end = min(len(toks), victim.right_edge.i + 4)  # "one" then "in every four suspects" hung on the verb
        if any(_ratio_at(toks, k) for k in range(victim.left_edge.i, end)):
            return True
    return False


def surveyed_share(verb: Token) -> bool:
    """The victims of ``verb`` are a share ("a third of the children") in a sentence with a finding word."""
    w = words()
    if not any(v.lemma_.lower() in w.share_nouns or v.lower_ in w.share_nouns for v in _victims(verb)):
        return False
    return any(t.lower_ in w.finding_words for t in verb.sent)


def population_share(verb: Token) -> bool:
    """``verb`` tells violence of a share of a population, with no day of its own."""
    return (ratio_victims(verb) or surveyed_share(verb)) and not dated_to_a_day(verb)


@combine_passes.register("combine.population_share.v1")
def population_shares(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Violence told of "1 in 5 women" or of "a third of the children surveyed": a statistic, no event."""
    suppress_force(triggers, population_share, note="statistic")
