"""Acts told as an open question are no events: "the party did not say whom it would back", "Peru has not decided
whether to join the pact", "reporters asked whom she would endorse" (who will do what is not told; a negated
governor makes no refusal of it). Words: the lexicon ``open_questions`` (``data/lexicon/open_questions.yaml``).
"""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_REFUSING = frozenset({"refuse", "decline", "fail"})
_QUESTION_DEPS = frozenset({"dobj", "obj", "nsubj", "nsubjpass", "mark", "attr", "pobj"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("open_questions")
    return word_set(data["question_words"]), word_set(data["open_verbs"])


def _opened_by_question(clause: Token, words: frozenset[str]) -> bool:
    """The clause is opened by a question word: "whom they would back", "whether to join"."""
    return any(c.dep_ in _QUESTION_DEPS and c.lower_ in words and c.i < clause.i for c in clause.children)


def open_question(tok: Token) -> Token | None:
    """The verb that leaves ``tok``'s clause an open question (negated, or one of ``open_verbs``), else None."""
    words, verbs = _words()
    if tok.dep_ not in {"ccomp", "xcomp"} or tok.head.i == tok.i or not _opened_by_question(tok, words):
        return None
    gov = tok.head
    refused = gov.dep_ == "xcomp" and gov.head.lemma_.lower() in _REFUSING  # "refused to say whom"
    return gov if refused or fr.negated_verb(gov) or gov.lemma_.lower() in verbs else None


def asks_question(tok: Token) -> bool:
    """``tok`` is a question verb whose complement is an embedded question ("asked whom she would endorse")."""
    words, verbs = _words()
    if tok.lemma_.lower() not in verbs:
        return False
    return any(_opened_by_question(c, words) for c in fr.children(tok, {"ccomp", "xcomp"}))


@combine_passes.register("combine.open_question.v1")
def open_question_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """An act in an open question is no event, nor is asking the question ("asked whom X would back")."""
    for trig in triggers:
        if trig.suppressed or trig.pattern.kind == "noun":
            continue
        if open_question(trig.token) is not None or asks_question(trig.token):
            trig.suppressed = True
            trig.notes.append("open question")
