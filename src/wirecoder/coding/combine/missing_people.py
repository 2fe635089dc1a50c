"""A person taken by someone and missing since, with neither side named as an actor: "he was picked up by men in
an unmarked car and has not been seen since", "she was taken away by men in uniform and remains missing". A
frame of an abduction (CAMEO 181) that asks for words of a disappearance (``text:`` in verbs.yaml: the
``missing_since`` list of seize, pick-up-arrest and take-away-people) makes an event with no actor (note
"actorless:"), as a killing told by the marks on a body does (marked_remains.py), when the one taken is a
person (the one who "went missing after being taken", too): a personal pronoun or a noun of people ("a parcel picked up by a courier and still missing" is none). Told
as future, hypothetical or denied, it makes none."""

from __future__ import annotations

from .. import frames as fr
from ..lexicon import person_nouns
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_ACTORLESS = "actorless:missing since"
_PERSONAL = frozenset({"he", "she", "they", "him", "her", "them", "i", "we", "me", "us"})


@combine_passes.register("combine.missing_people.v1")
def missing_people(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Mark a person taken and missing since as an abduction with no actor named."""
    for trig in triggers:
        frame = trig.frame
        if trig.suppressed or frame is None or not frame.text or not trig.code.startswith("181"):
            continue
        flags = ctx.flags_of(trig.token)
        if flags.get("future") or flags.get("hypothetical") or flags.get("negated"):
            continue
        # the one taken: the object or passive subject ("was picked up by men and has not been seen since"), or the
        #   subject of a frame that names its subject the target ("went missing after being picked up")
        held = {"nsubjpass", "dobj"} | ({"nsubj"} & set(frame.target or trig.pattern.target))
        taken = fr.children(trig.token, held)
        if not taken or not all(t.lower_ in _PERSONAL or t.lemma_.lower() in person_nouns() for t in taken):
            continue
        if _ACTORLESS not in trig.notes:
            trig.notes.append(_ACTORLESS)
