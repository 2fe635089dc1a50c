"""A protest march read as the month. In "police broke up a march by opposition supporters" the small parser
may take "march" for the month March, a noun adverb of the verb, and "by opposition supporters" for a passive's
agent, leaving the verb with no object. A lower-case "march" or "marches" with a determiner of its own ("a",
"the", "their") is the protest: when it hangs as a noun adverb after a verb that has no object, it is made the
verb's object, and an agent "by" right after it is made its modifier (the march's holders). A capitalised
"March" ("met on 3 March", "last March") is the month and left as it is. Text, tokens, offsets and entities stay
as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

_MARCH = frozenset({"march", "marches"})
_OBJECT_DEPS = frozenset({"dobj", "obj"})


def reattach_march_objects(doc: Any) -> Any:
    """``doc`` with each protest "march" read as a noun adverb made its verb's object."""
    heads: dict[int, int] = {}
    deps: dict[int, str] = {}
    for tok in doc:
        if not _misread_march(tok):
            continue
        heads[tok.i], deps[tok.i] = tok.head.i, "dobj"
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and after.dep_ == "agent" and after.head.i == tok.head.i:
            heads[after.i], deps[after.i] = tok.i, "prep"  # "a march by opposition supporters"
    if heads:
        rehead(doc, heads, deps)
    return doc


def _misread_march(tok: Any) -> bool:
    verb = tok.head
    return bool(
        tok.text in _MARCH
        and tok.dep_ == "npadvmod"
        and verb.pos_ == "VERB"
        and verb.i < tok.i
        and any(c.dep_ in {"det", "poss"} for c in tok.children)
        and not any(c.dep_ in _OBJECT_DEPS for c in verb.children)
    )
