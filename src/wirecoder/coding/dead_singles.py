"""Singular persons told dead in a "left ... dead" or "with ... dead" phrase, beside or without a number: "The
siege ended with the gunman and a cashier dead" is two dead, "The blast left two policemen and the driver dead"
three (the number's count has the two), "ended with the hijacker and one passenger dead" two. Each conjunct of the
phrase with no number whose noun is one person ("the driver", "a cashier", "the bomber") is one dead; a conjunct
with a number is the number's count already, and a thing ("left the car burnt") or a group noun with no person
("left the village deserted") is no one. The phrase runs back from the state word (a ``victim_words`` word of
the quantity lexicon whose kind is a death) over determiners, numbers, adjectives, nouns, "and" and commas to
"with" or a form of "leave". A person told killed before the phrase ("killing a farmer. The attack left the
farmer dead") is told again, no more dead."""

from __future__ import annotations

from typing import Any

from ..article import Quantity
from .numbers import lexicon
from .victims import FATAL_KINDS, _one_person, _victims_of

_RUN_POS = frozenset({"DET", "NUM", "ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT", "PRON"})
_SEPARATORS = frozenset({"and", ","})
_LONGEST = 14  # tokens of a phrase's conjuncts
_DETS = frozenset({"the", "a", "an", "his", "her", "their"})  # not "its": "with its timer dead"


def dead_singles(doc: Any, floor: int, limit: int) -> list[Quantity]:
    """One dead count per "left/with ... dead" phrase in ``doc[floor:limit]`` holding singular persons without a
    number (their number as its value)."""
    lex = lexicon()
    found: list[Quantity] = []
    for state in doc[floor:limit]:
        if lex.victim_words.get(state.lower_) not in FATAL_KINDS:
            continue
        first = _phrase_start(doc, state, floor)
        if first is None:
            continue
        singles = [g for g in _conjuncts(doc[first : state.i]) if _single(g, lex) and not _told_killed(doc, g, lex)]
        if singles:
            start, end = singles[0][0], singles[-1][-1]
            found.append(
                Quantity(
                    kind="dead",
                    value=len(singles),
                    text=doc[start.i : end.i + 1].text,
                    start=start.idx,
                    end=end.idx + len(end.text),
                )
            )
    return found


def _phrase_start(doc: Any, state: Any, floor: int) -> int | None:
    """The first token of the phrase before ``state`` opened by "with" or a form of "leave", or None."""
    i = state.i - 1
    while i >= max(floor, state.i - _LONGEST) and doc[i].pos_ in _RUN_POS and doc[i].lower_ != "with":
        if doc[i].pos_ == "PRON" and doc[i].tag_ != "PRP$":
            return None
        i -= 1
    if i < floor or i == state.i - 1:
        return None
    opener = doc[i]
    if opener.lower_ == "with" or (opener.lemma_.lower() == "leave" and opener.pos_ in {"VERB", "AUX"}):
        return i + 1
    return None


def _conjuncts(run: Any) -> list[list[Any]]:
    """The run's tokens split at "and" and commas."""
    groups: list[list[Any]] = [[]]
    for tok in run:
        if tok.lower_ in _SEPARATORS:
            groups.append([])
        else:
            groups[-1].append(tok)
    return [g for g in groups if g]


def _single(group: list[Any], lex: Any) -> bool:
    """A conjunct with no number naming one person: "the driver", "a cashier", "the bomber"."""
    if any(t.like_num or t.pos_ == "NUM" for t in group):
        return False
    noun = group[-1]
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    told = any(t.lower_ in _DETS for t in group) or (noun.tag_ == "NNP" and noun.ent_type_ == "PERSON")
    return told and _one_person(noun, lex)


def _told_killed(doc: Any, group: list[Any], lex: Any) -> bool:
    """The conjunct's person told killed before it ("killing a farmer. The attack left the farmer dead"): a
    retelling, counted already."""
    noun = group[-1]
    lemma = noun.lemma_.lower()
    for tok in doc[: group[0].i]:
        verb = tok.head
        if tok.lemma_.lower() == lemma and any(v.i == tok.i for v in _victims_of(verb, verb.lemma_.lower(), lex)):
            return True
    return False
