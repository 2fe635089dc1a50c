"""A party that passes another in a ranking is compared, not attacked: "India overtook China as the most
populous country", "Burkina Faso overtook Afghanistan as the country most affected by terrorism", "the
chipmaker toppled Apple as the world's most valuable company", "Kenya beat Ethiopia to become the region's
largest economy". A verb of force from ``passing_verbs`` whose "as" phrase, or "to become" clause, names a rank
(a superlative or a rank word) gives no event. "Rebels overtook the town" and "the army toppled the president"
name no rank, and stay. Words in ``data/lexicon/rankings.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext, suppress_force

_SUPERLATIVES = frozenset({"JJS", "RBS"})


@dataclass(frozen=True)
class Words:
    passing_verbs: frozenset[str]
    rank_preps: frozenset[str]
    becoming_verbs: frozenset[str]
    rank_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("rankings", Words)


def _names_a_rank(head: Token) -> bool:
    """The phrase under ``head`` names a rank: a superlative or a rank word ("the most populous country", "the
    country most affected", "the top exporter")."""
    ranks = words().rank_words
    return any(t.tag_ in _SUPERLATIVES or t.lower_ in ranks for t in head.subtree)


def _rank_phrases(verb: Token) -> list[Token]:
    """What ``verb`` says the party became: the objects of its "as" phrases and its "to become" clauses."""
    w = words()
    found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in w.rank_preps for o in p.children]
    for c in verb.children:
        if c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in w.becoming_verbs:
            found.extend(g for g in c.children if g.dep_ in {"attr", "dobj", "oprd", "acomp", "prep"})
    return found


def passed_in_rank(verb: Token) -> bool:
    """``verb`` passes a rival in a ranking: a passing verb whose "as" or "to become" phrase names a rank."""
    if verb.lemma_.lower() not in words().passing_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(_names_a_rank(p) for p in _rank_phrases(verb))


@combine_passes.register("combine.ranking_pass.v1")
def ranking_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A rival passed in a ranking ("overtook China as the most populous country"): no event."""
    suppress_force(triggers, passed_in_rank, note="ranking")
