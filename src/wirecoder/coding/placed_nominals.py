"""A person told by a role the actor base could not resolve ("the city's mayor", "the province's governor") is
placed like a bare noun phrase of people: of the country of its sentence's places, or of the story's country
(coding/events.py ``_placed``). Event data gives every actor one country; a court's sentence on "the city's
mayor" in a Turkish city is on a Turkish mayor. So is an armed group the actor base knows with no country of its
own ("MS-13", "al-Qaeda"; sectors of ``lexicon/placed_groups.yaml``): it is of the country where it acts."""

from __future__ import annotations

from typing import Any

from .lexicon import load, person_nouns
from .statements import unplaced_name


def unplaced_person(slot: Any, span: Any) -> bool:
    """Is ``slot`` a name the actor base lacks (:func:`unplaced_name`), or a nominal mention no actor stands for
    whose head names one person's role ("mayor", "governor"; not plural "ministers", who may meet abroad)?"""
    if unplaced_name(slot, span) or stateless_group(slot):
        return True
    m = slot.mention
    if m is None or m.actor is not None or m.kind != "nominal" or slot.pronoun or m.head is None:
        return False
    head = span.doc[m.head]
    if head.tag_ not in {"NN", "NNP"}:  # "the foreign ministers" who meet on Crete are of no one country there
        return False
    return head.lemma_.lower() in person_nouns() or head.lower_ in person_nouns()


def stateless_group(slot: Any) -> bool:
    """Is ``slot`` an actor of the base with no country whose sector is a non-state armed one ("MS-13")?"""
    p = slot.participant
    return bool(p.actor_id and not p.country and p.sector in {str(s) for s in load("placed_groups")["sectors"]})
