"""The dead told as the only ones: "The two bombers were the only fatalities" is two dead, "He was the only person
killed" one, the subject of "be" counted as the dead ("the only fatalities/deaths/dead", "the only person/people
killed", "the only one to die"). It tells the attack's whole toll, so it counts only where nothing before it in the
story (nor in its own sentence) told a death ("A suicide bomber blew himself up, killing three. He was ...": the
dead are told already, and counting them again would double the toll); a plural subject without a number ("They
were the only fatalities") counts no one, nor a denial ("was not the only fatality"). Words: ``only_deaths`` in
``data/lexicon/attacker_deaths.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Quantity
from .lexicon import load, word_set
from .self_deaths import _count, _subject_deaths


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def _only_dead(attr: Any) -> bool:
    """``attr`` is "the only fatalities" / "the only person killed" / "the only one to die"."""
    if not any(c.lower_ == "only" for c in attr.children):
        return False
    if attr.lemma_.lower() in _words("only_toll_nouns") or attr.lower_ in _words("only_toll_nouns"):
        return True
    if attr.lemma_.lower() not in _words("only_people_nouns"):
        return False
    return any(
        c.dep_ in ("acl", "relcl", "amod") and c.lemma_.lower() in _words("only_death_words") for c in attr.children
    )


def _told_before(doc: Any, end: int) -> bool:
    """A death word before ``doc[end]`` in the story ("killing three", "blew himself up")."""
    told = _words("only_told_words")
    return any(t.lemma_.lower() in told or t.lower_ in told for t in doc[:end])


def only_deaths(doc: Any, floor: int, limit: int) -> list[Quantity]:
    """The dead counted by "<subject> was/were the only <dead>" in ``doc[floor:limit]``, when no death is told
    before the "be"."""
    found: list[Quantity] = []
    for attr in doc[floor:limit]:
        verb = attr.head
        if attr.dep_ != "attr" or verb.lemma_.lower() != "be" or not _only_dead(attr):
            continue
        if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children) or _told_before(doc, verb.i):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subj.lower_ in _words("only_unknown_subjects"):
            continue
        value = _count(subj, plural=subj.tag_ in ("NNS", "NNPS"))
        if value:
            found.append(_subject_deaths(subj, value))
    return found
