"""Names that sit in a sentence without placing its event: a place name bent into a compound modifier
("Yemen-based", "US-built", "Tripoli-backed"), a date the tagger took for a town ("in March"), and, for a
statement, a place inside another clause of the sentence (the topic of what is said, not where it is said).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..yamlfiles import data_path, read_yaml

Token = Any

_DATE_ENTS = frozenset({"DATE", "TIME"})
# Dependencies that lead from a clause's verb to the verb it belongs to without leaving the act: conjoined
# verbs ("met and signed"), auxiliaries, and participles that frame it ("speaking in Geneva, ... said").
_SAME_CLAUSE = frozenset({"conj", "aux", "auxpass", "xcomp", "advcl"})


@cache
def presence_verbs() -> frozenset[str]:
    """Lemmas of verbs that put their subject at a place (``places/presence_verbs.yaml``)."""
    return frozenset(str(w).lower() for w in read_yaml(data_path("places", "presence_verbs.yaml"))["lemmas"])


def compound_modifier(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the first half of a hyphenated modifier ("Kabul-based",
    "Russian-backed"): a hyphen then a lowercase word. "Kabul-Kandahar highway" stays a name."""
    return end + 1 < len(text) and text[end] == "-" and text[end + 1].islower()


def dated(tok: Token) -> bool:
    """Whether the tagger read ``tok`` as part of a date or time ("in early March", "by May"), so that a
    town of that name ("March", "May") is not what the phrase means."""
    return tok.ent_type_ in _DATE_ENTS


def _clause_verb(tok: Token) -> Token | None:
    """The nearest verb at or above ``tok``, or None at the root of a verbless sentence."""
    cur = tok
    while cur.pos_ not in {"VERB", "AUX"}:
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur


def in_other_clause(doc: Any, tokens: tuple[int, int], trigger: Token | None) -> bool:
    """Whether the name at token range ``tokens`` hangs from a verb of another clause than ``trigger``'s (a
    relative or complement clause: "urged aid for herders whose wells dried up in Somalia", "said it was
    promised loans by Japan"). A verb that governs the trigger ("said in Geneva that it accepted") is the same act's."""
    if trigger is None or doc is None or tokens[1] <= tokens[0]:
        return False
    root = doc[tokens[0]]
    while tokens[0] <= root.head.i < tokens[1] and root.head.i != root.i:
        root = root.head  # the name's own head word ("Somalia" of "the wells of Somalia")
    verb = _clause_verb(root.head) if root.head.i != root.i else None
    if verb is None or verb.i == trigger.i or verb.is_ancestor(trigger):
        return False
    if verb.lemma_.lower() in presence_verbs():  # "the minister, visiting Baghdad, urged": where she is
        return False
    while verb.dep_ in _SAME_CLAUSE and verb.head.i != verb.i:  # "speaking in Geneva, she accused"
        verb = verb.head
        if verb.i == trigger.i:
            return False
    return True
