"""Victims told by headlines and reports: "Two policemen killed in Quetta", "X said killed by Y", one
death for one person killed with no number given."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from ..article import Quantity
from . import frames as fr
from . import lexicon
from .age_nouns import age_noun
from .constants import NOUN_POS, Token
from .dead_headlines import dead_victim, held_person
from .roles import Slot

# "X said / reported / feared killed": a headline's passive of report, whose subject is the victim.
REPORTED = frozenset({"say", "report", "fear", "believe", "feel"})
# How the resolver marks a country named by its weapon ("Indian shelling": India's forces; actors/passes/force.py).
FORCE_VIA = "force"
# Tags of an event noun the parser may make a headline's root ("shelling", "firing"); a force noun read as
# a verb ("airstrikes" as VBZ) counts too.
EVENT_NOUN_TAGS = frozenset({"NN", "NNS", "VBG"})


# Verbs of a headline passive besides the casualty verbs: "judge shot dead in Rawalpindi".
# Only with "dead": "police shot at the crowd" is the police shooting.
HEADLINE_VICTIM_VERBS = frozenset({"shoot", "stab", "gun", "hang", "lynch", "torture"})
# Phrasal verbs that kill with "down": "two policemen gunned down", "protesters mown down".
KILLED_DOWN_VERBS = frozenset({"gun", "mow"})


def killed_outright(tok: Token) -> bool:
    """ "shot dead", "stabbed to death"-like readings of a headline verb: a "dead" complement, or "down"
    after a verb that kills with it ("gunned down")."""
    if any(c.lower_ == "dead" for c in tok.children):
        return True
    return tok.lemma_.lower() in KILLED_DOWN_VERBS and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)


@cache
def _victim_verbs() -> frozenset[str]:
    return frozenset(lexicon.load("quantity_kinds")["victim_object_verbs"]) | HEADLINE_VICTIM_VERBS


def reports_a_victim(tok: Token) -> bool:
    """ "said" in "X said killed by Y": a headline's report of X's death, not a statement of X."""
    if tok.lemma_ not in REPORTED:
        return False
    comps = [c for c in tok.children if c.dep_ in {"ccomp", "xcomp", "oprd"} and not fr.children(c, {"nsubj"})]
    return any(headline_passive(c) is not None for c in comps)


def headline_passive(tok: Token) -> Token | None:
    """The victim of a passive written without its auxiliary, as headlines and leads do ("Two policemen
    killed in Quetta", "Pakistani civilian killed in Indian shelling"): the subject of a bare past form of
    a verb whose object is its victim, with no object of its own; None for any other clause. "dead" said of
    a fighter ("rebel commander dead in X") is such a passive too."""
    dead = dead_victim(tok) or held_person(tok)  # "two suspects held in X": arrested
    if dead is not None:
        return dead
    if tok.lemma_.lower() not in _victim_verbs() or tok.tag_ not in {"VBD", "VBN"}:
        return None
    if tok.lemma_.lower() in HEADLINE_VICTIM_VERBS and not killed_outright(tok):
        return None
    if fr.children(tok, {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "dative"}):
        return None
    if any(age_noun(c) for c in fr.children(tok, {"oprd"})):
        return None  # "gunmen shot dead a 45-year-old": the age, read as a predicate, is the object
    if tok.dep_ == "acl" and tok.head.pos_ in NOUN_POS and tok.head.i < tok.i:  # VBN, or VBD read as a past
        return tok.head  # "Top official killed in suicide attack": the parser hangs the verb on the noun
    subj = fr.children(tok, {"nsubj"})
    if not subj and tok.tag_ == "VBN" and tok.dep_ in {"ccomp", "xcomp", "oprd"} and tok.head.lemma_ in REPORTED:
        subj = fr.children(tok.head, {"nsubj", "nsubjpass"})  # "Three villagers said killed by shelling"
    if len(subj) != 1 or subj[0].pos_ not in NOUN_POS or subj[0].i > tok.i:
        return None
    return subj[0]


@cache
def _killing_verbs() -> frozenset[str]:
    verbs = lexicon.load("quantity_kinds")["victim_object_verbs"]
    return frozenset(v for v, kind in verbs.items() if kind == "killed")


def one_victim(tok: Token, tgt: Slot | None, flags: Mapping[str, Any]) -> Quantity | None:
    """One death when a killing verb's victim is one person with no count of its own: a named person
    ("Mendez was killed") or one soldier, civilian, commander ("a senior commander was killed in a
    drone strike", "a police officer was shot dead")."""
    shot_dead = tok.lemma_.lower() in HEADLINE_VICTIM_VERBS and killed_outright(tok)
    if tgt is None or tgt.mention is None or tgt.mention.head is None:
        return None
    shot_dead = shot_dead or dead_victim(tok) is not None
    throat = any(
        c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == "throat" for c in tok.children
    )  # "slit the throat of"
    if tok.lemma_.lower() not in _killing_verbs() and not shot_dead and not throat:  # "a policeman was shot dead"
        return None
    if flags.get("negated") or flags.get("hypothetical") or flags.get("future"):
        return None
    head = tok.doc[tgt.mention.head]
    if head.tag_ not in {"NN", "NNP"} or any(c.dep_ in {"nummod", "conj", "cc"} for c in head.children):
        return None
    if any(c.dep_ == "det" and c.lower_ not in {"a", "an", "the", "one"} for c in head.children):
        return None
    person = (
        head.ent_type_ == "PERSON"
        or head.lemma_.lower() in lexicon.person_nouns()
        or bool(tgt.mention.actor is not None and tgt.mention.actor.role)
    )
    if not person:
        return None
    p = tgt.participant
    return Quantity("killed", 1, None, p.text, None, p.start, p.end)


def misread_victims(event: Token) -> tuple[list[Token], list[Token]] | None:
    """Victims and weapon owners of a headline the parser read upside down: in "Farmer, son killed in Thai
    shelling" the event noun becomes the root and the victims its subject, carrying "killed in Thai" as a
    modifier. The victims are the target, never the source; "Thai" (before the event word) is the source.
    None when the event's subject carries no such passive. "Aid worker dies in Indian shelling" read with
    "shelling" a clause of "dies" is the same misreading: the one who died is the victim."""
    if event.dep_ == "advcl" and event.head.i < event.i and event.head.lemma_.lower() in _dying_verbs():
        if any(t.pos_ in NOUN_POS for t in fr.children(event, {"nsubj"})):
            return None  # "17 people died when soldiers opened fire": the clause names its own doer
        subj = [t for t in fr.children(event.head, {"nsubj"}) if t.pos_ in NOUN_POS]
        return (subj[:1], [o for o in in_objects(event.head) if o.i < event.i]) if subj else None
    if event.tag_ not in EVENT_NOUN_TAGS and event.lemma_.casefold() not in lexicon.subset(
        "force_nouns", "demonym_means"
    ):
        return None  # "Soldiers killed as Pakistan, India engage in firing": a verb's own clause
    for subj in fr.children(event, {"nsubj"}):
        group = [subj, *subj.conjuncts, *(c for c in subj.children if c.dep_ == "appos")]
        for noun in group:
            verbs = [v for v in noun.children if v.dep_ == "acl" and v.i < event.i and headline_passive(v) == noun]
            if verbs:
                return [subj], [o for o in in_objects(verbs[0]) if o.i < event.i]
    return None


def in_objects(verb: Token) -> list[Token]:
    """Objects of the verb's "in" / "by" / "from" phrases ("killed in Thai shelling" read "in Thai")."""
    return [
        o
        for p in fr.children(verb, {"prep", "agent"})
        if p.lower_ in {"in", "by", "from"}
        for o in fr.children(p, {"pobj"})
    ]


def forces(slot: Slot) -> bool:
    """Is the slot a country's forces named by the weapon they used ("Indian" of "Indian shelling")?"""
    return slot.mention is not None and slot.mention.via == FORCE_VIA


@cache
def _dying_verbs() -> frozenset[str]:
    verbs = lexicon.load("quantity_kinds")["victim_subject_verbs"]
    return frozenset(v for v, kind in verbs.items() if kind == "dead")
