"""The people lost in a loss's further conjuncts: "Police lost three constables and a head constable" is four,
"the army lost six corporals and a captain" seven, "lost two lieutenants and five privates" seven. Each conjunct
of the counted object whose noun is a person of the loss nouns (``loss_nouns`` of
``data/lexicon/attacker_deaths.yaml``) counts its number, or one when it has none and is told with "a", "an",
"one" or "the" and a singular noun ("a captain", "the driver"). A conjunct that is a thing ("two soldiers and a
truck"), a vague number ("and dozens of civilians") or a plural with no number ("and several guards") stops the
count there: the figure is then only what was counted before it."""

from __future__ import annotations

from typing import Any

from .numbers import lexicon as number_lexicon
from .numbers import number_at

_SINGLE_DETS = frozenset({"a", "an", "one", "the"})


def lost_conjuncts(doc: Any, obj: Any, nouns: frozenset[str]) -> int:
    """The count of the people in ``obj``'s conjuncts after it (0 when there are none or one is no person)."""
    total = 0
    for conj in _conjuncts(obj):
        value = _conjunct_count(doc, conj, nouns)
        if value is None:
            break
        total += value
    return total


def _conjuncts(obj: Any) -> list[Any]:
    """The conjuncts of ``obj`` in order ("A and B and C", "A, B and C")."""
    found: list[Any] = []
    todo = [c for c in obj.children if c.dep_ == "conj"]
    while todo:
        conj = todo.pop(0)
        found.append(conj)
        todo.extend(c for c in conj.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _conjunct_count(doc: Any, conj: Any, nouns: frozenset[str]) -> int | None:
    """One conjunct's people, or None when it is no person or its number is vague or missing."""
    if conj.pos_ != "NOUN" or (conj.lemma_.lower() not in nouns and conj.lower_ not in nouns):
        return None
    num = next((c for c in conj.children if c.dep_ == "nummod"), None)
    if num is not None:
        number = number_at(doc, num.left_edge.i if num.left_edge.pos_ == "NUM" else num.i, len(doc), number_lexicon())
        if number is None or number.vague or number.value != int(number.value) or number.value < 1:
            return None
        return int(number.value)
    return 1 if one_person(conj) else None


def one_person(noun: Any) -> bool:
    """A singular noun told with "a", "an", "one" or "the" ("a captain", "the driver")."""
    return noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in noun.children)
