"""The objects of location prepositions tied to an event's trigger ("killed 12 people in Rafah", "the
town of Kupiansk", "residents of Goma"), nearest first (``tied_objects``)."""

from __future__ import annotations

from functools import cache

from ..coding.lexicon import subset
from .area_containers import unit_has_name
from .country_areas import settlement_appositions
from .place_words import Token, named_by_of_nouns, resident_nouns, settlements_of_units, unit_words
from .struck_places import struck_place, struck_subjects

# Prepositions that locate only a common noun: "on the border", "on the outskirts of Kabul", but
# "talks on Kashmir" is about Kashmir; "over Syria" is a topic as often as an airspace.
_COMMON_NOUN_ONLY = frozenset({"on", "over"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd", "nsubjpass", "dative"})
_CLAUSE_DEPS = frozenset({"xcomp", "advcl"})
_MAX_DEPTH = 3  # prepositional phrases followed from the trigger: "talks between A and B in Kabul"
# Prepositions that name the other side of an act, never its place: "in a border clash with Azerbaijan"
_SIDE_PREPS = frozenset({"with", "against", "between"})


def tied_objects(trigger: Token) -> list[Token]:
    """Objects of location prepositions attached to the trigger, its objects, or (for a noun trigger)
    the verb that governs it, nearest first, following nested phrases up to ``_MAX_DEPTH``; last, the place
    that names the verb's subject by where they live ("residents of Goma")."""
    holders = [trigger, *[c for c in trigger.children if c.dep_ in _OBJECT_DEPS], *struck_subjects(trigger)]
    for clause in (c for c in trigger.children if c.dep_ in _CLAUSE_DEPS):  # "... to improve security along X"
        holders += [clause, *[c for c in clause.children if c.dep_ in _OBJECT_DEPS]]
    if (
        trigger.pos_ in {"NOUN", "PROPN"}
        and trigger.dep_ in _OBJECT_DEPS | {"nsubj"}
        and trigger.head.pos_ in {"VERB", "AUX"}
    ):
        verb = trigger.head  # "airstrikes killed 12 people in Rafah": the verb and its objects
        holders += [verb, *[c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i != trigger.i]]
    # "ambushed a bus carrying traders outside X": a participle describing an object is where it happened too
    participles = [a for h in holders[1:] if h.dep_ in _OBJECT_DEPS for a in h.children if _object_participle(a)]
    holders += [x for a in participles for x in (a, *[c for c in a.children if c.dep_ in _OBJECT_DEPS])]
    found: list[Token] = []
    frontier = [(h, 0, False) for h in holders]
    seen = {h.i for h in holders}
    while frontier:
        tok, depth, located = frontier.pop(0)
        for prep in (c for c in tok.children if c.dep_ in {"prep", "agent"}):  # "killed by shelling near X"
            if depth + 1 < _MAX_DEPTH:  # "killed 30 fighters in fighting outside X": the gerund's own phrases
                frontier.extend((g, depth + 1, False) for g in _gerund_phrases(prep) if g.i not in seen)
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if obj.i in seen:
                    continue
                seen.add(obj.i)
                inherited = located and prep.lower_ not in _SIDE_PREPS  # "in a clash with India": the foe
                here = inherited or _locates(prep, obj) or _residents_of(tok, prep)  # "outskirts of Kabul" too
                here = here or named_by_of(tok, prep, obj) or struck_place(tok, prep, obj)  # "town of X", "raid on X"
                here = here or settlement_of_unit(tok, prep, obj)  # "a village of the Mopti region's Bankass circle"
                objs = [obj, *[c for c in obj.conjuncts if c.i > obj.i]]
                if here:
                    found.extend(objs)
                    named = [n for o in objs for n in _of_names(o) if n.i not in seen]  # "outskirts of the city of X"
                    seen.update(n.i for n in named)
                    found.extend(named)
                if depth + 1 < _MAX_DEPTH:
                    frontier.extend((o, depth + 1, here) for o in objs)
                    # "in Djibasso, a town in Burkina Faso's X region": the apposition's phrases place it too
                    frontier.extend((a, depth + 1, here) for o in objs for a in settlement_appositions(o))
    # last: the acting people named by where they live ("residents of Goma stoned the police")
    verb = trigger.head if trigger.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in trigger.children) else trigger
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and trigger.pos_ in {"VERB", "AUX"}):
        for prep in (c for c in subj.children if c.dep_ == "prep" and _residents_of(subj, c)):
            found.extend(o for c in prep.children if c.dep_ == "pobj" and c.i not in seen for o in (c, *c.conjuncts))
    return found


def _gerund_phrases(prep: Token) -> list[Token]:
    """The gerund a location preposition takes as its clause ("in fighting outside X", parsed as the
    preposition's ``pcomp``): its phrases place the act as a noun's would ("in clashes outside X")."""
    if prep.lower_ not in subset("place_prepositions", "trigger_location"):
        return []
    return [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def _object_participle(tok: Token) -> bool:
    """A participle clause after an object ("a bus carrying traders", "soldiers guarding a checkpoint")."""
    return tok.dep_ == "acl" and tok.tag_ in {"VBG", "VBN"} and tok.i > tok.head.i


def _residents_of(noun: Token, prep: Token) -> bool:
    """ "residents of Mirebalais", "villagers of X": people named by where they live are there."""
    return prep.lower_ == "of" and noun.lemma_.lower() in resident_nouns()


@cache
def _location_preps() -> frozenset[str]:
    """The ``event_location`` subset of ``lexicon/place_prepositions.yaml``."""
    return subset("place_prepositions", "event_location")


def _locates(prep: Token, obj: Token) -> bool:
    word = prep.lower_
    return word in _location_preps() and (word not in _COMMON_NOUN_ONLY or obj.pos_ == "NOUN")


def named_by_of(noun: Token, prep: Token, obj: Token) -> bool:
    """ "the town of Kupiansk", "the northern Malian town of Kidal": a settlement or unit noun without a
    name of its own takes the proper noun of its "of" phrase as its name, so that noun is where it is."""
    return (
        prep.lower_ == "of"
        and obj.pos_ == "PROPN"
        and noun.lemma_.lower() in named_by_of_nouns()
        and not unit_has_name(noun)
    )


def settlement_of_unit(noun: Token, prep: Token, obj: Token) -> bool:
    """ "a village of the Mopti region's Bankass circle", "a hamlet of Tera department": a settlement noun
    whose "of" object is an administrative unit with a name of its own (or a possessive owner) lies in it."""
    return (
        prep.lower_ == "of"
        and noun.lemma_.lower() in settlements_of_units()
        and obj.lower_ in unit_words()
        and (unit_has_name(obj) or any(c.dep_ == "poss" for c in obj.children))
    )


def _of_names(noun: Token) -> list[Token]:
    """The proper nouns that name ``noun`` through "of" ("the city of Marawi"), with their conjuncts."""
    return [
        o
        for prep in noun.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj" and named_by_of(noun, prep, obj)
        for o in (obj, *[c for c in obj.conjuncts if c.i > obj.i])
    ]
