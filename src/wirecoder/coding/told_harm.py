"""An attack's harm told in the sentences after it types the attack: "Gang members stormed the town. Eleven
residents were killed." An attack whose own sentence names no harmed people, typed as a clash for want of them,
is ACLED's Violence against civilians / Attack when the sentences retelling its toll (the aftermath events
copied from it: coding/aftermath.py) count civilians and no armed people, and the attack names no armed target.
Fighting verbs ("clashed", "exchanged fire") stay a clash whoever died. Words: ``data/lexicon/told_harm.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article
from .aftermath import AFTERMATH
from .lexicon import load, word_set
from .ontology import load_ontology

_CLASH = ("Battles", "Armed clash")
_ATTACK = {"event_type": "Violence against civilians", "sub_event_type": "Attack"}
_HARM = frozenset({"killed", "dead", "wounded", "injured"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


@cache
def _words() -> tuple[frozenset[str], int]:
    data = load("told_harm")
    return word_set(data.get("fighting_lemmas")), int(data.get("reach", 2))


def _kind(event: Any) -> tuple[str | None, str | None]:
    acled = event.acled or {}
    return acled.get("event_type"), acled.get("sub_event_type")


def _victims(event: Any) -> tuple[bool, bool]:
    """(civilians harmed, armed people harmed) by the event's counted harm and its target."""
    onto = load_ontology()
    phrases = [q.text for q in event.quantities if q.kind in _HARM and q.text]
    target = event.target
    civilian = any(onto.is_civilian_phrase(p) for p in phrases)
    armed = any(onto.is_armed_phrase(p) for p in phrases)
    if target is not None and target.sector and phrases:
        civilian = civilian or target.sector in onto.civilian_sectors
        armed = armed or target.sector in onto.armed_sectors
    return civilian, armed


def attacks_by_told_harm(article: Article) -> None:
    """Retype a clash-typed attack as an attack on civilians when its later toll sentences count only civilians."""
    onto = load_ontology()
    fighting, reach = _words()
    events = article.events
    for k, event in enumerate(events):
        if event.background or _kind(event) != _CLASH or (event.cameo or {}).get("root") not in _VIOLENT_ROOTS:
            continue
        if str((event.trigger or {}).get("lemma", "")).lower() in fighting:
            continue
        if event.target is not None and event.target.sector in onto.armed_sectors:
            continue
        if any(q.kind in _HARM for q in event.quantities):
            continue  # its own sentence counts the harmed: typed by them already
        retold = [
            j
            for j, e in enumerate(events)
            if j != k
            and not e.background
            and AFTERMATH in str(e.pattern or "")
            and 0 < e.sentence_index - event.sentence_index <= reach
            and _kind(e) == _CLASH
            and any(q.kind in _HARM for q in e.quantities)
        ]
        if not retold:
            continue
        told = [_victims(events[j]) for j in retold]
        if any(armed for _, armed in told) or not all(civilian for civilian, _ in told):
            continue
        for j in (k, *retold):
            events[j] = replace(events[j], acled=dict(_ATTACK))
