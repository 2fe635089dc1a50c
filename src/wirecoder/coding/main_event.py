"""The main event of an article or headline: what a one-row dataset (UCDP GED, ACLED) would code from it.

A statement about violence is not the violence: in "X says gunmen killed two", "X condemns the attack that
killed seven" or "X summons the envoy over the shelling", the reported act is the main event when the
coder found it, and the speaker's act stays an event of its own; so is what befell the attackers ("police
shot both gunmen dead") beside their attack. Otherwise the most confident event wins,
save that an attack told without its toll ("Gunmen attacked a checkpoint. Three guards were killed.") yields
to a violent event told next to it, as confident or nearly, that carries the toll: the one row an incident
dataset codes has the toll.
"""

from __future__ import annotations

from functools import cache

from ..article import Event
from .aftermath import AFTERMATH
from .lexicon import load, word_set
from .numbers import lexicon

_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation, verbal conflict
TOLL_MARGIN = 0.1  # how much less confident the toll-bearing telling of the attack may be
TOLL_SENTENCES = 2  # ... and how many sentences from the attack it may be told
LEAD_MARGIN = 0.05  # how much less confident a violent act told in an earlier sentence (the lead) may be and win
_DEFINITE = frozenset({"the", "both", "all", "these", "those"})  # "the attackers", "both gunmen"


def main_event(events: list[Event]) -> Event | None:
    """The most confident event (the first on a tie), after dropping verbal acts whose sentence also tells
    a violent act."""
    violent_sentences = {e.sentence_index for e in events if is_violent(e)}
    candidates = [e for e in events if not (is_verbal(e) and e.sentence_index in violent_sentences)]
    attacks = [e for e in candidates if is_violent(e) and not _attackers_fate(e)]
    if attacks:  # "police shot the two attackers dead": what befell the attackers of the story's attack
        candidates = [e for e in candidates if not _attackers_fate(e)]
    best: Event | None = None
    for e in candidates or events:
        if best is None or e.confidence > best.confidence:
            best = e
    return _with_toll(_lead(best, candidates or events), candidates or events)


def _lead(best: Event | None, events: list[Event]) -> Event | None:
    """The violent act told first when ``best`` is a violent act of a later sentence hardly more confident: a
    summary leads with its incident ("X shelled a market, killing six. A day later a drone strike killed four":
    the shelling)."""
    if best is None or not is_violent(best):
        return best
    earlier = [
        e
        for e in events
        if is_violent(e)
        and e.sentence_index < best.sentence_index
        and e.background == best.background
        and e.confidence >= best.confidence - LEAD_MARGIN
    ]
    return min(earlier, key=lambda e: (e.sentence_index, -e.confidence), default=best)


def _attackers_fate(event: Event) -> bool:
    """Violence done to the attackers the story has told of, and to them only: "the attackers", "both
    gunmen", "all three bombers" (a definite reference, never "five militants" of an operation of its own),
    with no more dead than they were ("the suicide bomber and 14 others were killed" is the attack)."""
    words = (event.target.text if event.target is not None else "").lower().split()
    if len(words) < 2 or words[0] not in _DEFINITE or not is_violent(event):
        return False
    head = words[-1]
    if not {head, head.removesuffix("s"), head.removesuffix("men") + "man"} & _attackers():
        return False
    units = lexicon().units
    count = next((units[w] for w in words if w in units), 2 if "both" in words else None)
    if count is None and not head.endswith("s") and not head.endswith("men"):
        count = 1
    return count is None or not event.fatalities or event.fatalities <= count


@cache
def _attackers() -> frozenset[str]:
    return word_set(load("perpetrators")["attacker_nouns"])


def _with_toll(best: Event | None, events: list[Event]) -> Event | None:
    """``best``, or when it is an attack without a toll, the violent event with one told nearest to it (in
    its sentence, else the next, else the one before: "X claimed the attack" after the bombing's toll), at
    most ``TOLL_MARGIN`` less confident unless it retells the attack."""
    if best is None or not is_violent(best) or best.fatalities:
        return best
    near = [
        e
        for e in events
        if e.fatalities
        and is_violent(e)
        and _same_time(e, best)
        and abs(e.sentence_index - best.sentence_index) <= TOLL_SENTENCES
        and (e.confidence >= best.confidence - TOLL_MARGIN or _retells(e, best))
        and _same_doer(e, best)
    ]
    return min(near, key=lambda e: (_distance(e, best), -e.confidence), default=best)


def _retells(event: Event, attack: Event) -> bool:
    """A later sentence that tells the attack's toll again (marked ``aftermath``: "the victim died at the
    scene"), however much less confident its own telling: it has the toll the attack was told without."""
    return AFTERMATH in (event.pattern or "").split("+") and event.sentence_index > attack.sentence_index


def _same_time(event: Event, attack: Event) -> bool:
    """The toll is of the attack's time: news of the week for news of the week; for an attack told as past
    ("On 3 May 1998, a car bomb ..." in a dated summary), a toll of that past day (or of no day of its own)."""
    if not getattr(event, "background", False):
        return not getattr(attack, "background", False) or event.date in (None, attack.date)
    return bool(getattr(attack, "background", False)) and event.date in (None, attack.date)


def _same_doer(event: Event, attack: Event) -> bool:
    """The toll's telling names the attack's doer, or names one where the attack names none. In the attack's
    own sentence, where the coder kept two events apart, a telling that names no doer is some other act
    ("air strikes, clashes kill 75"); a later "seven were killed" may name none when the attack names none
    or when it retells the attack (marked ``aftermath``)."""
    if attack.source is None:
        return event.source is not None or event.sentence_index != attack.sentence_index
    if event.source is None and AFTERMATH in (event.pattern or "").split("+"):
        return event.sentence_index != attack.sentence_index  # "one more later died": the attack's toll, retold
    doer = attack.source.name or attack.source.text
    return event.source is not None and (event.source.name or event.source.text) == doer


def _distance(event: Event, attack: Event) -> tuple[int, bool]:
    """How far ``event`` is told from ``attack``: sentences apart, a later telling before an earlier one."""
    return abs(event.sentence_index - attack.sentence_index), event.sentence_index < attack.sentence_index


def is_violent(event: Event) -> bool:
    """An assault, a fight or mass violence (CAMEO roots 18-20, PLOVER ASSAULT)."""
    return (event.cameo or {}).get("root") in _VIOLENT_ROOTS or (event.plover or {}).get("type") == "ASSAULT"


def is_verbal(event: Event) -> bool:
    """A statement, appeal, accusation or other verbal act (CAMEO quad classes 1 and 3)."""
    return (event.cameo or {}).get("quad_class") in _VERBAL_QUADS
