"""A crowd attacking property is a violent demonstration: "angry students attacked the vice-chancellor's
residence", "residents stormed the district office and smashed its windows" are ACLED's Riots / Violent
demonstration (demonstrators destroying property), not an armed clash nor an attack on civilians, even with no
protest named. The doers are unarmed people by their head noun (``doers`` and ``property_doers`` of
``data/lexicon/protest_riots.yaml``), with no mark of an armed side ("armed youths", "gang members") and not
resolved to one; the act's object is a building or other property (``property_objects``). People attacked
("villagers attacked a suspected thief") stay a mob's violence or an attack, as typed.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article
from .lexicon import load, word_set
from .protest_riots import _unarmed_events

_VIOLENT = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
_RETYPED = frozenset({("Battles", "Armed clash"), ("Violence against civilians", "Attack")})


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("protest_riots")
    return {key: word_set(data.get(key)) for key in ("doers", "property_doers", "armed_marks", "property_objects")}


def _unarmed_crowd(verb: Any) -> bool:
    """The act's subject is people of the doers' lists, with no armed mark on it."""
    w = _words()
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in w["doers"] | w["property_doers"]:
        return False
    return not any(t.lemma_.lower() in w["armed_marks"] or t.lower_ in w["armed_marks"] for t in subject.subtree)


def _on_property(verb: Any) -> bool:
    """Every object of the act (with its conjuncts) is property."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objs += [c for o in objs for c in o.conjuncts]
    return bool(objs) and all(o.lemma_.lower() in _words()["property_objects"] for o in objs)


def crowds_on_property(article: Article) -> None:
    """Retype an armed clash or an attack by an unarmed crowd on property as a violent demonstration."""
    for event, verb in _unarmed_events(article, _RETYPED):
        if verb is None or verb.pos_ != "VERB" or event.background:
            continue
        if _unarmed_crowd(verb) and _on_property(verb):
            event.acled = dict(_VIOLENT)
