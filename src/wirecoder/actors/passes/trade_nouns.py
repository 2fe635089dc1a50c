"""Unknown people named by their trade: "bus conductors beat a passenger", "tea pickers blocked the highway",
"shop owners stoned a suspected robber". The actor base lists the common trades ("farmers", "traders"), but a
trade it does not know left the clause with no doer, and a violent act with none is given unidentified armed
men (geo/unknown_perpetrator.py): a mob of conductors became an armed attack. A plural agent noun of a trade
(a lemma ending in -er, -or or -ist) that heads the subject of a clause is read as civilians (CVL) instead.

Left alone: singular nouns and nouns that are not a clause's subject (too many things end in -er: "power
transformers", "aircraft carriers"), nouns inside a name, and the lemmas of ``not_trades`` (machines, kin,
sides, armed doers). Words in ``data/lexicon/trade_nouns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ...coding import lexicon
from ..records import AgentNoun

CIVILIANS = "CVL"


@dataclass(frozen=True)
class Words:
    suffixes: frozenset[str]
    not_trades: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("trade_nouns", Words)


def trade_noun(tok: Any) -> AgentNoun | None:
    """The civilians' agent noun for ``tok`` if it is a plural trade noun heading a clause's subject."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "conj") or tok.ent_type_:
        return None
    if tok.dep_ == "conj" and not (tok.head.dep_ == "nsubj" and tok.head.tag_ == "NNS"):
        return None  # "shop owners and porters stormed ...": a subject's conjunct, no other coordination
    lemma = tok.lemma_.casefold()
    w = words()
    if len(lemma) < 5 or not lemma.isalpha() or lemma in w.not_trades or lemma.endswith("man"):
        return None
    if not any(lemma.endswith(x) for x in w.suffixes):
        return None
    return AgentNoun(lemmas=(lemma,), sector=CIVILIANS, kind="group")
