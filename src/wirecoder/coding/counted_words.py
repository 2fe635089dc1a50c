"""The word that makes a verb count victims goes with the counted noun: "beat two men to death", "shot dead two men",
"Two of the wounded succumbed" (``verb_with_word`` of ``data/lexicon/quantity_kinds.yaml``, read by
``coding/quantities.py``)."""

from __future__ import annotations

from typing import Any


def has_word(verb: Any, counted: Any, word: str) -> bool:
    """Whether ``word`` goes with ``verb`` for ``counted``: the counted noun itself, a dependent of the verb or of its
    prepositions ("beat two men to death"), a modifier of the noun ("shot dead two men") or its "of" ("Two of the
    wounded succumbed")."""
    near = [counted, *verb.children, *counted.children]
    near += [
        g
        for c in (*verb.children, *counted.children)
        if c.dep_ == "prep" and (c.head.i == verb.i or c.lower_ == "of")
        for g in c.children
    ]
    return any(t.lemma_.lower() == word or t.lower_ == word for t in near)
