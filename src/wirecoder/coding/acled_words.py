"""The words the ACLED typing rules read off a trigger and its source: the trigger with its compounds,
what a verb acts on, what the act hits, and the source's head noun."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from . import frames as fr
from .carried_arms import carried_arms
from .carried_loads import loads

HIT_PREPS = frozenset({"on", "at", "into", "inside"})  # "opened fire on a bus", "an attack on a mosque"
_WHEN = frozenset({"DATE", "TIME"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_ATTACK_NOUNS = frozenset({"attack", "attacks", "strike", "strikes", "assault", "raid", "bombardment", "bombing"})


def acled_words(tok: Token, nominal: bool) -> tuple[str, str]:
    """For the ACLED rules: the trigger's lemma with the nouns compounded with it ("grenade attack"), and a
    verb's direct objects (a passive verb's subject, as the frames read it) with the nouns in "a cache of X"
    ("seized a cache of rifles"), and what the act hits ("opened fire on a bus")."""
    trigger_words = " ".join(
        [tok.lemma_.lower()]
        + [c.lemma_.lower() for c in tok.children if c.dep_ == "compound"]
        + thing_subject(tok)
        + [s.lemma_.lower() for s in fr.spanned([tok])]  # "two days of clashes": the clashes
    )
    # a count the parse hangs on the verb as an adverbial ("shot down 35 of 40 drones": "35") is its object too
    dobjs = (
        [c for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "npadvmod" and c.pos_ == "NUM")]
        if not nominal
        else []
    )
    if not nominal and not dobjs:  # "stormed and ransacked a police station": the object the two verbs share
        dobjs = [
            c for v in tok.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children if c.dep_ == "dobj"
        ]
    if not nominal and not dobjs:  # "a cache of rifles was seized", "drones were sighted": the passive subject
        dobjs = [c for c in tok.children if c.dep_ == "nsubjpass"]
    dobjs += [g for d in dobjs for g in d.conjuncts]
    dobjs += [w for d in dobjs for w in loads(d)]  # "seized a truck loaded with explosives": the explosives
    dobjs += [
        g
        for d in dobjs
        for p in d.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in [*p.children, *(x for y in p.children for x in y.conjuncts)]
        if g.dep_ in ("pobj", "conj")
    ]
    hit = hit_objects(tok)
    if not hit and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ == "VERB":
        hit = hit_objects(tok.head)  # "fired into a crowd of protesters, killing four": what the firing hit
    hit += [  # "opened fire on a group of labourers": the people of the group
        g for h in hit for p in h.children if p.dep_ == "prep" and p.lower_ == "of" for g in fr.children(p, {"pobj"})
    ]
    kinds = [c for d in dobjs for c in d.children if c.dep_ == "compound"]  # "traded artillery fire"
    # "carried out a chemical attack": the word that tells the kind of an attack done (its amod)
    kinds += [c for d in dobjs if d.lemma_.lower() in _ATTACK_NOUNS for c in d.children if c.dep_ == "amod"]
    # "opened fire on a passenger convoy": the kind of what the act hits, marked ("hit:passenger")
    hit_kinds = [f"hit:{c.lemma_.lower()}" for h in hit for c in h.children if c.dep_ == "compound"]
    return trigger_words, " ".join(
        [*(_reciprocal(d) or d.lemma_.lower() for d in dobjs + kinds + hit), *modifiers(tok, dobjs), *hit_kinds]
    )


def _reciprocal(tok: Token) -> str | None:
    """ "another" for the "one" of "at one another" (the parse hangs "another" on it as its determiner)."""
    return "another" if tok.lower_ == "one" and any(c.lower_ == "another" for c in tok.children) else None


MODIFIER_PREPS = frozenset({"with", "from", "using", "by", "without", "to"})  # "struck X with aerial bombs"


def modifiers(tok: Token, dobjs: list[Token]) -> list[str]:
    """Marked words of what frames the act, for the ACLED rules' ``modifiers``: "with:drone" (the nouns of a
    with / from / using / by / without / to phrase, and the words that describe them: "with:aerial"), "advcl:withdraw"
    (the verb of an adverbial clause: "after the army withdrew"; "xcomp:exchange" of a complement), "acl:vacate" (a clause on the object: "a
    camp vacated by peacekeepers"), "head:gather" (the verb whose purpose or complement clause the trigger is)."""
    out: list[str] = []
    holders = [tok, tok.head] if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB" else [tok]
    holders += [a for a in tok.children if a.dep_ == "advmod" and a.lower_ == "away"]  # "broke away from X"
    for p in (c for h in holders for c in h.children):  # "carried out the attack using ten drones"
        if p.dep_ in ("advcl", "acl", "xcomp") and p.lemma_.lower() == "use":
            out += [f"using:{g.lemma_.lower()}" for g in p.children if g.dep_ == "dobj"]
        elif p.dep_ in ("prep", "agent") and p.lower_ in MODIFIER_PREPS:  # a passive's "by" is its agent
            for g in fr.children(p, {"pobj"}):
                words = [g, *g.conjuncts, *(c for c in g.children if c.dep_ in ("compound", "amod"))]
                out += [f"{p.lower_}:{w.lemma_.lower()}" for w in words]
        elif p.dep_ in ("advcl", "xcomp") and p.pos_ in ("VERB", "AUX"):
            out.append(f"{p.dep_}:{p.lemma_.lower()}")
    if tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ == "VERB":  # "gathered outside parliament to demand X"
        out.append(f"head:{tok.head.lemma_.lower()}")
    clauses = [c for d in dobjs for c in d.children if c.dep_ in ("acl", "relcl")]
    # ... and the verb such a clause tries or sets out to do: "detained people who tried to march": "acl:march"
    clauses += [x for c in clauses for x in c.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"]
    out += [f"acl:{c.lemma_.lower()}" for c in clauses]
    # what describes the trigger or its object ("a unilateral ceasefire": "amod:unilateral")
    out += [f"amod:{c.lemma_.lower()}" for h in (tok, *dobjs) for c in h.children if c.dep_ == "amod"]
    # a named town or region acted on ("bandits attacked Tsafe"): "dobj:place"
    out += ["dobj:place" for d in dobjs if d.ent_type_ in _PLACE_ENTS][:1]
    out += _borne(tok)
    out += _parties(tok)
    out += _sequels(tok)
    for place in _place_nouns(tok):  # "attacked a post in X district (Y) with rockets": the parse hangs it on the place
        for p in place.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                for g in fr.children(p, {"pobj"}):
                    out += [f"with:{w.lemma_.lower()}" for w in (g, *g.conjuncts)]
    for d in dobjs:  # "attacked an army post with poisonous gas": the parse hangs it on the object
        for p in d.children:
            if p.dep_ == "prep" and p.lower_ == "with":
                for g in fr.children(p, {"pobj"}):
                    words = [g, *g.conjuncts, *(c for c in g.children if c.dep_ in ("compound", "amod"))]
                    out += [f"with:{w.lemma_.lower()}" for w in words]
    return out


def _sequels(tok: Token) -> list[str]:
    """What the act's own clause tells came after it or how long it held, for rules on ground taken and left:
    "advmod:briefly" (an adverb of the trigger), "before:retreat" (a clause after "before": "overran the post before
    retreating", "before troops pushed them out"), "conj:withdraw" (a later verb of the same subject: "overran the
    post and withdrew")."""
    out = [f"advmod:{c.lower_}" for c in tok.children if c.dep_ == "advmod"]
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "before" for m in c.children):
            out.append(f"before:{c.lemma_.lower()}")
        elif c.dep_ == "prep" and c.lower_ == "before":
            out += [f"before:{g.lemma_.lower()}" for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB"]
        elif c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and not any(s.dep_ == "nsubj" for s in c.children):
            out.append(f"conj:{c.lemma_.lower()}")
    return out


def _borne(tok: Token) -> list[str]:
    """What a clause on the trigger's subject has the actor wear or carry, marked with the word that describes it:
    "a woman wearing an explosive vest detonated it": "bearer:explosive-vest" (a suicide bomber's sign); and what kind of
    arms the subject bears (carried_arms.py): "men armed with sticks": "bearer:improvised", "with rifles": "bearer:firearm"."""
    holder = tok.head if tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ == "VERB" else tok
    subjects = [c for h in (tok, holder) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    clauses = [c for s in subjects for c in s.children if c.dep_ in ("acl", "relcl")]
    things = [d for c in clauses for d in c.children if d.dep_ == "dobj"]
    own = [  # "the attacker detonated his explosives": what the actor carried, "bearer:own-explosives"
        f"bearer:own-{d.lower_}"
        for d in tok.children
        if d.dep_ == "dobj" and any(m.dep_ == "poss" and m.lower_ in _OWN for m in d.children)
    ]
    worn = [
        f"bearer:{m.lemma_.lower()}-{d.lemma_.lower()}"
        for d in things
        for m in d.children
        if m.dep_ in ("amod", "compound")
    ]
    return own + worn + carried_arms(subjects)  # "men armed with sticks": "bearer:improvised"


_OWN = frozenset({"his", "her", "their"})


def _parties(tok: Token) -> list[str]:
    """The subject's nouns and the words that describe them, and those of its conjuncts, marked "party:": "the
    government and protesting doctors reached an agreement": "party:government", "party:protest", "party:doctor"."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    nouns = [n for s in subjects for n in (s, *s.conjuncts)]
    words = [*nouns, *(c for n in nouns for c in n.children if c.dep_ in ("amod", "compound"))]
    # ... with a describing word's own form too ("striking miners": "party:striking", which a name's "Strike" is not)
    forms = [f"party:{w.lower_}" for w in words if w.lower_ != w.lemma_.lower()]
    return [f"party:{w.lemma_.lower()}" for w in words] + forms


_PLACE_PREPS = frozenset({"in", "near", "at"})
_UNIT_NOUNS = frozenset({"district", "tehsil", "area", "province", "city", "town", "village", "region", "county"})


def _place_nouns(tok: Token) -> list[Token]:
    """The place nouns of the trigger's "in X district of Y" phrase."""
    preps = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in _PLACE_PREPS]
    return [
        g
        for p in preps
        for g in p.subtree
        if g.dep_ in ("pobj", "appos") and (g.pos_ == "PROPN" or g.lower_ in _UNIT_NOUNS) and g.ent_type_ not in _WHEN
    ]


def thing_subject(tok: Token) -> list[str]:
    """The lemmas of a common-noun subject that does the act, with its compounds and adjectives: the weapon of "a grenade
    exploded", "a mortar shell landed on a house, killing four" (the subject of the verb a participle hangs on)."""
    holder = tok.head if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" else tok
    subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and not c.ent_type_]
    kinds = ("compound", "amod")  # "a leftover mortar round exploded": what the weapon is, and its state
    return [w.lemma_.lower() for s in subjects for w in [*(c for c in s.children if c.dep_ in kinds), s]]


def hit_objects(tok: Token) -> list[Token]:
    """What a trigger's act hits: the objects of on / at / into / inside ("opened fire on a bus"); no date or time
    ("on 18 March" hits nothing)."""
    hit = [g for p in tok.children if p.dep_ == "prep" and p.lower_ in HIT_PREPS for g in fr.children(p, {"pobj"})]
    return [h for h in hit + [g for h in hit for g in h.conjuncts] if h.ent_type_ not in _WHEN]


def head_noun(doc: Any, head: int | None) -> str | None:
    """The lemma of a source's head noun with its compounds ("suicide bomber", "mob"), for the ACLED rules."""
    if head is None or not 0 <= head < len(doc):
        return None
    tok = doc[head]
    return " ".join([c.lemma_.lower() for c in tok.children if c.dep_ == "compound"] + [tok.lemma_.lower()])


_DESCRIBING = frozenset({"amod", "compound", "acl", "relcl", "nmod"})


def protesting(doc: Any, head: int | None, words: frozenset[str]) -> bool:
    """Does the mention headed at ``head`` name people protesting ("protesting teachers", "demonstrators",
    "farmers who were marching", "people who took part in a rally")? By the lemma of its head or of a word that
    describes it."""
    if head is None or not 0 <= head < len(doc):
        return False
    tok = doc[head]
    describing = [c for c in tok.children if c.dep_ in _DESCRIBING]
    describing += [g for c in describing if c.dep_ == "relcl" for g in c.subtree if g.pos_ == "VERB"]
    # what the people do in a clause about them: "people who took part in a demonstration", "men joining a march"
    describing += [
        g
        for c in describing
        if c.dep_ in ("relcl", "acl")
        for g in c.subtree
        if g.dep_ in ("dobj", "npadvmod") or (g.dep_ == "pobj" and g.head.lower_ == "in")
    ]
    if tok.dep_ == "dobj" and tok.head.tag_ == "VBG":  # "fired on protesting farmers", parsed as a gerund
        describing.append(tok.head)
    return any(t.lemma_.lower() in words or t.lower_ in words for t in [tok, *describing])


def acled_source(doc: Any, head: int | None, sector: str | None, onto: Any) -> str | None:
    """The source's sector as the ACLED rules read it: PRO when an unarmed source is told as protesting, rioting or
    on strike ("rioting students torched a bus", "protesting traders set fire to the council offices"): the crowd's
    act is a demonstration's, whatever its own sector; an armed or state source keeps its own (a name such as the
    "March 23 Movement" or the "Rapid Strike Force" is no march nor strike)."""
    if sector in onto.armed_sectors or sector in onto.state_sectors or head is None or not 0 <= head < len(doc):
        return sector
    if any(t.pos_ == "PROPN" for t in [doc[head], *doc[head].children] if t.dep_ != "prep"):
        return sector
    return "PRO" if protesting(doc, head, onto.protest_people) else sector


def acled_target(
    tok: Token, head: int | None, sector: str | None, onto: Any, actor_id: str | None = None
) -> str | None:
    """The target's sector as the ACLED rules read it: PRO when the target, or what the act hits, names people
    protesting, or the act is during a protest ("fired at a crowd protesting the tax", "shot a man during protests"); CVL for a target of no sector that is a person by name
    or a person or civilian noun ("attacked the mayor X", "shot at one person", "shot two activists"); MIL for
    a movement that governs by its own fighters, named as itself or its forces ("ambushed a Taliban vehicle"),
    not by a person noun ("a Taliban official"); else its own sector."""
    doc = tok.doc
    verbs = [tok, *tok.conjuncts]  # "shot and killed a man during protests"
    during = [
        g.i
        for v in verbs
        for p in v.children
        if p.dep_ == "prep" and p.lower_ == "during"
        for g in fr.children(p, {"pobj"})
    ]
    if any(
        protesting(doc, h, onto.protest_people)
        for h in [head, *(t.i for t in hit_objects(tok)), *during]
        if h is not None
    ):
        return "PRO"
    if sector is None and head is not None and 0 <= head < len(doc):
        target = doc[head]
        if target.ent_type_ == "PERSON" or target.lemma_.lower() in onto.person_nouns | onto.civilian_victims:
            return "CVL"
    if actor_id in onto.armed_rulers and sector in onto.state_sectors:
        named = doc[head].lemma_.lower() if head is not None and 0 <= head < len(doc) else ""
        if named not in onto.person_nouns | onto.civilian_victims:
            return "MIL"
    return sector
