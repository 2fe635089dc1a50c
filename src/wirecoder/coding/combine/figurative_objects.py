"""Verbs of force and of protest whose object makes them no event: "we keep hitting the limits of our servers",
"the ministry executed a plan to shut schools", "the agency launched the satellite on a Vega rocket", "the
party wants to engage younger voters", "died after a long battle with cancer", "the lions were killed",
"demonstrate the value of the service". A verb of attack whose object is a text or a decision ("the mayor
attacked the audit") is criticism (111), not force; so is a text or an idea torched ("critics torched the budget
speech"), where a torching is otherwise arson (1712). Words in ``data/lexicon/figurative_objects.yaml``; the
force verbs with a person, a place or a weapon as object keep their code ("troops engaged the rebels",
"launched rockets at the town")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .non_events import words as non_event_words

#: The code a verbal attack on a decision or a text becomes: criticize or denounce.
CRITICIZE = "111"
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass"})


@dataclass(frozen=True)
class Words:
    reached_marks: frozenset[str]
    reaching_verbs: frozenset[str]
    executed_things: frozenset[str]
    executing_verbs: frozenset[str]
    launched_things: frozenset[str]
    carrier_words: frozenset[str]
    launching_verbs: frozenset[str]
    carrier_preps: frozenset[str]
    public_nouns: frozenset[str]
    engaging_verbs: frozenset[str]
    combat_words: frozenset[str]
    illnesses: frozenset[str]
    fighting_words: frozenset[str]
    criticised_things: frozenset[str]
    attacking_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    violent_doers: frozenset[str]
    demonstrating_verbs: frozenset[str]
    protest_objects: frozenset[str]
    disbanded_bodies: frozenset[str]
    disbanding_verbs: frozenset[str]
    traded_things: frozenset[str]
    market_things: frozenset[str]
    boardroom_things: frozenset[str]
    trading_doers: frozenset[str]
    trading_verbs: frozenset[str]
    traded_preps: frozenset[str]
    burning_verbs: frozenset[str]
    burnt_words: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("figurative_objects", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _OBJECTS]


def _pobjs(verb: Token, preps: set[str] | frozenset[str]) -> list[Token]:
    return [o for p in verb.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _all_in(toks: list[Token], wordset: frozenset[str]) -> bool:
    """Every token is one of the words and none is a person or a people by name."""
    return bool(toks) and all(t.ent_type_ not in {"PERSON", "NORP"} and _lemma(t) in wordset for t in toks)


def reached_mark(verb: Token) -> bool:
    """ "kept hitting the limits", "hit a record high": a count reaching a mark."""
    w = words()
    return _lemma(verb) in w.reaching_verbs and _all_in(_objects(verb), w.reached_marks)


def executed_thing(verb: Token) -> bool:
    """ "executed a planned shutdown", "the browser executes the script", "we couldn't execute": no one put to
    death (an execution needs a person as its object)."""
    w = words()
    if _lemma(verb) not in w.executing_verbs or verb.pos_ not in {"VERB", "AUX"}:
        return False
    objs = _objects(verb)
    return not objs or _all_in(objs, w.executed_things)


def space_launch(verb: Token) -> bool:
    """ "launched the satellite", "was launched via a Falcon 9 rocket": a launch into space or onto a market."""
    w = words()
    if _lemma(verb) not in w.launching_verbs:
        return False
    if any(_lemma(o) in w.carrier_words or o.lower_ in w.carrier_words for o in _pobjs(verb, w.carrier_preps)):
        return True
    return _all_in(_objects(verb), w.launched_things)


def engaged_public(verb: Token) -> bool:
    """ "engage younger voters", "engage with customers", "I tend to engage": no fighting."""
    w = words()
    if _lemma(verb) not in w.engaging_verbs:
        return False
    if any(_lemma(o) in w.combat_words for o in _pobjs(verb, {"in"})):
        return False
    objs = [o for o in _objects(verb) if o.dep_ != "nsubjpass"]
    return not objs or _all_in(objs, w.public_nouns)


def fought_illness(trigger: Token) -> bool:
    """ "a long battle with cancer", "fought leukaemia for years": an illness fought, no one."""
    w = words()
    if _lemma(trigger) not in w.fighting_words:
        return False
    held = _objects(trigger) + _pobjs(trigger, {"with", "against"})
    return _all_in(held, w.illnesses)


def animal_victim(verb: Token) -> bool:
    """ "the lions were killed", "shot two stray dogs": what is hurt is an animal, no person."""
    return _all_in(_objects(verb), non_event_words().animals)


def criticised(verb: Token) -> bool:
    """ "attacked the audit as a political stunt", "slammed the ruling", "a scathing attack on the pay offer":
    words against a decision or a text."""
    w = words()
    if _lemma(verb) not in w.attacking_verbs:
        return False
    if verb.pos_ == "NOUN":  # "launched a scathing attack on the pay offer"
        return _all_in(_pobjs(verb, {"on"}), w.criticised_things) and not _told_as_force(verb.head)
    return verb.pos_ == "VERB" and _all_in(_objects(verb), w.criticised_things) and not _told_as_force(verb)


def torched_words(verb: Token) -> bool:
    """ "critics torched the budget speech", "the columnist torched the plan": a text or an idea torched is
    criticism; no doer told as armed or violent ("rioters torched the court" is arson: a court is no word here)."""
    w = words()
    if _lemma(verb) not in w.burning_verbs or verb.pos_ != "VERB":
        return False
    return _all_in([o for o in _objects(verb) if o.dep_ != "nsubjpass"], w.burnt_words) and not _told_as_force(verb)


def _told_as_force(verb: Token) -> bool:
    """An attack told with a harm ("attacked a court in Peshawar, killing four") or by armed or violent doers
    ("gunmen attacked a judge", "armed men attacked the court"): force, whatever its object."""
    w, armed = words(), non_event_words().armed_words
    if any(c.dep_ in {"advcl", "conj", "xcomp"} and _lemma(c) in w.harm_verbs for c in verb.children):
        return True
    for subj in (c for c in verb.children if c.dep_ in {"nsubj", "agent"}):
        noun = next((o for o in subj.children if o.dep_ == "pobj"), subj) if subj.dep_ == "agent" else subj
        if _lemma(noun) in w.violent_doers or noun.lower_ in w.violent_doers or _lemma(noun) in armed:
            return True
        if any(c.dep_ == "amod" and _lemma(c) == "armed" for c in noun.children):
            return True
    return False


def shown(verb: Token) -> bool:
    """ "demonstrate the value of the service", "demonstrated that the drug works": showing, no protest."""
    w = words()
    if _lemma(verb) not in w.demonstrating_verbs:
        return False
    objs = [o for o in _objects(verb) if o.dep_ != "nsubjpass"]
    if objs and not any(_lemma(o) in w.protest_objects for o in objs):
        return True
    return any(c.dep_ == "ccomp" for c in verb.children)


def _name(tok: Token) -> str:
    """The noun with the compound words before it: "task force", "working group"."""
    words_before = [c.lower_ for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return " ".join([*words_before, _lemma(tok)])


def disbanded_body(verb: Token) -> bool:
    """ "disbanded the advisory committee", "the task force was disbanded": an authority winds up a body of
    advice or of work; no party, militia or union is banned."""
    w = words()
    if _lemma(verb) not in w.disbanding_verbs:
        return False
    objs = _objects(verb)
    return bool(objs) and all(_lemma(o) in w.disbanded_bodies or _name(o) in w.disbanded_bodies for o in objs)


def traded_thing(trigger: Token) -> bool:
    """ "investors raided the company's shares", "automakers are invading the European market", "the chipmaker
    launched an assault on the phone market", "the fund mounted an assault on the retailer's board": a firm selling or buying, no force. Shares are never attacked by
    force; a market only by a firm (gunmen who storm "the market" storm a place)."""
    w = words()
    if _lemma(trigger) not in w.trading_verbs:
        return False
    held = [o for o in _objects(trigger) + _pobjs(trigger, w.traded_preps) if o.dep_ != "nsubjpass"]
    held = [o for o in held if o.ent_type_ not in _WHEN]  # "attacked shares on Friday": the day is no thing held
    if not held or any(o.pos_ != "NOUN" or o.ent_type_ for o in held):
        return False
    if _all_in(held, w.traded_things):
        return True
    firms_things = w.market_things | w.boardroom_things
    return _all_in(held, firms_things) and _doer_in(trigger, w.trading_doers)


#: Entities of time a preposition of the verb may carry ("on Friday"), no thing traded.
_WHEN = frozenset({"DATE", "TIME"})


def _doer_in(trigger: Token, doers: frozenset[str]) -> bool:
    """The subject of the verb, or of the verb an event noun is the object of ("launched a raid"), is one of
    ``doers``."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in _OBJECTS else trigger
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return _all_in(subjects, doers)


@combine_passes.register("combine.figurative_object.v1")
def figurative_object(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb of force that reaches a mark, executes a plan, launches a satellite, engages voters or fights an
    illness, or a protest verb that shows a thing: no event; a verb of force on a decision: criticism."""
    for trig in triggers:
        if trig.suppressed or trig.means:
            continue
        tok, root = trig.token, trig.code[:2]
        if root == "17" and disbanded_body(tok):  # a ban (1722) of no group
            trig.suppressed = True
            trig.notes.append("figurative")
            continue
        if root == "17" and torched_words(tok):  # arson (1712) of a text or an idea
            trig.code = CRITICIZE
            trig.notes.append("verbal attack")
            continue
        if root == "14" and shown(tok):
            trig.suppressed = True
            trig.notes.append("figurative")
            continue
        if root not in FORCE_ROOTS:
            continue
        if (
            reached_mark(tok)
            or executed_thing(tok)
            or space_launch(tok)
            or engaged_public(tok)
            or fought_illness(tok)
            or animal_victim(tok)
            or traded_thing(tok)
        ):
            trig.suppressed = True
            trig.notes.append("figurative")
        elif criticised(tok):
            trig.code = CRITICIZE
            trig.notes.append("verbal attack")
