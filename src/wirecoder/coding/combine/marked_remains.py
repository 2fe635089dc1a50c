"""A body found with marks of violence and no doer named: "the bullet-riddled body of a man was found in X",
"the body of a trader with gunshot wounds was recovered". A frame of a finding verb that asks for such marks
(``text:`` in verbs.yaml) and codes a killing makes an event with no source (note "actorless:"), as a count of
bodies ("the bodies of two men ...") already does through its toll. Words: ``data/lexicon/found_dead.yaml``
(``verbs``, ``remains``)."""

from __future__ import annotations

from functools import cache

from .. import frames as fr
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ACTORLESS = "actorless:marked remains"


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("found_dead")
    return {key: word_set(data.get(key)) for key in ("verbs", "remains")}


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
