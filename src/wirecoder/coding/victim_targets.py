"""Victims as targets: violence against people no actor stands for targets those people, not the place.

"Gunmen shot dead three shopkeepers in a market in Peshawar": the target is "three shopkeepers",
civilians of Pakistan (the country of the act's place), not Peshawar; ACLED's actor 2 of an attack on
unnamed people is likewise "Civilians (Country)", never the town. A place stays the target only when no
one else is acted on, standing for its state as CAMEO codes it: "shelled Kharkiv", "fired rockets into
Israel", and, as CAMEO's human coders read them, "blocked roads in Algiers" or "fired at targets in
Jericho" (the place's country). ``targets._may_target`` drops the town after counted victims.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Participant
from . import frames as fr
from . import lexicon
from .age_nouns import age_noun
from .combine.instruments import held_person
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot, people_noun
from .targets import TargetContext
from .yield_targets import yielded_to as _yielded_to  # noqa: F401  (registers targets.yielded_to.v1 with this module)

# Coercion, assault, fighting and mass violence (CAMEO 17-20): acts done to people ("arrested three
# journalists", "kidnapped two engineers", "shot dead a farmer").
HARM_ROOTS = frozenset({"17", "18", "19", "20"})
# Releases of people (CAMEO 084): "four aid workers abducted last month were freed" frees them.
RELEASES = frozenset({"084"})
CIVILIANS = "CVL"
# How a source's country is known when it is the story's place, not the source's own ("article.COUNTRY_BASES").
LOCAL_BASES = frozenset({"place", "dateline", "story"})


@target_fallbacks.register("targets.victims.v1")
def victims(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The people a harmful act (or a release) was done to when no actor stands for them: the first role (object, passive
    subject, "of" of a nominal) that names people, typed as civilians of the sentence's place's country."""
    if targets or (ctx.trig.code[:2] not in HARM_ROOTS and ctx.trig.code[:3] not in RELEASES):
        return targets
    for role in ctx.target_roles:
        for tok in fr.role_tokens(ctx.token, role):
            if ctx.trig.code[:3] in RELEASES and not held_person(tok):
                continue  # "the shipment was released": no one freed
            found = _victim(ctx, tok)
            if found is not None:
                return [found]
    return targets


def _victim(ctx: TargetContext, tok: Token) -> Slot | None:
    """``tok`` as a victim participant, or None when it names no people or a mention already stands for it."""
    aged = age_noun(tok)  # "shot dead a 45-year-old"
    if (tok.pos_ != "NOUN" and not aged) or any(m.start <= tok.idx < m.end for m in ctx.sent_mentions):
        return None
    lemma, words = tok.lemma_.lower(), ctx.config.victim_targets
    if lemma in words.get("not_victims", ()) or tok.lower_ in words.get("not_victims", ()):
        return None
    if not (
        aged or people_noun(tok, ctx.config) or lemma in lexicon.person_nouns() or lemma in words.get("people", ())
    ):
        return None
    slot = Slot(_phrase(tok, words.get("phrase_skip", frozenset())), None, head=tok.i)
    country, basis = _place_country(ctx)
    civilian = lemma not in words.get("not_civilians", ()) and tok.lower_ not in words.get("not_civilians", ())
    if country is None:
        return slot
    sector = CIVILIANS if civilian else None
    p = replace(slot.participant, country=country, country_basis=basis, sector=sector, cameo=country + (sector or ""))
    return replace(slot, participant=p)


def _phrase(tok: Token, skip: frozenset[str]) -> Participant:
    """The victims as written: the noun with what precedes it and a directly following "of" phrase ("three
    shopkeepers", "dozens of worshippers"), without a relative clause or participle after it, nor a word of
    the verb the parser hung on the noun (``skip``: "shot dead two tailors")."""
    first = tok.left_edge.i
    while first < tok.i and (tok.doc[first].dep_ in {"det", "punct", "cc"} or tok.doc[first].lower_ in skip):
        first += 1
    last = tok.i
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i == last + 1:
            last = c.right_edge.i
    phrase = tok.doc[first : last + 1]
    return Participant(phrase.text, phrase.start_char, phrase.end_char)


def _place_country(ctx: TargetContext) -> tuple[str | None, str]:
    """The country of the place the act happened at and how it is known: the first place of the verb's
    phrase that has one, else the sentence's when all its places lie in one country; else the source's
    when the source's own is inferred from where the story is ("gunmen" of a story from Kano), never a
    country the text states for the source ("Indian troops killed three villagers": not India's)."""
    places = [m for m in ctx.sent_mentions if m.kind == "place" and m.actor is not None and m.actor.country]
    span = {t.idx for t in ctx.token.subtree}
    own = [m for m in places if m.start in span]
    if own and own[0].actor is not None:
        return own[0].actor.country, "place"
    countries = {m.actor.country for m in places if m.actor is not None}
    if len(countries) == 1:
        return countries.pop(), "place"
    local = {s.participant.country for s in ctx.sources if s.participant.country_basis in LOCAL_BASES}
    if not places and len(local) == 1 and len(ctx.sources) == 1:
        basis = ctx.sources[0].participant.country_basis or "story"
        return local.pop(), basis
    return None, ""
