"""The means of a response that the parser hangs on what is responded to. In "Turkey responded to the attack
with air strikes on X" the small parser may read "with air strikes" as part of "the attack", leaving the
verb with no means and the strikes with no one striking: the "with" phrase is moved to the verb of response.
Text, tokens, offsets and entities stay as they were."""

from __future__ import annotations

from typing import Any

from .reparse import rehead

# verbs of answering whose "with" names how the answer was given ("retaliated for X with shelling")
RESPONSE_VERBS = frozenset({"respond", "react", "reply", "retaliate", "answer", "hit back", "strike back"})
_ANSWERED_PREPS = frozenset({"to", "for", "against"})


def _response_verb(prep: Any) -> Any | None:
    """The verb of response that ``prep`` ("to the attack") hangs on, if any."""
    verb = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in _ANSWERED_PREPS or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in RESPONSE_VERBS else None


def reattach_response_means(doc: Any) -> Any:
    """``doc`` with each "with" phrase on the object of a verb of response ("responded to the attack with
    air strikes") made the verb's own, unless the verb has a "with" phrase already."""
    moves = []
    for tok in doc:
        if tok.dep_ != "prep" or tok.lower_ != "with" or tok.head.dep_ != "pobj" or tok.head.ent_type_ == "PERSON":
            continue
        verb = _response_verb(tok.head.head)
        if verb is None or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
            continue
        moves.append((tok.i, verb.i))
    if moves:
        rehead(doc, dict(moves))
    return doc
