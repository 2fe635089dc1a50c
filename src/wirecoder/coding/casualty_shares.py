"""Tolls told as a share of a larger count or of a list: "causing 23 casualties, 4 of them fatal" (4 dead),
"one of the hostages was beheaded" (1 killed: "one of the" counts here, though "one of the largest" does
not), and "the dead included 12 soldiers and a driver" (13 dead: each count of the list, a lone "a/an"
noun one).

Words: ``share_words`` and ``dead_subjects`` of ``data/lexicon/casualty_shares.yaml``; the victim verbs of
``data/lexicon/quantity_kinds.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Quantity
from .lexicon import load, word_set
from .numbers import Lexicon, as_number, number_at
from .victims import FATAL_KINDS

_OF_WHOLE = frozenset({"them", "whom", "which", "these", "those", "the"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("casualty_shares")[key])


def one_of_victims(doc: Any, i: int, lex: Lexicon) -> bool:
    """Whether "one" at ``i`` ("one of the hostages", "one of them") is the subject of a killing told of
    it: a passive killing verb ("was beheaded"), a dying verb ("died"), or a verb with its word ("was
    shot dead"); or the object of an active killing verb ("stabbed four people, killing one of them")."""
    tok = doc[i]
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj") or tok.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ == "dobj":
        return lex.object_verbs.get(lemma) in FATAL_KINDS
    if tok.dep_ == "nsubjpass" and lex.object_verbs.get(lemma) in FATAL_KINDS:
        return True
    if tok.dep_ == "nsubj" and lex.subject_verbs.get(lemma) in FATAL_KINDS:
        return True
    words = {c.lemma_.lower() for c in verb.children} | {c.lower_ for c in verb.children}
    return tok.dep_ == "nsubjpass" and any(
        v == lemma and w in words and kind in FATAL_KINDS for v, w, kind in lex.verb_with_word
    )


def _quantity(doc: Any, start: int, end: int, value: float, kind: str) -> Quantity:
    return Quantity(
        kind,
        as_number(value),
        None,
        doc[start:end].text,
        None,
        doc[start].idx,
        doc[end - 1].idx + len(doc[end - 1].text),
    )


def fatal_shares(doc: Any, floor: int, limit: int, lex: Lexicon) -> list[Quantity]:
    """The dead told as a share: "<count> of them/whom/which fatal" after a casualty count."""
    out: list[Quantity] = []
    i = floor
    while i < limit:
        num = number_at(doc, i, limit, lex)
        if num is None or num.vague is not None:
            i += 1
            continue
        i = num.end
        end = num.end
        if end + 2 > limit or doc[end].lower_ != "of" or doc[end + 1].lower_ not in _OF_WHOLE - {"the"}:
            continue
        if end + 2 < limit and doc[end + 2].lower_ in _words("share_words"):
            out.append(_quantity(doc, num.start, end + 3, num.value, "dead"))
    return out


def _listed(obj: Any) -> list[Any]:
    """The nouns of a list; a comma item the parser hung as an apposition is one when the list goes on after it
    ("five women, a soldier and two children")."""
    items = [obj]
    for tok in obj.subtree:
        listed = tok.dep_ == "conj" or (tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children))
        if listed and tok.head in items:
            items.append(tok)
    return items


def dead_list_verbs(doc: Any, start: int, end: int) -> list[Any]:
    """The verbs listing the dead ("the dead included ...", "the slain comprised ...") between the character
    offsets ``start`` and ``end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [
        verb
        for verb in span or ()
        if verb.lemma_.lower() in _words("list_verbs")
        and any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in _words("dead_subjects")
            and any(d.lower_ == "the" for d in c.children)
            for c in verb.children
        )
    ]


def included_dead(doc: Any, floor: int, limit: int, found: list[Quantity], lex: Lexicon) -> list[Quantity]:
    """The counts listed by "the dead included ..." (each retold as dead), and one for each "a/an" noun
    of the list; ``found`` are the counts already read from the sentence."""
    out: list[Quantity] = []
    for verb in doc[floor:limit]:
        if verb.lemma_.lower() not in _words("list_verbs"):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in _words("dead_subjects")]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not subjects or not objects or not any(c.lower_ == "the" for c in subjects[0].children):
            continue
        for item in _listed(objects[0]):
            lo, hi = item.left_edge, item
            counted = [q for q in found if q.start is not None and lo.idx <= q.start < hi.idx + len(hi.text)]
            nums = [c for c in item.children if c.dep_ == "nummod"]
            num = number_at(doc, nums[0].i, limit, lex) if nums else None
            if counted:
                out.extend(Quantity("dead", q.value, q.approx, q.text, None, q.start, q.end) for q in counted)
            elif num is not None:
                out.append(_quantity(doc, lo.i, hi.i + 1, num.value, "dead"))
            elif item.pos_ == "NOUN" and any(c.lower_ in ("a", "an") for c in item.children):
                out.append(_quantity(doc, lo.i, hi.i + 1, 1, "dead"))
    return out


def retold(
    doc: Any, floor: int, limit: int, found: list[Quantity], lex: Lexicon
) -> tuple[list[Quantity], list[Quantity]]:
    """``found`` with the counts a "the dead included" list retells as dead, and the shares to add."""
    listed = included_dead(doc, floor, limit, found, lex)
    if listed:
        spans = {(q.start, q.end) for q in listed}
        found = [q for q in found if (q.start, q.end) not in spans]
    return found + listed, fatal_shares(doc, floor, limit, lex)
