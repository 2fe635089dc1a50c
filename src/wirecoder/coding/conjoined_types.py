"""ACLED types of two acts one side is told doing with conjoined verbs, where the second tells what the first
was (ACLED codes the incident once):

- a ceasefire broken by a told act ("troops violated the truce and shelled border villages") is that act, a
  shelling, not a clash;
- a protest act by unarmed people who go on to do violence ("angry youths blocked the highway and set buses
  ablaze", or in the other order, "burned tyres and blocked streets") is a violent demonstration, both the
  blockade and the burning, not a mob's violence; so is violence whose purpose clause is a protest act of the
  same people ("youths burnt tyres to protest the fuel price hike").

Words: ``data/lexicon/conjoined_types.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article, Event
from .lexicon import load, word_set

_ARMED = frozenset({"MIL", "REB", "INS", "SEP", "PMIL", "COP", "SPY", "UAF", "CRM", "MILGOV"})
_VIOLENT = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("conjoined_types")
    return {key: word_set(data.get(key)) for key in ("violation_codes", "violation_acts", "protest_codes", "riot_acts")}


def _sub(event: Event) -> str:
    return str((event.acled or {}).get("sub_event_type")).lower()  # the word lists are lower case


def _code(event: Event) -> str:
    return str(event.cameo.get("code") or "")


def _same_side(a: Event, b: Event) -> bool:
    if a.source is None or b.source is None:
        return False
    return a.source.text == b.source.text or bool(a.source.actor_id and a.source.actor_id == b.source.actor_id)


def _conjoined(a: Any, b: Any) -> bool:
    """Whether verb ``b`` is conjoined to verb ``a`` (directly or down a chain of conjuncts), with no subject of
    its own."""
    if a is None or b is None or a.pos_ != "VERB" or b.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in b.children):
        return False
    return b in a.conjuncts


def conjoined_types(article: Article) -> None:
    """Retype a ceasefire violation by the act that broke it, and a protest act by the violence its doers go on
    to do (see the module)."""
    doc = article.doc
    if doc is None:
        return
    w = _words()
    by_start = {t.idx: t for t in doc}
    events = article.events

    def token(event: Event) -> Any:
        start = (event.trigger or {}).get("start")
        return by_start.get(int(start)) if start is not None else None

    for n, first in enumerate(events):
        code = _code(first)
        for later in events[n + 1 :]:
            if later.sentence_index != first.sentence_index or not _same_side(first, later):
                continue
            if not _conjoined(token(first), token(later)):
                continue
            if any(code.startswith(c) for c in w["violation_codes"]) and _sub(later) in w["violation_acts"]:
                acled = later.acled or {}
                pair = {"event_type": acled.get("event_type"), "sub_event_type": acled.get("sub_event_type")}
                events[n] = replace(first, acled={**(first.acled or {}), **pair})
                break
            if _protest_and_riot(first, later, w):
                events[n] = replace(first, acled={**(first.acled or {}), **_VIOLENT})
                k = events.index(later)
                events[k] = replace(later, acled={**(later.acled or {}), **_VIOLENT})
                break
        else:
            _riot_for_protest(events, n, token, w)


def _protest_and_riot(a: Event, b: Event, w: dict[str, frozenset[str]]) -> bool:
    """One of two acts of unarmed people is a protest act and the other violence of a riot act, in either order
    ("blocked the highway and set buses ablaze", "burned tyres and blocked streets")."""
    if a.source is None or a.source.sector in _ARMED:
        return False
    protest = any(_code(a).startswith(c) for c in w["protest_codes"])
    riot = any(_code(b).startswith(c) for c in w["protest_codes"])
    return (protest and _sub(b) in w["riot_acts"]) or (riot and _sub(a) in w["riot_acts"])


def _riot_for_protest(events: list[Event], n: int, token: Any, w: dict[str, frozenset[str]]) -> None:
    """Violence of a riot act by unarmed people whose purpose clause is a protest act of theirs ("youths burnt
    tyres to protest the fuel price hike", "set a bus ablaze, demanding justice"): both a violent demonstration."""
    act = events[n]
    tok = token(act)
    if act.source is None or act.source.sector in _ARMED or _sub(act) not in w["riot_acts"] or tok is None:
        return
    for k, other in enumerate(events):
        if k == n or other.sentence_index != act.sentence_index or not _same_side(act, other):
            continue
        if not any(_code(other).startswith(c) for c in w["protest_codes"]):
            continue
        verb = token(other)
        if verb is None or verb.head != tok or verb.dep_ not in {"advcl", "xcomp"}:
            continue
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            continue
        events[n] = replace(act, acled={**(act.acled or {}), **_VIOLENT})
        events[k] = replace(other, acled={**(other.acled or {}), **_VIOLENT})
        return
