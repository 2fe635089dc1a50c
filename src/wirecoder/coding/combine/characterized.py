"""A judgement read from an attack named after a verb of calling needs that attack to be the predicate.

"Zelensky called the strike a deliberate attack on civilians" and "described the raid as a blatant assault on
its sovereignty" judge an act (CAMEO 111); the patterns that read them (``characterize-attack``) look only at the
words after the verb, so "the president called an emergency meeting after an attack on the city" or "witnesses
described an attack on the village" would be judgements too. Here such a trigger stays only when the verb has a
predicate said of its object: a bare second object ("called X an attack", parsed ``oprd`` or a second ``dobj``)
or, for a verb of describing, an "as" phrase on the verb or its object. Words: the lexicon ``characterized``.
"""

from __future__ import annotations

from functools import cache

from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    data = load("characterized")
    return word_set(data["patterns"]), word_set(data["as_verbs"])


def _as_phrase(tok: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def has_predicate(verb: Token) -> bool:
    """Does ``verb`` say something of its object ("called X Y", "described X as Y")?"""
    _, as_verbs = _words()
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if verb.lemma_.lower() in as_verbs:
        return _as_phrase(verb) or any(_as_phrase(o) for o in objects)
    return len(objects) >= 2 or any(c.dep_ == "oprd" for c in verb.children)


@combine_passes.register("combine.characterized_predicate.v1")
def characterized_predicate(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Drop a characterising trigger (lexicon ``patterns``) whose verb says nothing of its object; one kept
    judges the act its object names, so its target is that object, never the victims of the attack it names
    ("called the strike an attack on civilians": no one accused by name)."""
    patterns, _ = _words()
    for trig in triggers:
        if trig.suppressed or trig.pattern.id not in patterns or trig.pattern.kind != "verb":
            continue
        if not has_predicate(trig.token):
            trig.suppressed = True
            trig.notes.append("no-predicate")
            continue
        obj = next((c for c in trig.token.children if c.dep_ in {"dobj", "obj"}), None)
        if obj is not None and trig.target_from is None:
            trig.target_from = obj
