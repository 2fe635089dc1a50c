"""A phrase the parser hangs on the last of conjoined objects belongs to them all: in "sent 30 warplanes and
several navy ships near the island" the "near" phrase hangs on "ships", yet the warplanes were sent there too.
:func:`frame_prep_objects` reads a preposition's objects on the last conjunct of the verb's direct objects, for a
frame's preposition condition that finds none on the verb or its first object (coding/frames.py).
:func:`role_prep_fallback` does the same for a target or source role of a place preposition (``conjunct_places``
of ``lexicon/place_prepositions.yaml``), and reads it too on the place the verb names ("held drills in waters near
the Philippines": the Philippines). :func:`verb_conjoined_object` reads a count the parser conjoined to the verb
itself as a conjunct of the verb's object ("killed a tribal elder and three of his relatives": "three" counts dead),
and :func:`verb_conjoined_nouns` the nouns so conjoined ("killed a headmaster and his driver": the driver too).
"""

from __future__ import annotations

from .constants import Token
from .lexicon import subset
from .two_word_preps import two_word_prep_objects

_OBJ_DEPS = frozenset({"dobj", "obj"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


def _last_conjunct(tok: Token) -> Token | None:
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    if not conjs:
        return None
    return _last_conjunct(conjs[-1]) or conjs[-1]


def tail_prep_objects(verb: Token, prep: str) -> list[Token]:
    """Objects of ``prep`` on the last conjunct of ``verb``'s direct objects ("A and B near X": X)."""
    out: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ in _OBJ_DEPS):
        last = _last_conjunct(obj)
        if last is None:
            continue
        for p in last.children:
            if p.dep_ == "prep" and p.lower_ == prep:
                out.extend(o for o in p.children if o.dep_ == "pobj")
    return out


def frame_prep_objects(found: list[Token], verb: Token, prep: str, named: bool) -> list[Token]:
    """A frame's ``prep`` objects: ``found`` on the verb or its object, else on the objects' last conjunct; dates
    and times count only when the frame names the words it wants (``named``; "any" object is no date)."""
    objs = found or tail_prep_objects(verb, prep) or two_word_prep_objects(verb, prep)  # "out of"
    return [o for o in objs if named or o.ent_type_ not in _TIME_ENTS]


def role_prep_fallback(verb: Token, prep: str) -> list[Token]:
    """Objects of a place preposition the verb does not carry itself: on the last of its conjoined objects ("flew
    18 jets and two bombers near Taiwan"), else on the place one of its own prepositions names ("conducted drills
    in waters near the Philippines"). Empty for other prepositions."""
    if prep not in subset("place_prepositions", "conjunct_places"):
        return []
    found = [o for o in tail_prep_objects(verb, prep) if o.ent_type_ not in _TIME_ENTS]
    if found:
        return found
    holders = subset("place_prepositions", "holding_places")
    places = [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ in holders for o in p.children if o.dep_ == "pobj"
    ]
    return [
        o
        for x in places
        for p in x.children
        if p.dep_ == "prep" and p.lower_ == prep
        for o in p.children
        if o.dep_ == "pobj"
    ]


def verb_conjoined_object(x: Token) -> Token:
    """The verb's direct object for a count ``x`` the parser conjoined to the verb instead of to that object
    ("killed a tribal elder and three of his relatives": "three", conj of "killed", is the object's conjunct); ``x``
    itself otherwise. Only a number with nothing of a clause (no subject, object or auxiliary) after the object."""
    verb = x.head
    if x.dep_ != "conj" or x.pos_ != "NUM" or verb.pos_ not in ("VERB", "AUX") or verb.i > x.i:
        return x
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass") for c in x.children):
        return x
    objs = [c for c in verb.children if c.dep_ in _OBJ_DEPS and c.i < x.i]
    return objs[-1] if objs else x


def verb_conjoined_nouns(obj: Token) -> list[Token]:
    """Nouns the parser conjoined to the verb of its direct object ``obj`` instead of to ``obj`` ("gunmen killed a
    headmaster and his driver": "driver", conj of "killed", is the object's conjunct). Only a noun after the object
    with nothing of a clause (no subject, object or auxiliary), when ``obj`` has no conjuncts of its own."""
    verb = obj.head
    if obj.dep_ not in _OBJ_DEPS or verb.pos_ not in ("VERB", "AUX") or obj.conjuncts:
        return []
    clause = ("nsubj", "nsubjpass", "dobj", "obj", "aux", "auxpass")
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > obj.i and not any(d.dep_ in clause for d in c.children)
    ]
