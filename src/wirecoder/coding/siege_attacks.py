"""A siege told with its dead is an attack, even with no attack told before it: "A siege at a police academy in
Quetta ended with 40 dead, among them three assailants" and "The hostage crisis at the bank ended with five dead"
are incidents an incident table codes as attacks with 40 and 5 dead, not a blockade (CAMEO 191) or a seizure with
no toll. The dead are those told in the clause whose subject is the siege noun (counts told as a part of them,
"among them three assailants", are not added again), or the siege event's own toll ("The siege of the hotel left
22 dead"). Left alone: a siege told after an attack of the two sentences before (``coding/siege_ends.py`` gives
that attack the toll), a siege whose sentence has another event with a toll of its own ("Troops ended the siege,
killing two gunmen"), a siege told with no dead ("the standoff ended peacefully"), and history. Runs after
``siege_ends``. Words: ``siege_nouns``, ``ordeal_nouns`` and ``captive_words`` in ``data/lexicon/sieges.yaml``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..article import Article, Event
from .main_event import is_violent
from .ontology import load_ontology
from .quantities import FATAL_KINDS, fatalities
from .siege_ends import _attack, _siege_noun, _told_dead, _words

ATTACK_CODE = "190"  # use conventional military force: the attack the siege was
SIEGE_ATTACK = "siege-attack"


def siege_attacks(article: Article) -> None:
    """Retype each siege told with its dead (and no attack before it) as an attack holding that toll (in place)."""
    doc = article.doc
    if doc is None:
        return
    for k, event in enumerate(article.events):
        noun = _noun(doc, event)
        if noun is None or event.background or event.negated or event.hypothetical:
            continue
        index = event.sentence_index
        if any(e.fatalities and e.sentence_index == index and e.id != event.id for e in article.events):
            continue  # a toll of its own: "Commandos ended the siege, killing two gunmen"
        if _attack(article, index) is not None:
            continue  # "Gunmen stormed a hotel. The siege ended with 22 dead": the attack's toll
        dead = _told_dead(doc, noun.head) if _siege_noun(noun) else []
        total = fatalities(dead) or int(event.fatalities or 0)
        if not total:
            continue
        quantities = dead or [q for q in event.quantities if q.kind in FATAL_KINDS]
        article.events[k] = _as_attack(event, total, quantities)


def _noun(doc: Any, event: Event) -> Any | None:
    """The siege noun that is ``event``'s trigger ("siege", "standoff", "hostage crisis"), if it is one."""
    start = (event.trigger or {}).get("start")
    if start is None or is_violent(event) and str((event.cameo or {}).get("code")) == ATTACK_CODE:
        return None
    tok = next((t for t in doc if t.idx <= start < t.idx + len(t.text)), None)
    if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    head = tok if tok.dep_ != "compound" else tok.head  # "hostage crisis": the trigger may be its first word
    return head if _a_siege(head) else None


def _a_siege(tok: Any) -> bool:
    """``tok`` names a siege, as subject or not ("the siege of the hotel", "the hostage crisis")."""
    lemma = tok.lemma_.lower()
    if lemma in _words("siege_nouns") or tok.lower_ in _words("siege_nouns"):
        return True
    captive = _words("captive_words")
    return lemma in _words("ordeal_nouns") and any(
        c.dep_ in {"compound", "amod"} and (c.lemma_.lower() in captive or c.lower_ in captive) for c in tok.children
    )


def _as_attack(event: Event, total: int, quantities: list[Any]) -> Event:
    """``event`` as an attack with ``total`` dead, typed by its sides and its dead as an attack is."""
    src, tgt = event.source, event.target
    coded = load_ontology().classify(
        ATTACK_CODE,
        None,
        str((event.trigger or {}).get("lemma") or ""),
        src.sector if src is not None else None,
        tgt.sector if tgt is not None else None,
        [(q.kind, q.text) for q in quantities],
    )
    kept = [q for q in event.quantities if q.kind not in FATAL_KINDS]
    return replace(
        event,
        cameo=coded["cameo"],
        plover=coded["plover"],
        acled=coded["acled"],
        fatalities=total,
        quantities=[*kept, *quantities],
        pattern=f"{event.pattern or 'event'}+{SIEGE_ATTACK}",
    )
