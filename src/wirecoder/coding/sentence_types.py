"""ACLED types read from the whole sentence an act is told in, as ACLED codes one row per incident:

- an attack whose sentence goes on to tell the same side taking the place ("attacked the camp and seized the
  town after heavy fighting") is the territory's change, overtaken or regained, not a plain clash;
- state forces killing or wounding people whose sentence tells them protesting ("police opened fire on
  supporters protesting the results, killing three") is excessive force against protesters, not an
  attack on civilians;
- two sides agreeing together, one of them armed ("the army and the rebels agreed on a swap of detainees"),
  is ACLED's agreement, whatever they agreed on.

Words: ``data/lexicon/sentence_types.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..article import Article, Event
from .lexicon import load, word_set

_CLASH = ("Battles", "Armed clash")
_SEIZURES = frozenset({"Non-state actor overtakes territory", "Government regains territory"})
_ON_CIVILIANS = ("Violence against civilians", "Attack")
_EXCESSIVE = {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"}
_STATE = frozenset({"COP", "MIL", "GOV"})
_ARMED = frozenset({"MIL", "REB", "INS", "SEP", "PMIL", "UAF"})
_AGREEMENT = {"event_type": "Strategic developments", "sub_event_type": "Agreement"}


@cache
def _protest_words() -> re.Pattern[str]:
    """Words that tell people protesting ("protesting", "demonstrators", "a rally")."""
    words = sorted(word_set(load("sentence_types").get("protest_words")), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def _types(event: Event) -> tuple[str, str]:
    acled = event.acled or {}
    return str(acled.get("event_type")), str(acled.get("sub_event_type"))


def _same_side(a: Event, b: Event) -> bool:
    """Whether ``b`` is done by ``a``'s source (or by no one named)."""
    if b.source is None or a.source is None:
        return b.source is None
    return b.source.text == a.source.text or bool(a.source.actor_id and a.source.actor_id == b.source.actor_id)


def _harmed(event: Event) -> bool:
    return bool(event.fatalities) or any(q.kind in {"killed", "wounded", "injured"} for q in event.quantities)


def type_by_sentence(article: Article) -> None:
    """Retype clashes that end in a seizure and state attacks on people told protesting (see the module)."""
    events = article.events
    for n, event in enumerate(events):
        if _types(event) == _CLASH:
            seizure = next(
                (
                    e
                    for e in events[n + 1 :]
                    if e.sentence_index == event.sentence_index and _types(e)[1] in _SEIZURES and _same_side(event, e)
                ),
                None,
            )
            if seizure is not None:
                events[n] = replace(event, acled={**(event.acled or {}), **_pair(seizure)})
        elif _types(event) == _ON_CIVILIANS and event.source is not None and event.source.sector in _STATE:
            sent = (
                article.sentences[event.sentence_index] if 0 <= event.sentence_index < len(article.sentences) else None
            )
            if sent is not None and _harmed(event) and _protest_words().search(article.text[sent.start : sent.end]):
                events[n] = replace(event, acled={**(event.acled or {}), **_EXCESSIVE})
    _agreed_together(events)


def _agreed_together(events: list[Event]) -> None:
    """Sides that agree together (one trigger "agree", two sources), one of them armed: an agreement."""
    by_trigger: dict[tuple[int, object], list[int]] = {}
    for n, e in enumerate(events):
        if (
            e.trigger.get("lemma") == "agree"
            and str(e.cameo.get("code", "")).startswith("03")
            and not (e.acled or {}).get("event_type")
        ):
            by_trigger.setdefault((e.sentence_index, e.trigger.get("start")), []).append(n)
    for group in by_trigger.values():
        sides = [events[n].source for n in group]
        if len(group) > 1 and any(p is not None and p.sector in _ARMED for p in sides):
            for n in group:
                events[n] = replace(events[n], acled={**(events[n].acled or {}), **_AGREEMENT})


def _pair(event: Event) -> dict[str, str | None]:
    acled = event.acled or {}
    return {"event_type": acled.get("event_type"), "sub_event_type": acled.get("sub_event_type")}
