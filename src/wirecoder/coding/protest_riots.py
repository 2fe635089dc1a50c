"""Violence by unarmed people at a protest, or on one, is a violent demonstration: "youths threw petrol bombs
at police during a protest against power outages" and "activists of a student wing attacked a rally of a
rival students' group" are ACLED's Riots / Violent demonstration, not a mob's violence nor an attack on
civilians. The doers are people by their head noun (youths, students, activists, members), with no mark of
an armed side ("gang members", "armed supporters") and not resolved to one ("TTP members"); police or gunmen
firing on a rally are left as typed.

Words: ``data/lexicon/protest_riots.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article
from .lexicon import load, word_set

_VIOLENT = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
_ARMED = frozenset({"MIL", "REB", "INS", "SEP", "PMIL", "COP", "SPY", "UAF", "CRM", "MILGOV"})
_RETYPED = frozenset({("Riots", "Mob violence"), ("Violence against civilians", "Attack")})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("protest_riots")
    return {key: word_set(data.get(key)) for key in ("protests", "preps", "doers", "armed_marks")}


def _at_protest(verb: Any) -> bool:
    """The act's object is a protest, or a "during"/"at" on it names one."""
    w = _words()
    for child in verb.children:
        if child.dep_ in {"dobj", "obj"} and child.lemma_.lower() in w["protests"]:
            return True
        if child.dep_ == "prep" and child.lower_ in w["preps"]:
            if any(g.dep_ == "pobj" and g.lemma_.lower() in w["protests"] for g in child.children):
                return True
    return False


def _unarmed_doers(verb: Any) -> bool:
    w = _words()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in w["doers"]:
        return False
    return not any(t.lemma_.lower() in w["armed_marks"] for t in subject.subtree)


def riots_at_protests(article: Article) -> None:
    """Retype an attack or a mob's violence done by unarmed people at or on a protest as a violent
    demonstration."""
    doc = article.doc
    if doc is None:
        return
    by_start = {t.idx: t for t in doc}
    for event in article.events:
        acled = event.acled or {}
        if (acled.get("event_type"), acled.get("sub_event_type")) not in _RETYPED:
            continue
        if event.source is not None and event.source.sector in _ARMED:
            continue  # "TTP members attacked a rally": an armed side's attack
        verb = by_start.get(int((event.trigger or {}).get("start") or -1))
        if verb is None or verb.pos_ != "VERB" or not _at_protest(verb) or not _unarmed_doers(verb):
            continue
        event.acled = dict(_VIOLENT)
