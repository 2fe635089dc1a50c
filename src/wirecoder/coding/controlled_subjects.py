"""Who does the act of a "to" clause governed by a verb of causing: its object.

"Bolivia's president called the removal a coup, prompting Peru to summon Bolivia's ambassador": Peru summons.
The parser hangs "summon" on "prompting" as its open complement, and the subject of an open complement is its
governor's subject (the remarks, the president) unless the governor is one of the verbs of causing
(``data/lexicon/object_control.yaml``), whose direct object is the doer of the clause ("forced the minister to
resign", "led the army to withdraw").
"""

from __future__ import annotations

from functools import cache

from . import lexicon
from .constants import Token


def causing_verb(tok: Token) -> bool:
    """Is ``tok`` a verb of causing? Its "to" clause is its object's own act, no content of a governor above it
    ("called the removal a coup, prompting Peru to summon the envoy": the summons is no part of the accusation)."""
    return tok.lemma_.lower() in _verbs() and tok.pos_ == "VERB"


@cache
def _verbs() -> frozenset[str]:
    return lexicon.word_set(lexicon.load("object_control").get("verbs"))


def controlled_subject(tok: Token) -> Token | None:
    """The direct object of the verb of causing that governs ``tok`` as its "to" clause, or None."""
    if tok.dep_ != "xcomp" or tok.head.i == tok.i or tok.head.lemma_.lower() not in _verbs():
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    objs = [c for c in tok.head.children if c.dep_ in {"dobj", "obj"} and c.i < tok.i]
    return objs[0] if objs else None
