"""Victims of an abduction found dead: "Gunmen abducted two engineers near X. Their bodies were found days
later." tells the toll of the abduction, as incident data codes it; so does "the victim died at the scene"
after an attack told without a toll (one, or the attacked when plural: "the victims later died"). A later sentence whose verb finds,
recovers or discovers bodies (or finds someone dead) counts its own number ("two of them were found dead",
"three bodies were recovered"), else the abducted ("their bodies", "the victims' bodies"), else one for
one person ("the mayor was found dead", "his body was found"). Words: ``data/lexicon/found_dead.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Event
from .constants import Token
from .lexicon import load, person_nouns, word_set
from .numbers import lexicon, number_at

ABDUCTION = "181"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("found_dead")
    keys = ("verbs", "remains", "dead", "plural_refs", "singular_refs", "dying_verbs", "victim_nouns", "not_people")
    return {k: word_set(data.get(k)) for k in keys}


def died(span: Any, incident: Event) -> tuple[Token, int] | None:
    """The dying verb and how many died, when ``span`` tells the victims of a toll-less ``incident`` died
    ("the victim died at the scene", "the victims later died in hospital"); never a count of its own."""
    if incident.fatalities or (incident.cameo or {}).get("root") not in {"18", "19", "20"}:
        return None
    w = _words()
    for verb in span:
        if (
            verb.lemma_.lower() not in w["dying_verbs"]
            or verb.pos_ != "VERB"
            or any(c.dep_ == "neg" for c in verb.children)
        ):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or _number_in(span.doc, subj.left_edge.i, subj.i + 1):
            return None  # "two passers-by died": counted by the toll reader
        definite = any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "these", "those"} for c in subj.children
        )
        if not (definite and subj.lemma_.lower() in w["victim_nouns"]):
            return None
        count = 1 if subj.tag_ == "NN" else _abducted(incident, span.doc, people_only=True)
        return (verb, count) if count else None
    return None


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


def _abducted(incident: Event, doc: Any, people_only: bool = False) -> int | None:
    """The number of people the abduction took or the attack hit ("two engineers": 2; "a town mayor": 1);
    with ``people_only``, a count of people only ("three villages" counts no one)."""
    tgt = incident.target
    if tgt is None or tgt.start is None or tgt.end is None:
        return None
    span = doc.char_span(tgt.start, tgt.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    while head.dep_ in {"amod", "compound", "nmod"} and head.head.i > head.i:  # "Sunni" of "five Sunni laborers"
        head = head.head
    if people_only and (head.lemma_.lower() in _words()["not_people"] or head.lemma_.lower() not in person_nouns()):
        return None
    counted = _number_in(doc, min(span.start, head.left_edge.i), max(span.end, head.i + 1))
    if counted or people_only:
        return counted
    return 1 if head.tag_ in {"NN", "NNP"} else None


def _number_in(doc: Any, start: int, end: int) -> int | None:
    lex = lexicon()
    for i in range(start, end):
        num = number_at(doc, i, end, lex)
        if num is not None and not num.vague and num.value >= 1 and doc[i].lower_ not in {"a", "an"}:
            return int(num.value)
    return None
