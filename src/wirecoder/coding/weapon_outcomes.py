"""A weapon told as the subject of an outcome verb, with a casualty word in that verb's clause, is its attack:
"a mine left seven villagers dead", "a truck bomb caused 1,400 casualties, 91 of them fatal" are a bombing
with that toll, as "the blast left 14 dead" is. Not "the bomb caused panic" or "the mine left a crater" (no
one harmed), nor a weapon that is no subject of such a verb ("a bomb left in a waiting room").
Words: ``data/lexicon/weapon_outcomes.yaml``; the weapon's kind: ``weapon_codes`` of the pattern config."""

from __future__ import annotations

from functools import cache
from typing import Any

from .constants import NOUN_POS, Token
from .lexicon import load, word_set


@cache
def _words() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    data = load("weapon_outcomes")
    return word_set(data["verbs"]), word_set(data["casualties"]), {str(k): str(v) for k, v in data["nouns"].items()}


def weapon_outcome_noun(tok: Token, weapon_codes: dict[str, Any]) -> str | None:
    """The event noun ("bombing") that ``tok`` stands for when it is a weapon the subject of an outcome verb
    whose clause tells casualties, else None."""
    verbs, casualties, nouns = _words()
    if tok.pos_ not in NOUN_POS or tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in verbs:
        return None
    kinds = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"] + [tok.lemma_.lower()]
    code = next((str(weapon_codes[k]) for k in kinds if k in weapon_codes), None)
    if code is None or code not in nouns:
        return None
    verb = tok.head
    told = [t for t in verb.subtree if t.i not in range(tok.left_edge.i, tok.right_edge.i + 1)]
    if not any(t.lemma_.lower() in casualties or t.lower_ in casualties for t in told):
        return None
    return nouns[code]
