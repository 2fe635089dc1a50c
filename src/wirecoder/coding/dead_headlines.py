"""Deaths a headline tells with "dead" and no violent word: "Rebel commander dead in border district", "four
gunmen dead after raid". The adjective stands for a killing whose victim is its noun, when that noun is a
fighter, soldier or policeman; "veteran actor dead at 91" (no combatant, an age) is no event. Arrests told
with "held": "two suspects held in X" is an arrest of people ("talks held in X", "shares held steady": none)."""

from __future__ import annotations

from functools import cache

from . import lexicon
from .constants import NOUN_POS, Token

# Group kinds of ``quantity_kinds`` whose members die in fighting; plus single fighters' titles.
_KINDS = ("militants", "soldiers", "troops", "police")
_TITLES = frozenset({"commander", "bomber", "militiaman", "sniper", "kidnapper", "abductor"})
# Modifiers of a past or civil standing: "former commander dead" is an obituary.
# Objects of "held in" that make it no arrest: "held in high regard", "held in reserve".
_HELD_IDIOMS = frozenset({"regard", "esteem", "contempt", "awe", "check", "reserve", "abeyance", "trust", "place"})
_PAST = frozenset({"former", "ex", "retired", "veteran", "late", "elderly"})


@cache
def _combatants() -> frozenset[str]:
    groups = lexicon.load("quantity_kinds")["group_nouns"]
    return frozenset(w.lower() for k in _KINDS for w in groups.get(k, [])) | _TITLES


def dead_victim(tok: Token) -> Token | None:
    """The combatant noun that ``tok`` ("dead", an adjective) says died, or None."""
    if tok.lower_ != "dead" or tok.pos_ != "ADJ":
        return None
    prev = tok.doc[tok.i - 1] if tok.i > 0 else tok
    if tok.dep_ == "amod" and tok.head.i < tok.i:
        noun = tok.head
    elif tok.dep_ in {"dep", "acomp"} and prev.dep_ == "pobj" and prev.head.lower_ == "with":
        noun = prev  # "ends with two gunmen dead": the parser leaves "dead" loose after the "with" object
    else:
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if tok.dep_ not in {"ROOT", "advcl", "ccomp"} or len(subj) != 1:
            return None
        noun = subj[0]
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in _combatants():
        return None
    if any(c.lower_ in _PAST for c in noun.children):
        return None
    ages = [o for p in tok.children if p.lower_ == "at" for o in p.children if o.tag_ == "CD"]
    return None if ages else noun


def held_person(tok: Token) -> Token | None:
    """The people a headline's bare "held" says were arrested ("Three alleged smugglers held in X"), or None."""
    if tok.lower_ != "held" or tok.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "dobj", "obj", "ccomp", "xcomp", "acomp", "oprd"} for c in tok.children):
        return None
    if any(o.lemma_.lower() in _HELD_IDIOMS for p in tok.children if p.dep_ == "prep" for o in p.children):
        return None
    if tok.dep_ == "acl" and tok.head.i < tok.i and tok.head.dep_ == "ROOT":
        noun = tok.head
    else:
        subj = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
        if tok.dep_ != "ROOT" or len(subj) != 1:
            return None
        noun = subj[0]
    if noun.pos_ not in NOUN_POS or noun.lemma_.lower() not in _combatants() | lexicon.person_nouns():
        return None
    return noun
