"""A counted plural that points back to a listed set of countries: "the three countries" after "France, Germany
and Britain warned Iran" is each of the three (data: lexicon/plural_anaphors.yaml).

The antecedent is the latest earlier sentence's list of exactly that many named actors of distinct countries,
joined by a coordinator; a sentence with two such lists of different countries is ambiguous and gives none."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..article import Article, Mention, Participant
from ..errors import DataError
from . import frames as fr
from . import lexicon
from .constants import Token


@dataclass(frozen=True)
class PluralWords:
    nouns: frozenset[str]
    counts: dict[str, int]


@cache
def plural_words() -> PluralWords:
    """The word lists of ``data/lexicon/plural_anaphors.yaml``."""
    data = lexicon.load("plural_anaphors")
    counts = data["counts"]
    if not all(isinstance(v, int) for v in counts.values()):
        raise DataError(str(lexicon.LEXICON_DIR / "plural_anaphors.yaml"), "'counts' must map words to numbers")
    return PluralWords(lexicon.word_set(data["nouns"]), {str(k).lower(): v for k, v in counts.items()})


def plural_count(tok: Token) -> int | None:
    """How many states a counted plural ("the two countries", "both governments") stands for; None if the token
    is no such plural."""
    words = plural_words()
    if tok.lower_ not in words.nouns or tok.tag_ not in {"NNS", "NNPS"}:
        return None
    counts = [
        words.counts[c.lower_]
        for c in tok.children
        if c.dep_ in {"det", "nummod", "predet", "preconj"} and c.lower_ in words.counts
    ]
    return counts[0] if len(counts) == 1 else None


def _country_list(head: Token, by_head: dict[int, Mention]) -> tuple[Mention, ...] | None:
    """The named actors of a coordinated list headed by ``head``, one per distinct country; None otherwise."""
    if head.i not in by_head or (head.dep_ == "conj" and head.head.i in by_head) or not fr.coordinated(head):
        return None  # a list starts at its first named member ("On Monday, Chile, Peru and ...": Chile)
    members = fr.with_conjuncts(head)
    found = [by_head.get(t.i) for t in members]
    if any(m is None or m.actor is None or not m.actor.country or m.kind not in {"name", "acronym"} for m in found):
        return None
    countries = {m.actor.country for m in found if m is not None and m.actor is not None}
    if len(countries) != len(found):
        return None
    return tuple(m for m in found if m is not None)


def listed_antecedents(article: Article, tok: Token) -> list[Participant]:
    """The countries a counted plural points back to, as participants written with the plural's own words."""
    n = plural_count(tok)
    doc = article.doc
    if n is None or doc is None:
        return []
    sent_start = tok.sent.start
    by_head = {m.head: m for m in article.mentions if m.head is not None and m.head < sent_start}
    for sent in reversed([s for s in doc.sents if s.end <= sent_start]):
        lists = {
            tuple(sorted(m.actor.country or "" for m in found if m.actor is not None)): found
            for t in sent
            if (found := _country_list(t, by_head)) is not None and len(found) == n
        }
        if len(lists) > 1:
            return []  # two lists of that size: which one is meant is not told
        if lists:
            phrase = doc[tok.left_edge.i : tok.i + 1]
            return [
                Participant(
                    phrase.text,
                    phrase.start_char,
                    phrase.end_char,
                    a.actor_id,
                    a.name,
                    a.country,
                    a.sector,
                    a.cameo,
                    a.country_basis or "stated",
                )
                for m in next(iter(lists.values()))
                if (a := m.actor) is not None
            ]
    return []
