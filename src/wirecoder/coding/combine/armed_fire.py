"""A nationality on the fire or weapon that did the killing names who did it: "Indian fire kills four",
"Russian missiles hit a school" (that country's forces; the fire nouns are ``fire_nouns``, the weapons
``weapon_codes``). A fire with no nationality ("a fire killed four in a factory") stays no one's act."""

from __future__ import annotations

from .. import frames as fr
from ..constants import VIOLENT_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@combine_passes.register("combine.armed_fire.v1")
def armed_fire(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb whose subject is a fire noun or a weapon with a nationality adjective takes that
    nationality as its source ("Israeli fire killed two", "Pakistani shells wounded five")."""
    nouns = ctx.config.fire_nouns | frozenset(ctx.config.weapon_codes)
    for trig in triggers:
        if trig.pattern.kind != "verb" or trig.suppressed or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if trig.source_from is not None:
            continue
        for subj in fr.children(trig.token, {"nsubj"}):
            maker = _nationality(subj) if subj.lemma_.lower() in nouns or subj.lower_ in nouns else None
            if maker is not None:
                trig.source_from = maker
                trig.notes.append(f"fire:{subj.lemma_.lower()}")
                break


def _nationality(noun: Token) -> Token | None:
    """The nationality adjective on ``noun`` ("Indian fire"), if any."""
    return next((c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"), None)
