"""Victims of an abduction found dead: "Gunmen seized two engineers near X. Their bodies were found days
later." tells the toll of the abduction, as incident data codes it. A later sentence whose verb finds,
recovers or discovers bodies (or finds someone dead) counts its own number ("two of them were found dead",
"three bodies were recovered"), else the abducted ("their bodies", "the victims' bodies"), else one for
one person ("the mayor was found dead", "his body was found"). Words: ``data/lexicon/found_dead.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Event
from .constants import Token
from .lexicon import load, word_set
from .numbers import lexicon, number_at

ABDUCTION = "181"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("found_dead")
    return {k: word_set(data.get(k)) for k in ("verbs", "remains", "dead", "plural_refs", "singular_refs")}


def found_dead(span: Any, incident: Event) -> tuple[Token, int] | None:
    """The finding verb and how many were found dead, when ``span`` tells the abducted of ``incident`` were."""
    if (incident.cameo or {}).get("code", "")[:3] != ABDUCTION:
        return None
    w = _words()
    for verb in span:
        if verb.lemma_.lower() not in w["verbs"] or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            return None  # "the body was never found"
        found = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "obj"}]
        dead = any(c.lower_ in w["dead"] for c in verb.subtree if c.dep_ in {"acomp", "oprd", "xcomp", "advmod"})
        for who in found:
            if who.lemma_.lower() in w["remains"] or dead:
                count = _count(who, incident, span.doc, w)
                if count:
                    return verb, count
    return None


def _count(who: Token, incident: Event, doc: Any, w: dict[str, frozenset[str]]) -> int | None:
    """How many ``who`` stands for: its own number, the abducted it points back to, or one person."""
    own = _number_in(doc, who.left_edge.i, who.i + 1) or next(
        (_number_in(doc, c.left_edge.i, c.right_edge.i + 1) for c in who.children if c.dep_ == "prep"), None
    )
    if own:  # "two of them", "the bodies of three men", "four bodies"
        return own
    if _number_in(doc, who.i, who.i + 1):  # "two of the hostages": the number is the head
        return _number_in(doc, who.i, who.i + 1)
    refs = [who, *who.children, *(g for c in who.children if c.dep_ == "prep" for g in c.subtree)]
    words = {t.lower_ for t in refs} | {t.lemma_.lower() for t in refs}
    plural = who.tag_ in {"NNS", "NNPS"} and who.lemma_.lower() not in w["remains"]
    if words & w["plural_refs"] or plural or who.lower_ in {"they", "them"}:
        return _abducted(incident, doc)
    if words & w["singular_refs"] or who.tag_ in {"NN", "NNP"}:
        abducted = _abducted(incident, doc)
        return 1 if abducted in (None, 1) else None  # "the body was found" of two abducted: not told whose
    return None


def _abducted(incident: Event, doc: Any) -> int | None:
    """The number of people the abduction took ("two engineers": 2; "a town mayor": 1)."""
    tgt = incident.target
    if tgt is None or tgt.start is None or tgt.end is None:
        return None
    span = doc.char_span(tgt.start, tgt.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    while head.dep_ in {"amod", "compound", "nmod"} and head.head.i > head.i:  # "Sunni" of "five Sunni laborers"
        head = head.head
    counted = _number_in(doc, min(span.start, head.left_edge.i), max(span.end, head.i + 1))
    if counted:
        return counted
    return 1 if head.tag_ in {"NN", "NNP"} else None


def _number_in(doc: Any, start: int, end: int) -> int | None:
    lex = lexicon()
    for i in range(start, end):
        num = number_at(doc, i, end, lex)
        if num is not None and not num.vague and num.value >= 1 and doc[i].lower_ not in {"a", "an"}:
            return int(num.value)
    return None
