"""Pass ``actors.force_makers.v1``: a country or demonym modifying an act of armed force is the country's
forces using it ("killed in a US drone strike", "Indian shelling", "Pakistani airstrikes"), not a place."""

from __future__ import annotations

from functools import cache
from typing import Any

from ...coding.lexicon import load, subset, word_set
from ..sectors import sector_named
from ..state import FORCE_VIA, ResolutionState
from .registry import register

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


@register("actors.force_makers.v1")
def force_makers(s: ResolutionState) -> None:
    """Type a country name (``state_means`` nouns) or demonym (``demonym_means``) that modifies a force noun
    (``lexicon/force_nouns.yaml``) as that country's armed forces; a city or province stays the place."""
    for f in s.found:
        hit = f.hits[0] if f.hits else None
        if hit is None or hit.kind not in ("country", "adjective") or f.mention.head is None:
            continue
        noun = _force_noun(s.doc[f.mention.head], demonym=hit.kind == "adjective")
        if noun is None:
            continue
        f.mention.actor = s.country_actor(hit.key, sector_named("armed_forces"))
        f.mention.via = FORCE_VIA
        if f.mention.kind == "place":
            f.mention.kind = "name"
        f.is_group = True


def owned_weapons(s: ResolutionState) -> None:
    """A weapon noun found as a mention of its own but with no actor, modified by a force the text names
    ("a Military Forces of Turkey (2016-) drone struck a car"): the drone is that force's. The text-order
    pass calls it once the nominals are resolved."""
    weapons = subset("force_nouns", "weapons")
    by_head = {f.mention.head: f for f in s.found if f.mention.head is not None}
    for f in s.found:
        actor = f.mention.actor
        if actor is None or not actor.country or f.mention.head is None:
            continue
        tok = s.doc[f.mention.head]
        if tok.dep_ not in ("nmod", "compound") or tok.head.lemma_.casefold() not in weapons:
            continue
        owned = by_head.get(tok.head.i)
        if owned is not None and owned is not f and owned.mention.actor is None:
            owned.mention.actor = actor
            owned.mention.via = FORCE_VIA
            owned.is_group = True


def _force_noun(tok: Any, demonym: bool) -> Any:
    """The force noun ``tok`` modifies ("US" in "a US drone strike": strike), or None."""
    weapons = subset("force_nouns", "weapons")
    if _paired(tok):
        return None  # "Armenia-Azerbaijan border firing": a pair names a border, not who fired
    if tok.dep_ == "pobj":
        return _misread_force_noun(tok, weapons, demonym)
    if tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i:
        return None
    noun = tok.head
    while noun.dep_ == "compound" and noun.lemma_.casefold() in weapons and noun.head.i != noun.i:
        noun = noun.head  # "US missile attack" parsed US -> missile -> attack
    if demonym and noun.dep_ == "pobj" and noun.lemma_.casefold() in weapons:
        return _misread_force_noun(noun, weapons, demonym)  # "in Turkish artillery shelling", "artillery" the object
    lemma = noun.lemma_.casefold()
    if lemma in subset("force_nouns", "demonym_means" if demonym else "state_means"):
        return noun
    if demonym and tok.dep_ == "amod" and lemma in _demonym_weapons() and _wielded(noun):
        return noun  # "Russian drones struck the port": Russia's forces, not a place
    armed = any(c.dep_ == "compound" and c.lemma_.casefold() in weapons for c in noun.children)
    if not demonym and armed and lemma in subset("force_nouns", "demonym_means"):
        return noun  # "a US missile attack", "US drone attacks"
    return None


def _wielded(noun: Any) -> bool:
    """The weapon acts in its clause, as the subject ("Russian drones struck ...") or the agent of a passive ("hit
    by Russian drones"); a weapon acted on ("downed a Nigerian air force helicopter") is its own side's target."""
    return noun.dep_ == "nsubj" or (noun.dep_ == "pobj" and noun.head.dep_ == "agent")


@cache
def _demonym_weapons() -> frozenset[str]:
    """Weapons a demonym names the user of (``force_nouns.yaml`` ``demonym_weapons``)."""
    return word_set(load("force_nouns")["demonym_weapons"])


def _misread_force_noun(tok: Any, weapons: Any, demonym: bool) -> Any:
    """The force noun right after a demonym the parser made a prepositional object: "killed in Thai
    shelling" read as "killed in Thai" with "shelling" the root, or a country name ("killed in Pakistan
    airstrikes"). None unless one follows at once."""
    doc, i = tok.doc, tok.i + 1
    while i + 1 < len(doc) and doc[i].lemma_.casefold() in weapons and doc[i + 1].pos_ in {"NOUN", "VERB"}:
        i += 1  # "in Thai artillery shelling"
    if i >= len(doc) or doc[i].pos_ not in {"NOUN", "VERB"} or doc[i].sent != tok.sent:
        return None
    if _finite_verb_of(doc[i], tok):
        return None  # "Police in Bangladesh fired tear gas": the sentence's verb, the country where the police are
    means = subset("force_nouns", "demonym_means" if demonym else "state_means")
    return doc[i] if doc[i].lemma_.casefold() in means else None


def _finite_verb_of(verb: Any, tok: Any) -> bool:
    """Whether ``verb`` is a finite verb whose subject noun ``tok`` places ("police in X fired": X -> in ->
    police -> fired): the parser read it right, and ``tok`` is no misread force noun. "Militants killed in X
    airstrikes" (the participle between) stays the misread force noun."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"} or tok.head.lower_ != "in":
        return False
    subj = tok.head.head
    return subj.dep_ in {"nsubj", "nsubjpass"} and subj.head.i == verb.i and subj.pos_ in {"NOUN", "PROPN"}


def _paired(tok: Any) -> bool:
    """Whether ``tok`` is one of two names joined by a hyphen ("India-Pakistan", "Iran-Iraq")."""
    doc = tok.doc
    before = tok.i >= 2 and doc[tok.i - 1].text in {"-", "–"} and doc[tok.i - 2].pos_ in {"PROPN", "ADJ"}
    after = tok.i + 2 < len(doc) and doc[tok.i + 1].text in {"-", "–"} and doc[tok.i + 2].pos_ in {"PROPN", "ADJ"}
    return before or after
