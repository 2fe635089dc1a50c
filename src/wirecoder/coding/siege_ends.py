"""A siege's toll told with its end or its length is the attack's: "Gunmen stormed a guesthouse. The siege ended
after 14 hours with 22 people dead, including the five attackers." and "Militants attacked a university. The
15-hour siege left 21 people dead." are one incident with 22 and 21 dead (the attackers among them), not an
attack without a toll beside a siege (a CAMEO 191 blockade) that holds it or holds nothing. The dead told in the
clause whose subject is a siege noun ("siege", "standoff", "the hostage crisis") go to the latest attack or
seizure by a side that is no state's told in the two sentences before; counts told as a part of them
("including the five attackers", "among them three assailants") are not added again. A sentence whose other
events hold a toll of their own is left to ``coding/siege_tolls.py``. Words: ``data/lexicon/sieges.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event, Quantity
from .affiliation import STATE_SECTORS
from .lexicon import load, word_set
from .main_event import is_violent
from .quantities import FATAL_KINDS, count_root, extract, fatalities

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("sieges")[key])


@cache
def _codes() -> frozenset[str]:
    data = load("sieges")
    return frozenset(str(c) for c in [*data["hostage_codes"], *data["place_codes"]])


def siege_ends(article: Article) -> None:
    """Move the toll told of each siege's end or length to the attack it ends (in place)."""
    doc = article.doc
    if doc is None:
        return
    for index, sent in enumerate(article.sentences):
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        noun = next((t for t in span if _siege_noun(t)), None) if span is not None else None
        if noun is None:
            continue
        verb = noun.head
        here = [e for e in article.events if e.sentence_index == index and _of_the_siege(e, noun, verb)]
        if any(e.fatalities and e.sentence_index == index and e not in here for e in article.events):
            continue  # a toll of its own: "Commandos stormed the hotel, ending the siege; 12 died"
        dead = _told_dead(doc, verb)
        total = fatalities(dead)
        attack = _attack(article, index)
        if not total or attack is None or (attack.fatalities or 0) >= total:
            continue
        attack.fatalities = total
        attack.quantities = [*(q for q in attack.quantities if q.kind not in FATAL_KINDS), *dead]
        for e in here:
            e.fatalities = None
            e.quantities = [q for q in e.quantities if q.kind not in FATAL_KINDS]


def _siege_noun(tok: Any) -> bool:
    """The subject of a clause naming a siege: "the siege", "the 30-hour standoff", "the hostage crisis"."""
    if tok.dep_ not in _SUBJECTS or tok.head.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    if lemma in _words("siege_nouns") or tok.lower_ in _words("siege_nouns"):
        return True
    captive = _words("captive_words")
    return lemma in _words("ordeal_nouns") and any(
        c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in captive or c.lower_ in captive) for c in tok.children
    )


def _of_the_siege(event: Event, noun: Any, verb: Any) -> bool:
    """The event the siege noun itself was coded as (a blockade, 191), or a death with no doer told in the
    siege's clause ("with six hostages and two gunmen dead")."""
    start = (event.trigger or {}).get("start")
    if start is None:
        return False
    if noun.idx <= start < noun.idx + len(noun.text):
        return True
    first, last = verb.left_edge, verb.right_edge
    return event.source is None and first.idx <= start < last.idx + len(last.text)


def _told_dead(doc: Any, verb: Any) -> list[Quantity]:
    """The counts of dead told in the clause of ``verb``, less those told as a part of them."""
    clause = doc[verb.left_edge.i : verb.right_edge.i + 1]
    counts = []
    for q in extract(clause):
        root = count_root(doc, q)
        if q.kind in FATAL_KINDS and q.value and root is not None and not _a_part(root, verb):
            counts.append(q)
    return counts


def _a_part(tok: Any, verb: Any) -> bool:
    """``tok`` is told inside "including ..." or "among them ..." below ``verb``."""
    parts = _words("part_words")
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.lower_ in parts:
            return True
        tok = tok.head
    return False


def _attack(article: Article, index: int) -> Event | None:
    """The latest attack or seizure by a side that is no state's, told in the two sentences before ``index``."""
    found = [
        e
        for e in article.events
        if index - 2 <= e.sentence_index < index
        and not e.background
        and (is_violent(e) or str((e.cameo or {}).get("code") or "") in _codes())
        and not (e.source is not None and e.source.sector in STATE_SECTORS)
    ]
    return max(found, key=lambda e: (e.sentence_index, e.confidence)) if found else None
