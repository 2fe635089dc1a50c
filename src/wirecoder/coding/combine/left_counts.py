"""The wounded counted after "left": "the blast left 12 people dead and 30 wounded", "riots left five dead and
dozens injured". The small parser reads the second count as the subject of a verb conjoined to "left" ("dozens
injured"), so the wounded become an attack of their own, with the dead of the first count and, beside an arrest,
the arresting police as its makers. A casualty verb conjoined to a verb of result (``result_verbs`` of the
config: "leave") whose subject is a count and that has no object of its own is that result's second count: no
event, its number stays a casualty count of the act that left it."""

from __future__ import annotations

from ..constants import Token
from ..frames import children
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_HARM_ROOTS = frozenset({"18", "19", "20"})
_VAGUE_COUNTS = frozenset({"dozen", "dozens", "hundred", "hundreds", "score", "scores", "thousand", "thousands"})


def _count(tok: Token) -> bool:
    """``tok`` is a number of people: "30", "dozens", "30 people", "scores of others"."""
    if tok.like_num or tok.lower_ in _VAGUE_COUNTS or tok.lemma_.lower() in _VAGUE_COUNTS:
        return True
    return any(c.dep_ == "nummod" for c in tok.children)


@combine_passes.register("combine.left_count.v1")
def left_count(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A casualty verb that is the second count of "left N dead and M wounded" is no act of its own."""
    results = ctx.config.result_verbs
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.code[:2] not in _HARM_ROOTS or trig.pattern.kind != "verb":
            continue
        if tok.dep_ != "conj" or tok.head.lemma_.lower() not in results or tok.tag_ not in {"VBN", "VBD"}:
            continue
        subjects = children(tok, {"nsubj", "nsubjpass"})
        if not subjects or not _count(subjects[0]) or children(tok, {"dobj", "obj", "agent"}):
            continue
        trig.suppressed = True
        trig.notes.append("left count")
