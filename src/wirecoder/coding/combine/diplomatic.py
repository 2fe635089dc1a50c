"""A state protesting to another state disapproves (CAMEO 111); it stages no demonstration.

"Greece protested to Turkey over the overflights", "the foreign ministry protested to the Iranian embassy": the
protest verb's subject and the object of its "to" are states (a country or city name, or a state noun:
``state_nouns`` of ``data/lexicon/alleged_acts.yaml``). A state protesting "against" or "over" an act, with no
"to", disapproves too, of the act's state when one is named ("Vietnam protested against China's deployment of a
survey ship": China), and so does a state protesting an act as its object ("the Philippines protested the use of
water cannon by Chinese coast guard vessels"); an act done "by" someone names its doer as the target when it names
no state ("protested the ill-treatment of its pilgrims by Indian police": the police). "Students protested to the
governor" stays a protest. A state's office-holder protesting is the state's protest too ("the Dutch foreign minister
protested the sentencing of a Dutch journalist in Turkey", "Brazil's president protested the tariffs"): an office of
``state_offices`` whose owner, compound or "of"/"for" phrase, if any, is a state ("the union president", "a
spokesman for the strikers" stay protesters).
"""

from __future__ import annotations

from functools import cache

from ...yamlfiles import data_path, read_csv
from .. import frames as fr
from ..constants import Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext

_STATE_ENTITIES = frozenset({"GPE"})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], str]:
    data = load("alleged_acts")
    return word_set(data["protest_verbs"]), word_set(data["state_nouns"]), str(data["protest_code"])


@cache
def _offices() -> frozenset[str]:
    return word_set(load("alleged_acts")["state_offices"])


@cache
def _country_names() -> frozenset[str]:
    """Lower-cased country names and aliases of the actor base ("sri lanka", "burma")."""
    names: set[str] = set()
    for _, row in read_csv(data_path("actors", "countries.csv"), required=("iso3",)):
        names.update(n.strip().lower() for n in [row.get("name", ""), *row.get("aliases", "").split("|")] if n.strip())
    return frozenset(names)


def _is_state(tok: Token, state_nouns: frozenset[str]) -> bool:
    """A country or city name (the tagger's or the actor base's: "Sri Lanka" tagged a person is still one), or
    a state body named by its noun ("the foreign ministry")."""
    phrase = " ".join(t.lower_ for t in tok.subtree if t.dep_ in {"compound", "amod"} and t.i < tok.i)
    whole = f"{phrase} {tok.lower_}".strip()
    if tok.ent_type_ in _STATE_ENTITIES or whole in _country_names():
        return True
    return tok.lemma_.lower() in state_nouns or whole in state_nouns


def _holds_office(subj: Token, state_nouns: frozenset[str]) -> bool:
    """The subject is a state's office-holder, named by the office or by a name the office titles ("Israeli Prime
    Minister Benjamin Netanyahu")."""
    titles = [c for c in subj.children if c.dep_ == "compound"] if subj.pos_ == "PROPN" else []
    return any(_is_state_office(t, state_nouns) for t in [subj, *titles])


def _is_state_office(tok: Token, state_nouns: frozenset[str]) -> bool:
    """A state's office-holder: an office noun ("the Dutch foreign minister", "Brazil's president") whose owner,
    compound nouns and "of"/"for" objects are all states; "the union president" and "a spokesman for the strikers"
    are not."""
    phrase = " ".join(t.lower_ for t in tok.lefts if t.dep_ in {"compound", "amod"} and t.pos_ != "PROPN")
    offices = _offices()
    if tok.lemma_.lower() not in offices and f"{phrase} {tok.lower_}".strip() not in offices:
        return False
    words = {w for office in offices for w in office.split()}  # "Prime" of "Prime Minister" is no owner
    owners = [c for c in tok.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.lower_ not in words)]
    owners += [
        o for p in tok.children if p.dep_ == "prep" and p.lower_ in {"of", "for"} for o in fr.children(p, {"pobj"})
    ]
    return all(_is_state(o, state_nouns) for o in owners)


@combine_passes.register("combine.diplomatic_protest.v1")
def diplomatic_protest(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A protest verb from a state to a state becomes the state's disapproval of the other (111)."""
    verbs, state_nouns, code = _words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or trig.code[:2] != "14":
            continue
        subj = fr.subject(tok)
        if subj is None or not (_is_state(subj, state_nouns) or _holds_office(subj, state_nouns)):
            continue
        to = [o for o in fr.prep_objects(tok, "to") if o.head.head.i == tok.i]
        if to and _is_state(to[0], state_nouns):
            target = to[0]
        elif not to and (against := _protested_act(tok)) is not None:
            target = _state_of(against, state_nouns)  # "against China's deployment of a ship": China
        else:
            continue
        trig.code, trig.combined = code, True
        if target is not None:
            trig.target_from = target
        trig.notes.append("diplomatic protest")


def _protested_act(tok: Token) -> Token | None:
    """The object of the protest verb's "against" or "over" ("protested against China's deployment"), else its
    direct object ("protested the renaming of the places")."""
    for prep in ("against", "over"):
        objs = [o for o in fr.prep_objects(tok, prep) if o.head.head.i == tok.i]
        if objs:
            return objs[0]
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"}]
    return objs[0] if objs else None


def _state_of(obj: Token, state_nouns: frozenset[str]) -> Token | None:
    """The state a protested act is of: the object itself ("against Japan") or its possessor ("China's
    deployment"); None when the act names no state ("against the detention of its citizens")."""
    if _is_state(obj, state_nouns):
        return obj
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is not None and _is_state(owner, state_nouns):
        return owner
    return _doer_of(obj)


def _doer_of(obj: Token) -> Token | None:
    """Who did the protested act, by its "by" phrase on the act or on what it is "of" ("the firing of water cannon
    by the Chinese coast guard": the coast guard)."""
    holders = [obj, *[o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]]
    for holder in holders:
        for p in holder.children:
            if p.dep_ in {"prep", "agent"} and p.lower_ == "by":
                doers = [o for o in p.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"}]
                if doers:
                    return doers[0]
    return None
