"""People taken and then killed by a pronoun: "pulled out seven labourers and shot them dead" counts seven dead,
"took nine passengers off two buses and killed them" nine.

The counted noun is a plural person noun (``person_nouns`` or ``group_nouns``), the object of a verb that does no
harm itself (take, seize, pull out, line up), and the next verb conjoined after it with an object has a pronoun
(``them``) as that object and kills (a victim verb of ``data/lexicon/quantity_kinds.yaml`` whose kind is a death, or
its verb-with-word: "shot them dead"). Another object between them ("seized five men, torched a car and killed them") leaves the count alone: the pronoun may be anyone.
Pronouns: ``them_pronouns`` of ``data/lexicon/toll_parts.yaml``."""

from __future__ import annotations

from functools import cache
from typing import Any

from .counted_words import has_word
from .lexicon import load, word_set
from .numbers import Lexicon
from .victims import FATAL_KINDS


@cache
def _pronouns() -> frozenset[str]:
    return word_set(load("toll_parts")["them_pronouns"])


def _later_conjuncts(verb: Any) -> list[Any]:
    """The verbs conjoined with ``verb`` in its chain that come after it, in text order."""
    root = verb
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    chain: list[Any] = []
    todo = [root]
    while todo:
        tok = todo.pop()
        chain.append(tok)
        todo.extend(c for c in tok.children if c.dep_ == "conj")
    return sorted((t for t in chain if t.i > verb.i and t.pos_ in ("VERB", "AUX")), key=lambda t: t.i)


def _killing_kind(verb: Any, them: Any, lex: Lexicon) -> str | None:
    """The death kind ``verb`` gives its object ``them`` ("killed them", "shot them dead"), or None."""
    lemma = verb.lemma_.lower()
    for word_verb, word, kind in lex.verb_with_word:
        if lemma == word_verb and has_word(verb, them, word) and kind in FATAL_KINDS:
            return kind
    told = lex.object_verbs.get(lemma)
    return told if told in FATAL_KINDS else None


def them_kind(x: Any, lex: Lexicon) -> str | None:
    """The death kind of the counted noun ``x`` when a later conjoined verb kills it as "them", or None."""
    if x.dep_ not in ("dobj", "obj") or x.tag_ not in ("NNS", "NNPS"):
        return None
    if not any(w in lex.person_nouns or w in lex.group_nouns for w in (x.lemma_.lower(), x.lower_)):
        return None  # people only: "torched two cars and killed them" counts no cars
    verb = x.head
    if verb.lemma_.lower() in lex.object_verbs:
        return None  # the first verb tells what befell them itself ("abducted five men and killed them")
    for later in _later_conjuncts(verb):
        objects = [c for c in later.children if c.dep_ in ("dobj", "obj")]
        if not objects:
            continue
        if objects[0].lower_ not in _pronouns():
            return None
        return _killing_kind(later, objects[0], lex)
    return None
