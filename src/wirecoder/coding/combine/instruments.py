"""Violence told by what it was done with, and releases told with no one releasing.

"A checkpoint was hit with a van loaded with explosives", "a post was struck with rockets": the instrument
says how it was done and makes the act an event whoever did it, as a weapon subject does (violence.py).
"An explosives-laden truck was driven into the gate": a vehicle bomb as the subject. "Two tourists held in
Iran were released": a release (PLOVER RETREAT) with no releaser named, of people held.
Words: ``data/lexicon/material_acts.yaml`` and the config's ``weapon_codes``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .. import frames as fr
from .. import lexicon
from ..constants import VIOLENT_ROOTS, Token
from ..lexicon import load, word_set
from ..registry import combine_passes
from ..triggers import Trigger, is_light_verb
from .context import CombineContext
from .violence import victims_only

#: Codes a weapon may make more precise ("attacked" 190 -> "attacked with rockets" 194).
_GENERIC = frozenset({"180", "190", "193"})
#: The note prefix that lets a violent trigger stand without a known actor (coding/events.py).
_WEAPON = "weapon:"
_ACTORLESS = "actorless:release"


@cache
def _words() -> dict[str, Any]:
    data = load("material_acts")
    return {
        key: word_set(data.get(key))
        for key in ("vehicles", "laden_words", "explosive_words", "instrument_preps", "release_codes")
        + ("held_people", "release_places", "verbal_instruments", "contact_verbs", "contact_preps")
    } | {
        "vehicle_bomb_code": str(data.get("vehicle_bomb_code", "1832")),
        "instrument_codes": {str(k).lower(): str(v) for k, v in (data.get("instrument_codes") or {}).items()},
    }


def _low(tok: Token) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_}


def _laden_with_explosives(noun: Token) -> bool:
    """A vehicle packed, laden or rigged with explosives, or a vehicle bomb: "a van loaded with explosives",
    "an explosives-laden car", "a bomb-laden van", "a car bomb" (a vehicle and an explosive in one phrase)."""
    w = _words()
    words = {x for t in noun.subtree if t.dep_ not in {"relcl", "acl"} or t.i == noun.i for x in _low(t)}
    words |= {x for t in noun.subtree for x in _low(t) if t.head.dep_ == "acl" and t.head.head.i == noun.i}
    return bool(words & w["vehicles"]) and bool(words & w["explosive_words"])


def _weapon_code(noun: Token, codes: dict[str, str]) -> str | None:
    """The code of a weapon noun (its lemma or a compound of it), or of a vehicle bomb."""
    if _laden_with_explosives(noun):
        return _words()["vehicle_bomb_code"]
    words = [noun.lemma_.lower()] + [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    both = {**_words()["instrument_codes"], **codes}
    return next((both[w] for w in words if w in both), None)


def _instruments(tok: Token) -> list[Token]:
    """The objects of the verb's "with" / "using" phrases ("targeted with a roadside bomb"), and of a contact
    verb's "on" ("stepped on a landmine")."""
    preps = _words()["instrument_preps"]
    if _low(tok) & _words()["contact_verbs"]:
        preps = preps | _words()["contact_preps"]
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out.extend(fr.children(c, {"pobj"}))
        elif c.dep_ in {"advcl", "xcomp"} and c.lower_ == "using":
            out.extend(fr.children(c, {"dobj"}))
    return out


def _misparsed_subject(tok: Token) -> list[Token]:
    """The subject the parser gave to "was" when the participle hangs on it ("a truck bomb was at dawn driven
    into the gate": "driven" an adverbial clause of "was")."""
    head = tok.head
    if tok.dep_ in {"advcl", "ccomp"} and head.lemma_ == "be" and not fr.children(tok, {"nsubj", "nsubjpass"}):
        return fr.children(head, {"nsubj", "nsubjpass"})
    return []


@combine_passes.register("combine.weapon_instrument.v1")
def weapon_instrument(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A violent verb done with a weapon, or whose subject is a vehicle bomb, is that kind of attack and an
    event with no actor named: "was targeted with a roadside bomb" (183), "hit with rockets" (194), "an
    explosives-laden truck was driven into the gate" (1832); "targeted with complaints" is no attack."""
    codes = ctx.config.weapon_codes
    for trig in triggers:
        if trig.pattern.kind != "verb" or trig.suppressed or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if any(n.startswith(_WEAPON) for n in trig.notes):
            continue
        subjects = fr.children(trig.token, {"nsubj", "nsubjpass"}) or _misparsed_subject(trig.token)
        vehicle = next((s for s in subjects if _laden_with_explosives(s)), None)
        if vehicle is not None:
            trig.notes.append(f"{_WEAPON}{vehicle.lemma_.lower()}")
            continue
        instruments = _instruments(trig.token)
        said = [w for o in instruments for w in [o, *(g for p in o.children if p.lower_ == "of" for g in p.children)]]
        if trig.token.lemma_.lower() == "target" and any(_low(o) & _words()["verbal_instruments"] for o in said):
            trig.suppressed = True  # "was targeted with complaints": no attack
            trig.notes.append("verbal instrument")
            continue
        for obj in instruments:
            code = _weapon_code(obj, codes)
            if code is None or any(_weapon_code(c, codes) != code for c in obj.conjuncts):
                continue  # "with explosives and rifles": an assault of several arms, no one kind
            if trig.code in _GENERIC:
                trig.code = code
            trig.notes.append(f"{_WEAPON}{obj.lemma_.lower()}")
            _contact_incident(trig, ctx)
            break


def _contact_incident(trig: Trigger, ctx: CombineContext) -> None:
    """A contact verb's weapon told in a gerund after a harm that names only its victims is that harm's
    incident ("a shepherd was wounded after treading on a landmine": the mine blast, which takes the victims)."""
    tok = trig.token
    if not _low(tok) & _words()["contact_verbs"] or tok.dep_ != "pcomp" or tok.head.dep_ != "prep":
        return
    for gov in victims_only(ctx.by_token.get(tok.head.head.i), ctx.by_token):
        gov.suppressed = True
        trig.absorbed.append(gov)
    trig.notes.append("incident")


def held_person(subj: Token) -> bool:
    """A person named, or people of a kind that is held ("the detained aid worker", "two tourists", "the
    kidnapped engineers")."""
    if subj.ent_type_ in {"PERSON", "NORP"}:
        return True
    return bool(_low(subj) & (_words()["held_people"] | lexicon.person_nouns()))


def _from_detention(tok: Token) -> bool:
    places = _words()["release_places"]
    return any(_low(o) & places for p in fr.children(tok, {"prep"}) if p.lower_ == "from" for o in p.subtree)


@combine_passes.register("combine.agentless_release.v1")
def agentless_release(triggers: list[Trigger], ctx: CombineContext) -> None:
    """People released or freed with no one named as releasing them are released (a release, PLOVER RETREAT,
    with no source): "the kidnapped engineers were freed on Sunday", "the blogger was released from jail"."""
    w = _words()
    for trig in triggers:
        tok = trig.token
        if trig.suppressed or trig.pattern.kind != "verb" or trig.code not in w["release_codes"]:
            continue
        if fr.children(tok, {"agent"}) or tok.tag_ != "VBN":
            continue
        flags = ctx.flags_of(tok)
        if flags.get("future") or flags.get("hypothetical") or flags.get("negated"):
            continue
        subjects = fr.children(tok, {"nsubjpass"})
        if subjects and (held_person(subjects[0]) or _from_detention(tok)):
            trig.notes.append(_ACTORLESS)


@combine_passes.register("combine.means_agent.v1")
def means_agent(triggers: list[Trigger], ctx: CombineContext) -> None:
    """Who carried out the attack the dead died in, told in a participle after it: "passengers died in the
    bus bombing, allegedly carried out by X" (the parser hangs "carried out by X" on the verb), X its source."""
    for trig in triggers:
        if trig.suppressed or trig.source_from is not None or trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
            continue
        if not trig.means or fr.children(trig.token, {"agent"}):
            continue
        for clause in fr.children(trig.token, {"advcl"}):
            if clause.tag_ != "VBN" or not is_light_verb(clause, ctx.config):
                continue
            doers = [o for a in fr.children(clause, {"agent"}) for o in fr.children(a, {"pobj"})]
            if doers:
                trig.source_from = doers[0]
                trig.notes.append("means agent")
                break
