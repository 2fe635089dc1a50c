"""Whom a concession, an appeal or an acceptance is made to, when the verb's own roles name no one.

"The party withdrew its nominee in response to a warning from the commission" yields to the commission; "the
company gave in to the strikers' demands" to the strikers; "requested an extension from the IMF" asks the IMF;
"accepted an invitation from Venezuela" answers Venezuela. An appeal to people no actor stands for is made to
them as written ("wants the ministers to listen to farmers"). Registered as ``targets.yielded_to.v1`` and
``targets.asked_people.v1``; the words are the lexicon ``yielded_to`` (``data/lexicon/yielded_to.yaml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import frames as fr
from .constants import Token
from .lexicon import load, word_set
from .registry import target_fallbacks
from .roles import Slot, span_slots
from .targets import TargetContext, named_others

_OWNER_PREPS = ("from", "by", "of")


@dataclass(frozen=True)
class _Words:
    yield_roots: frozenset[str]
    yield_preps: frozenset[str]
    lead_nouns: frozenset[str]
    pressure_nouns: frozenset[str]
    request_roots: frozenset[str]
    accept_roots: frozenset[str]
    offer_nouns: frozenset[str]


@cache
def _words() -> _Words:
    data = load("yielded_to")
    return _Words(*(word_set(data[key]) for key in _Words.__dataclass_fields__))


def _makers(noun: Token) -> list[Token]:
    """Who made a demand, an offer or an order: its possessor, its "from" / "by" / "of" object, or a name or
    nationality on it ("the Saudi proposal"; only an actor is taken from these)."""
    named = [c for c in fr.children(noun, {"amod", "compound"}) if c.pos_ in {"ADJ", "PROPN"}]
    return fr.children(noun, {"poss"}) + [o for p in _OWNER_PREPS for o in fr.prep_objects(noun, p)] + named


def _answered(prep_object: Token, words: _Words) -> list[Token]:
    """What a preposition's object says was answered: "in response to X" leads on to X."""
    if prep_object.lemma_.lower() in words.lead_nouns:
        return [o for p in ("to", "with") for o in fr.prep_objects(prep_object, p)]
    return [prep_object]


def _yielded_to(ctx: TargetContext, words: _Words) -> list[Slot]:
    """The party a yielding verb answers: named in its phrase, or the maker of the pressure it answers."""
    tok = ctx.token
    held = [o for p in words.yield_preps for o in fr.prep_objects(tok, p)] + fr.children(tok, {"dobj", "obj"})
    for noun in (n for o in held for n in _answered(o, words)):
        if noun.lemma_.lower() in words.pressure_nouns:  # "gave in to the strikers' demands": as written
            makers = _makers(noun)
            found = named_others(ctx, ctx.slots(makers)) or span_slots(makers, ctx.sent_mentions, ctx.config)
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"to", "with"}:  # "bowed to the president"
            found = named_others(ctx, ctx.slots([noun]))
        else:
            found = []
        if found:
            return found[:1]
    return []


@target_fallbacks.register("targets.yielded_to.v1")
def yielded_to(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The party yielded to, asked, or answered (``data/lexicon/yielded_to.yaml``), when no role named one."""
    if targets or ctx.nominal or not ctx.sources:
        return targets
    words, root, tok = _words(), ctx.trig.code[:2], ctx.token
    found: list[Slot] = []
    if root in words.yield_roots:
        found = _yielded_to(ctx, words)
    if not found and root in words.request_roots:  # "requested an extension from X"
        holders = [tok, *fr.children(tok, {"dobj", "obj"})]
        found = named_others(ctx, ctx.slots([o for h in holders for o in fr.prep_objects(h, "from")]))
    if not found and root in words.accept_roots:  # "accepted X's offer", "accepted an invitation from X"
        offers = [o for o in fr.children(tok, {"dobj", "obj"}) if o.lemma_.lower() in words.offer_nouns]
        found = named_others(ctx, ctx.slots([m for o in offers for m in _makers(o)]))
    return found[:1] or targets


@target_fallbacks.register("targets.asked_people.v1")
def asked_people(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """People no actor stands for, asked to act, as written: the subject of the clause asked for, the object of
    an appeal or demand, or the person whose act is asked for ("wants the ministers to listen to farmers",
    "called for the killers to face trial", "urged residents to stay indoors", "called for Smith's resignation")."""
    tok = ctx.token
    if targets or ctx.nominal or not ctx.sources or ctx.trig.code[:2] not in _words().request_roots:
        return targets
    clauses = fr.complements(tok) + [c for c in fr.children(tok, {"advcl"}) if fr.children(c, {"mark", "aux"})]
    asked = [s for c in clauses for s in fr.children(c, {"nsubj", "nsubjpass"})]
    asked += fr.children(tok, {"dobj", "obj", "dative"})
    owners = [o for n in fr.prep_objects(tok, "for") for o in fr.children(n, {"poss"})]  # "for Smith's resignation"
    own = {x.head for x in ctx.sources} | {x.mention.head for x in ctx.sources if x.mention is not None}
    found = span_slots(asked, ctx.sent_mentions, ctx.config) + span_slots(
        owners, ctx.sent_mentions, ctx.config, names=True
    )
    return [x for x in found if x.head not in own][:1] or targets
