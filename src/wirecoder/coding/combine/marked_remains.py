"""A body found with marks of violence and no doer named: "the bullet-riddled body of a man was found in X",
"the body of a trader with gunshot wounds was recovered". A frame of a finding verb that asks for such marks
(``text:`` in verbs.yaml) and codes a killing makes an event with no source (note "actorless:"), as a count of
bodies ("the bodies of two men ...") already does through its toll; one body with no count of its own ("the
body of a man with gunshot wounds") is one death (``one_body``). Words: ``data/lexicon/found_dead.yaml``
(``verbs``, ``remains``, ``one_remains``)."""

from __future__ import annotations

from functools import cache

from ...article import Quantity
from .. import frames as fr
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ACTORLESS = "actorless:marked remains"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("found_dead")
    return {key: word_set(data.get(key)) for key in ("verbs", "remains", "one_remains")}


@combine_passes.register("combine.marked_remains.v1")
def marked_remains(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Mark the finding of remains that bear marks of a killing as an event with no doer named."""
    w = _words()
    for trig in triggers:
        tok, frame = trig.token, trig.frame
        if trig.suppressed or frame is None or frame.text is None or not trig.code.startswith("19"):
            continue
        if tok.lemma_.lower() not in w["verbs"]:
            continue
        flags = ctx.flags_of(tok)
        if flags.get("future") or flags.get("hypothetical") or flags.get("negated"):
            continue
        held = fr.children(tok, {"nsubjpass", "dobj"})
        if any(h.lemma_.lower() in w["remains"] or h.lower_ in w["remains"] for h in held):
            trig.notes.append(_ACTORLESS)


def one_body(trig: Trigger) -> Quantity | None:
    """One death for marked remains told as one body and no count ("the bullet-riddled body of a trader was
    found"); None for bodies, a counted or joined body ("two bodies", "the body of a man and a woman")."""
    if _ACTORLESS not in trig.notes:
        return None
    held = fr.children(trig.token, {"nsubjpass", "dobj"})
    if len(held) != 1 or held[0].lower_ not in _words()["one_remains"] or held[0].tag_ != "NN":
        return None
    noun = held[0]
    owned = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    parts = [noun, *owned]
    if any(c.dep_ in {"nummod", "conj", "cc"} for p in parts for c in p.children):
        return None
    if any(p.tag_ in {"NNS", "NNPS"} for p in owned):  # "the body of the two brothers"
        return None
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    return Quantity("killed", 1, None, noun.doc.text[start:end], None, start, end)
