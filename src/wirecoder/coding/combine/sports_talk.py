"""Sports talk is no political event: a verbal event (roots 01-13) whose clause, or a clause it is told in, has a
player, a coach, a player's agent or a club's fans as its subject is dropped ('"They will pay dearly for this,"
the striker's agent said'), and a protest (14) when a player or coach makes it ("the goalkeeper shouted at the
referee"; fans who march still protest); so is one whose direct object is a player, a coach or a referee
("supporters slammed the coach", "the club accused the referee of bias"); a sentence telling real harm keeps its
events (the trigger itself, read as words, tells none: "the midfielder attacked the linesman's call"). The speakers:
coding/sports_speakers.py."""

from __future__ import annotations

from ..registry import combine_passes
from ..sports_speakers import addressed, harmed, speaking
from ..triggers import Trigger
from .context import CombineContext

#: Verbal roots: statements to protests (force, 15-20, stays).
_VERBAL = frozenset(f"{n:02d}" for n in range(1, 15))


@combine_passes.register("combine.sports_talk.v1")
def sports_talk_pass(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verbal event spoken by a player, a coach, a player's agent or a club's fans, or aimed at a sportsman:
    no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in _VERBAL:
            continue
        # a club's fans who protest still protest ("fans marched against the owners"); their words are talk
        talk = speaking(trig.token, followers=trig.code[:2] != "14") or addressed(trig.token)
        if talk and not harmed(trig.token, verbal=True):
            trig.suppressed = True
            trig.notes.append("sports talk")
