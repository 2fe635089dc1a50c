"""Verbs of force said of things and of games hurt no one: "the Senate killed the bill", "the dispute sank
the deal", "Liverpool stormed to a 4-0 victory", "she swept to the title". A violent trigger whose object is
a bill, a plan or a hope, or that runs "to" a victory or a title with no object, gives no event; so do a
market's forces hitting ("hit hard by the collapse in demand") and the play of a game ("shooting twice from
outside the box", "a clash with a defender") in a sentence with no one hurt. Words in
``data/lexicon/figurative_force.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext


@dataclass(frozen=True)
class Words:
    undone_things: frozenset[str]
    undoing_verbs: frozenset[str]
    winning_words: frozenset[str]
    charging_verbs: frozenset[str]
    market_forces: frozenset[str]
    hitting_verbs: frozenset[str]
    collective_heads: frozenset[str]
    play_words: frozenset[str]
    play_grounds: frozenset[str]
    storming_verbs: frozenset[str]
    play_adverbs: frozenset[str]
    match_periods: frozenset[str]
    period_orders: frozenset[str]
    hurt_words: frozenset[str]
    body_targets: frozenset[str]
    pelting_verbs: frozenset[str]
    pelted_things: frozenset[str]
    firing_verbs: frozenset[str]
    word_salvoes: frozenset[str]
    contest_words: frozenset[str]
    contest_modifiers: frozenset[str]
    contest_stakes: frozenset[str]
    contest_preps: frozenset[str]
    capturing_verbs: frozenset[str]
    captured_things: frozenset[str]
    seizing_verbs: frozenset[str]
    seized_prizes: frozenset[str]
    vehicles: frozenset[str]
    crashing_verbs: frozenset[str]
    struck_things: frozenset[str]
    label_heads: frozenset[str]
    back_particles: frozenset[str]
    violent_means: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("figurative_force", Words)


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def undone_thing(verb: Token) -> bool:
    """ "killed the bill", "sank the deal": a verb of undoing whose object is a plan, a law or a hope."""
    w = words()
    if _lemma(verb) not in w.undoing_verbs:
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    objs += [o for p in verb.children if p.lower_ == "off" for o in p.children if o.dep_ == "pobj"]  # "killed off X"
    return bool(objs) and all(o.ent_type_ not in {"PERSON", "NORP"} and _lemma(o) in w.undone_things for o in objs)


def charged_to_a_win(verb: Token) -> bool:
    """ "stormed to a 4-0 victory", "swept to the title": a verb of charging, no object, "to" a win."""
    w = words()
    if _lemma(verb) not in w.charging_verbs or any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"to", "into"}:
            if any(o.dep_ == "pobj" and _lemma(o) in w.winning_words for o in prep.children):
                return True
    return False


def market_hit(verb: Token) -> bool:
    """ "was hit hard by the collapse in demand", "inflation is crushing consumer spending": a verb of hitting
    whose subject or agent is a market's force."""
    w = words()
    if _lemma(verb) not in w.hitting_verbs:
        return False
    hitters = [c for c in verb.children if c.dep_ == "nsubj"]
    hitters += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if verb.dep_ == "relcl":  # "a price war that is slaughtering smaller retailers": the war hits
        hitters = [verb.head if h.tag_ in {"WDT", "WP"} else h for h in hitters]
    hitters = [_counted(h) for h in hitters]  # "a wave of job cuts hit": the cuts hit
    return bool(hitters) and all(_lemma(h) in w.market_forces or named_contest(h) for h in hitters)


def _counted(noun: Token) -> Token:
    """What a collective head counts ("a wave of job cuts", "a fresh round of tariffs"), else the noun."""
    if _lemma(noun) not in words().collective_heads:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((o for o in prep.children if o.dep_ == "pobj"), noun)
    return noun


def game_play(verb: Token) -> bool:
    """A verb of force told of a game's play ("shooting twice from outside the box", "a clash with a
    defender"), in a sentence where no one is hurt."""
    w = words()
    if any(_lemma(t) in w.hurt_words for t in verb.sent):
        return False
    mods = [c for c in verb.children if c.dep_ in {"advmod", "acomp", "npadvmod"}]
    mods += [g for c in mods for g in c.children if g.dep_ == "advmod"]  # "shot wide twice"
    wide = any(c.lower_ in w.play_adverbs for c in mods)
    if wide and _lemma(verb) in w.charging_verbs:  # "shot wide", "fired high"
        return True
    if any(_match_period(t) for t in verb.subtree):  # "hit them three times in the second half"
        return True
    return any(_lemma(t) in w.play_words for t in verb.subtree if t.pos_ == "NOUN")


def _match_period(tok: Token) -> bool:
    """``tok`` is a period of a match a phrase happens in: "in the second half", "in extra time" (no "of": "in
    the first half of May" is a span of days)."""
    w = words()
    if tok.lower_ not in w.match_periods or tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "during"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in w.period_orders for c in tok.children)


def body_target(verb: Token) -> bool:
    """ "the new compound attacks the parasite", "killed 90 percent of tumour cells": what is hit is a cell, a
    germ or a pest, no person."""
    w = words()
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    heads = []
    for o in objs:  # "90 percent of tumour cells": the cells
        of = [p for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
        inner = [x for p in of for x in p.children if x.dep_ == "pobj"]
        heads.append(inner[0] if inner and _lemma(o) in {"percent", "%", "per", "majority", "most"} else o)
    return bool(heads) and all(_lemma(h) in w.body_targets or h.lower_ in w.body_targets for h in heads)


def _objects(verb: Token) -> list[Token]:
    """The verb's objects, each with the nouns it is joined to ("pictures and videos")."""
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return objs + [c for o in objs for c in o.conjuncts]


def riot_on_play(verb: Token) -> bool:
    """ "fans looted the opposing team's goal", "ransacked the visitors' defence box": a riot (145) or damage
    (1712) whose every object is a thing of a game's play (``play_words``, ``play_grounds``) is no riot; "looted
    shops" stays."""
    w = words()
    play = w.play_words | w.play_grounds
    objs = _objects(verb)
    return bool(objs) and all(_lemma(o) in play or o.lower_ in play for o in objs)


def stormed_ground(verb: Token) -> bool:
    """ "the home fans stormed the pitch to celebrate", "the striker ransacked the visitors' defence": a verb of
    storming (``storming_verbs``) whose every object is a game's ground or line (``play_grounds``) is play or joy,
    no attack; "stormed the police station" stays."""
    w = words()
    if _lemma(verb) not in w.storming_verbs:
        return False
    objs = _objects(verb)
    return bool(objs) and all(_lemma(o) in w.play_grounds or o.lower_ in w.play_grounds for o in objs)


def pelted_with_words(verb: Token) -> bool:
    """ "bombarded the bank with questions", "bombarded the batsmen with short balls": a verb of pelting whose
    every missile is a word, a message or a ball ("pelted police with stones" stays)."""
    w = words()
    if _lemma(verb) not in w.pelting_verbs:
        return False
    things = [o for p in verb.children if p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    things += [c for t in things for c in t.conjuncts]
    return bool(things) and all(_lemma(t) in w.pelted_things or t.lower_ in w.pelted_things for t in things)


def fired_words(verb: Token) -> bool:
    """ "fired a volley of criticism at the minister", "fired off a barrage of insults", "launched a torrent of
    abuse": a verb of firing whose every missile is a word, or a salvo whose every "of" thing is a word ("fired
    a volley of shots", "launched a barrage of rockets" and a salvo with no "of" stay force, as does a firing in a
    sentence that tells harm: "the frigate fired a broadside at the skiff, killing two men")."""
    w = words()
    if _lemma(verb) not in w.firing_verbs or any(_lemma(t) in w.hurt_words for t in verb.sent):
        return False
    objs = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    objs += [c for o in objs for c in o.conjuncts]
    if not objs:
        return False
    for obj in objs:
        things = [obj]
        if obj.lower_ in w.word_salvoes:
            things = [o for p in obj.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            things += [c for t in things for c in t.conjuncts]
        if not things or not all(_lemma(t) in w.pelted_things or t.lower_ in w.pelted_things for t in things):
            return False
    return True


def named_contest(tok: Token) -> bool:
    """ "a custody battle", "a legal fight", "a price war": a noun of force that a contest's word names."""
    w = words()
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in w.contest_words:
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in w.contest_modifiers for c in tok.children):
        return True
    return contest_for_stake(tok)


def contest_for_stake(tok: Token) -> bool:
    """ "a battle for votes", "the war on drugs", "fought corruption": a contest whose every stake is no one's
    life or land (an armed side, a town or a people fought for or against stays)."""
    w = words()
    if _lemma(tok) not in w.contest_words and tok.lower_ not in w.contest_words:
        return False
    stakes = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in w.contest_preps for o in p.children]
    stakes = [o for o in stakes if o.dep_ == "pobj"]
    if tok.pos_ == "VERB":
        stakes += [c for c in tok.children if c.dep_ == "dobj"]
    stakes += [c for s in stakes for c in s.conjuncts]
    return bool(stakes) and all(
        not s.ent_type_ and (_lemma(s) in w.contest_stakes or s.lower_ in w.contest_stakes) for s in stakes
    )


def captured_thing(verb: Token) -> bool:
    """ "CCTV captured their arrival", "tourists captured pictures", "captured 40 seats": what is captured is
    an image, a mood or a prize, no one held."""
    w = words()
    objs = _objects(verb)
    return (
        _lemma(verb) in w.capturing_verbs
        and bool(objs)
        and all(o.ent_type_ not in {"PERSON", "NORP"} and _lemma(o) in w.captured_things for o in objs)
    )


def seized_prize(verb: Token) -> bool:
    """ "seized the lead in the final lap", "snatched victory", "grabbed the initiative": what is seized is a
    lead, a prize or an edge, no one's property or place."""
    w = words()
    objs = _objects(verb)
    return (
        _lemma(verb) in w.seizing_verbs
        and bool(objs)
        and all(o.ent_type_ not in {"PERSON", "NORP", "GPE"} and _lemma(o) in w.seized_prizes for o in objs)
    )


def vehicle_crash(verb: Token) -> bool:
    """ "the helicopter struck power lines", "the aircraft overran the runway": a vehicle that hits a line, a
    rail or a runway has crashed; no one attacked."""
    w = words()
    if _lemma(verb) not in w.crashing_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objs = _objects(verb)
    return (
        bool(subjects)
        and bool(objs)
        and all(_lemma(s) in w.vehicles for s in subjects)
        and all(_lemma(o) in w.struck_things for o in objs)
    )


def hit_back_by(verb: Token) -> bool:
    """ "Tesco hit back by slashing the price of milk", "the studio struck back by suing": a verb of hitting
    "back" done "by" an act with no force in it is a reply, no blow ("hit back by launching air strikes" and
    "fought back by firing at the gunmen" keep their force)."""
    w = words()
    if _lemma(verb) not in w.hitting_verbs | {"fight"}:
        return False
    if not any(c.dep_ in {"advmod", "prt"} and c.lower_ in w.back_particles for c in verb.children):
        return False
    means = [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.children]
    means = [g for g in means if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return bool(means) and not any(
        _lemma(t) in w.violent_means or t.lower_ in w.violent_means for g in means for t in g.subtree
    )


def sport_label(tok: Token) -> bool:
    """ "a wrestling promotion", "a boxing club", "a shooting range": a noun of force that labels a sport's or
    a trade's thing."""
    return tok.dep_ in {"compound", "amod"} and tok.head.lemma_.lower() in words().label_heads


@combine_passes.register("combine.figurative_force.v1")
def figurative_force(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A verb of force that undoes a plan, charges to a win, is a market's hit or a game's play, hits cells
    or germs, pelts with words, names a contest or a sport's thing, captures an image or is a vehicle's crash:
    no event."""
    for trig in triggers:
        if trig.suppressed or trig.means:
            continue
        tok = trig.token
        if trig.code[:2] == "17" and (captured_thing(tok) or seized_prize(tok)):  # an arrest (173) no one suffers
            trig.suppressed = True
            trig.notes.append("figurative")
            continue
        if (trig.code in {"145", "1712"} and riot_on_play(tok)) or stormed_ground(tok):  # "stormed the pitch"
            trig.suppressed = True
            trig.notes.append("figurative")
            continue
        if trig.code[:2] not in FORCE_ROOTS:
            continue
        if (
            undone_thing(tok)
            or charged_to_a_win(tok)
            or market_hit(tok)
            or game_play(tok)
            or body_target(tok)
            or pelted_with_words(tok)
            or fired_words(tok)
            or named_contest(tok)
            or vehicle_crash(tok)
            or sport_label(tok)
            or hit_back_by(tok)
        ):
            trig.suppressed = True
            trig.notes.append("figurative")
