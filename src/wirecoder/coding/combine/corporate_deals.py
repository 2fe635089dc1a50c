"""A deal between firms refused or fought off is no political event: "the chipmaker rejected a hostile bid",
"the board fought off a takeover attempt", "the shipping group declined an offer for its Danish unit". A refusal
(12) or a fight (19) whose object holds a word of a deal for control of a firm ("takeover", "merger", "stake"),
or a bid or an offer refused by a firm ("the carmaker rebuffed an offer"), gives no event. "Serbia rejected the
offer of talks" (no firm, no deal word) and "troops fought off an attack" are left alone. A deal firms make among
themselves is no event either ("two mining firms signed a merger agreement": 057, 03 or 06 with firms for every
subject); a state beside a firm keeps it. Nor is a firm refusing what its own trading partners ask ("the insurer
rejected a request from policyholders", round 47: ``firm_requests`` from ``firm_requesters``). Words in ``data/lexicon/corporate_deals.yaml`` and the trading doers of
``figurative_objects.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .figurative_objects import words as object_words

_OBJECTS = frozenset({"dobj", "obj"})
_NAMED = frozenset({"PERSON", "NORP", "GPE"})


@dataclass(frozen=True)
class Words:
    deal_words: frozenset[str]
    deal_offers: frozenset[str]
    deal_roots: frozenset[str]
    made_roots: frozenset[str]
    firm_nouns: frozenset[str]
    firm_requests: frozenset[str]
    firm_requesters: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("corporate_deals", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _held(verb: Token) -> list[Token]:
    """The verb's objects, and those of its particle ("fought off a takeover attempt", "turned down a bid")."""
    out = [c for c in verb.children if c.dep_ in _OBJECTS]
    return out + [o for p in verb.children if p.dep_ == "prt" for o in p.children if o.dep_ in _OBJECTS]


def _firm_subject(verb: Token) -> bool:
    """Every subject of the verb is a firm or an investor by a common noun ("the chipmaker", "the mining giant")."""
    doers = object_words().trading_doers
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.ent_type_ not in _NAMED and _lemma(s) in doers for s in subjects)


def _partners_ask(obj: Token) -> bool:
    """``obj`` is a request that a firm's trading partners make: "a request from policyholders", "the
    shareholders' demand" (and nothing but such partners ask it)."""
    w = words()
    if _lemma(obj) not in w.firm_requests and obj.lower_ not in w.firm_requests:
        return False
    askers = [o for p in obj.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children]
    askers += [c for c in obj.children if c.dep_ == "poss"]
    askers += [c for a in askers for c in a.conjuncts]
    return bool(askers) and all(a.ent_type_ not in _NAMED and a.lower_ in w.firm_requesters for a in askers)


def _firm_doer(verb: Token) -> bool:
    """Every subject of the verb is a firm by a common noun (a trading doer or a firm noun: "the bank")."""
    doers, firms = object_words().trading_doers, words().firm_nouns
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.ent_type_ not in _NAMED and _lemma(s) in doers | firms for s in subjects)


def refused_deal(verb: Token) -> bool:
    """``verb`` refuses or fights off a deal for control of a firm."""
    if verb.pos_ != "VERB":
        return False
    w = words()
    held = _held(verb)
    if not held:
        return False
    if any(_lemma(t) in w.deal_words for o in held for t in o.subtree):
        return True
    if _firm_doer(verb) and all(_partners_ask(o) for o in held):
        return True  # "the carmaker refused a request from dealers"
    return _firm_subject(verb) and all(_lemma(o) in w.deal_offers for o in held)


def made_deal(verb: Token) -> bool:
    """``verb`` is an agreement every subject of which is a firm: "two mining firms signed a merger agreement",
    "Toyota and a Thai battery maker agreed to build a plant" (an organisation's name counts beside a firm's
    noun; a state, a people or a person does not: "Kenya and a Chinese firm signed a deal" stays)."""
    if verb.pos_ != "VERB":
        return False
    w, doers = words(), object_words().trading_doers
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [s for c in subjects for s in c.conjuncts]
    if not subjects or any(s.ent_type_ in _NAMED for s in subjects):
        return False
    firms = [s for s in subjects if s.pos_ == "NOUN" and (_lemma(s) in doers or _lemma(s) in w.firm_nouns)]
    return bool(firms) and all(s in firms or (s.pos_ == "PROPN" and s.ent_type_ == "ORG") for s in subjects)


@combine_passes.register("combine.corporate_deal.v1")
def corporate_deal(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A refused or fought-off deal between firms, or a deal firms make among themselves: no event."""
    roots, made = words().deal_roots, words().made_roots
    for trig in triggers:
        if trig.suppressed or trig.means:
            continue
        root = trig.code[:2]
        if (root in roots and refused_deal(trig.token)) or (root in made and made_deal(trig.token)):
            trig.suppressed = True
            trig.notes.append("corporate deal")
