"""What a named speaker says of itself is its statement (data: lexicon/own_statements.yaml).

CAMEO codes "The ministry said it was monitoring the situation" as the ministry's statement (010), and "The coast
guard acknowledged that one of its vessels had hit a trawler" as an admission (015), though neither names another
actor. coding/statements.py codes a statement about another actor; this module adds the reported clause whose
subject stands for the speaking body itself ("it"; a person's "he"/"she" only if the lexicon lists them, which it
does not: "said he was tired" is no stance), or for the speaker's own state or body told by a possessive pronoun
("the president said his country would remain neutral": ``own_bodies``), and the clause of an admission verb,
whatever it is about. Only in a sentence with no other event (the caller's rule), and only when the speaker is
named (:func:`named_speaker`): "it said it was ready" is no event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from . import lexicon
from .model import Pattern
from .own_speakers import own_speaker
from .triggers import Trigger

#: The pattern id of a statement a named speaker makes of itself.
OWN_STATEMENT = "own-statement"
#: CAMEO's code of an admission made without remorse.
ADMISSION = "015"


@dataclass(frozen=True)
class OwnStatementWords:
    admission_verbs: frozenset[str]
    person_pronouns: frozenset[str]
    own_bodies: frozenset[str]
    own_possessives: frozenset[str]
    plain_speakers: frozenset[str]


@cache
def own_statement_words() -> OwnStatementWords:
    """The word lists of ``data/lexicon/own_statements.yaml``."""
    return lexicon.word_lists("own_statements", OwnStatementWords)


def own_statement(verb: Any, said: Any, code: str) -> Trigger | None:
    """The statement of ``verb``'s speaker when its reported clause ``said`` is about the speaker itself, or is
    an admission (``admission_verbs``: 015); None otherwise. Only the sentence's main verb speaks so: a speaker's
    words of itself in a conjoined or subordinate clause are no act of the sentence."""
    words = own_statement_words()
    lemma = verb.lemma_.lower()
    if verb.dep_ != "ROOT":
        return None  # "X said ... and Y said he was unaware": words of the speaker's own in a later clause
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in words.plain_speakers for c in verb.children):
        return None  # "residents said they feared new raids": ordinary people's feelings, no public stance
    if lemma in words.admission_verbs:
        code = ADMISSION
    elif not any(_stands_for_speaker(s, verb) for s in said.children if s.dep_ in {"nsubj", "nsubjpass"}):
        return None
    pattern = Pattern(id=OWN_STATEMENT, kind="verb", head=lemma, extra=(), code=code, origin="wirecoder")
    return Trigger(verb, pattern, None, code, None)


def _stands_for_speaker(subj: Any, verb: Any) -> bool:
    """Is the clause's subject a pronoun standing for the one speaker of its reporting ``verb``?"""
    if own_speaker(subj) is not None:  # "the ministry said it ...": own_speakers' verbs and number
        return True
    words = own_statement_words()
    if subj.lower_ not in words.person_pronouns and not _own_body(subj, words):
        return False
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    return len(speakers) == 1 and speakers[0].tag_ in {"NN", "NNP"}


def _own_body(subj: Any, words: OwnStatementWords) -> bool:
    """Is the clause's subject the speaker's own state or government told by a possessive pronoun ("the
    president said his country would remain neutral", "the minister said her government would ...")? A body
    named for itself ("the country", "Kenya's government") is not read so."""
    if subj.lemma_.lower() not in words.own_bodies or subj.head.dep_ != "ccomp":
        return False
    return any(c.dep_ == "poss" and c.lower_ in words.own_possessives for c in subj.children)


def named_speaker(sources: list[Any]) -> bool:
    """Does the statement have a speaker the text names (an actor's name, not a pronoun)?"""
    return any(s.participant.name and not s.pronoun for s in sources)
