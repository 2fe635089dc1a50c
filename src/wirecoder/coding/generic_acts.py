"""Two readings of an act's wording that decide whether it is told as an event (data: lexicon/generic_acts.yaml).

A request told as the reason of another's act ("at the request of X, Y did Z", "at X's request") is X's act of its
own, not the topic of Y's act. An act told as what is usual ("it is commonplace for new juntas to suspend
parliament") or as a habit in the simple present ("governments often impose curfews") is no event: it tells
what happens as a rule, not that anything happened; so is a present perfect habit of speakers named only by
their kind ("critics have long accused the league of graft")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from . import lexicon
from .constants import Token


@dataclass(frozen=True)
class GenericWords:
    reason_preps: frozenset[str]
    request_nouns: frozenset[str]
    usual_adjectives: frozenset[str]
    usual_links: frozenset[str]
    habit_adverbs: frozenset[str]
    lasting_adverbs: frozenset[str]
    generic_speakers: frozenset[str]


@cache
def generic_words() -> GenericWords:
    """The word lists of ``data/lexicon/generic_acts.yaml``."""
    return lexicon.word_lists("generic_acts", GenericWords)


def granted_request(tok: Token) -> bool:
    """``tok`` is a request noun told as the reason of a verb's act: "at the request of X, Y ...", "per X's
    request", "upon a request from X"."""
    words = generic_words()
    prep = tok.head
    return (
        tok.lower_ in words.request_nouns
        and tok.dep_ == "pobj"
        and prep.lower_ in words.reason_preps
        and prep.head.pos_ in {"VERB", "AUX"}
    )


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause holds ``tok``: itself for a verb (the first of conjoined verbs), the nearest verb
    above an event noun."""
    cur = tok
    if cur.pos_ not in {"VERB", "AUX"}:
        cur = next((a for a in cur.ancestors if a.pos_ in {"VERB", "AUX"}), cur)
    while cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
        cur = cur.head
    return cur


def _usual_frame(verb: Token, words: GenericWords) -> bool:
    """``verb`` is the "to V" of "it is commonplace for X to V" (or of the adjective itself)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    gov = verb.head
    if gov.pos_ == "ADJ" and gov.lemma_.lower() in words.usual_adjectives:
        gov = gov.head
        adjectives = True
    else:
        adjectives = any(a.lemma_.lower() in words.usual_adjectives for a in fr.children(gov, {"acomp", "attr"}))
    return (
        adjectives
        and gov.lemma_.lower() in words.usual_links
        and any(s.lower_ == "it" for s in fr.children(gov, {"nsubj", "expl"}))
    )


def _habit(verb: Token, words: GenericWords) -> bool:
    """``verb`` is in the simple present with a habit adverb: "governments often impose curfews"."""
    return (
        verb.tag_ in {"VBP", "VBZ"}
        and not fr.children(verb, {"aux", "auxpass"})
        and any(a.lower_ in words.habit_adverbs for a in fr.children(verb, {"advmod"}))
    )


def _generic_habit(verb: Token, words: GenericWords) -> bool:
    """``verb`` is a present perfect habit of a speaker named only by a bare plural of its kind: "critics have
    long accused the league of graft", "fans have often criticised the organisers"."""
    adverbs = words.habit_adverbs | words.lasting_adverbs
    if verb.tag_ != "VBN" or not any(a.lemma_.lower() == "have" for a in fr.children(verb, {"aux"})):
        return False
    if not any(a.lower_ in adverbs for a in fr.children(verb, {"advmod"})):
        return False
    subjects = fr.children(verb, {"nsubj"})
    return bool(subjects) and all(
        s.lower_ in words.generic_speakers and s.tag_ == "NNS" and not fr.children(s, {"det", "poss", "compound"})
        for s in subjects
    )


def generic_act(tok: Token) -> bool:
    """The act of ``tok`` is told as what is usual or as a habit, not as something that happened."""
    words = generic_words()
    verb = _clause_verb(tok)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return _usual_frame(verb, words) or _habit(verb, words) or _generic_habit(verb, words)


def passing_request(tok: Token) -> bool:
    """A request noun with only a possessor for its maker, outside a reason phrase: "regarding Iran's request",
    "requests for help with her brother's bail" — an earlier appeal mentioned in passing, no act told here. Its
    maker written out ("the request of X", "a request from X") or its reason phrase ("at X's request") tells it."""
    words = generic_words()
    if tok.lower_ not in words.request_nouns or granted_request(tok):
        return False
    return not any(p.lower_ in {"of", "from", "by"} for p in fr.children(tok, {"prep", "agent"}))
