"""A public official's words on a state of affairs are the official's statement (data:
lexicon/public_statements.yaml).

CAMEO codes "The finance minister said inflation was falling" and "The foreign minister said talks on the dam had
reached a dead end" as the minister's public statement (010), though the reported clause names no other actor
(coding/statements.py codes words about another actor, coding/own_statements.py words about the speaker itself).
Only the sentence's main reporting verb, before its clause, spoken by an office or a government body the
lexicon lists ("a company said its profit rose", "traders said prices rose": no public stance), about a noun
phrase (not a pronoun, not a count of people); the caller keeps it only in a sentence with no other event and
with a named speaker (coding/statements.py: unspoken).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import lexicon
from .judged_acts import judged_act_words
from .model import Pattern
from .triggers import Trigger

#: The pattern id of an official's statement on a state of affairs.
PUBLIC_STATEMENT = "public-statement"


@dataclass(frozen=True)
class PublicStatementWords:
    office_speakers: frozenset[str]
    public_verbs: frozenset[str]
    plain_subjects: frozenset[str]


@cache
def public_statement_words() -> PublicStatementWords:
    """The word lists of ``data/lexicon/public_statements.yaml``."""
    return lexicon.word_lists("public_statements", PublicStatementWords)


def office_speaker(verb: Any) -> bool:
    """Is the reporting ``verb``'s subject an office or a government body ("the finance minister", "Kenya's
    government", "a spokesman for the army")?"""
    words = public_statement_words()
    return any(
        c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"} and c.lemma_.lower() in words.office_speakers
        for c in verb.children
    )


def public_clause(verb: Any, event_nouns: frozenset[str] = frozenset()) -> bool:
    """Is ``verb`` the main reporting verb of an office speaker, before a reported clause whose subjects are
    noun phrases (no pronoun, no count of people, no act or measure: "the minister said the protest was
    peaceful" judges an act, coding/judged_acts.py's, and a plain description of an act is no event)?"""
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in public_statement_words().public_verbs:
        return False
    if not office_speaker(verb):
        return False
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"} and c.i > verb.i), None)
    if said is None:
        return False
    words = public_statement_words()
    subjects = [c for c in said.children if c.dep_ in {"nsubj", "nsubjpass"}]
    judged = judged_act_words().judged_things | event_nouns
    if not subjects or any(
        s.pos_ not in {"NOUN", "PROPN"} or s.lemma_.lower() in words.plain_subjects or s.lemma_.lower() in judged
        for s in subjects
    ):
        return False
    return not any(c.dep_ == "nummod" for s in subjects for c in s.children)  # "said two people died"


def public_statement(verb: Any, said: Any, code: str, event_nouns: frozenset[str] = frozenset()) -> Trigger | None:
    """The statement of an office speaker's reporting ``verb`` on a state of affairs (:func:`public_clause`);
    None otherwise."""
    if not public_clause(verb, event_nouns):
        return None
    pattern = Pattern(
        id=PUBLIC_STATEMENT, kind="verb", head=verb.lemma_.lower(), extra=(), code=code, origin="wirecoder"
    )
    return Trigger(verb, pattern, None, code, None)
