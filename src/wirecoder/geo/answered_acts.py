"""Whom a reaction is aimed at when its object only points back at an act told earlier in the story.

"The Emirati foreign ministry rejected the accusations as baseless", "Caracas condemned the sanctions as economic
aggression", "Armenia rejects that interpretation", "Baku welcomed the outcome": the sentence names no one but
the reactor; the act answered is the one whose maker was named a sentence or two before (or earlier in the
sentence). A REJECT, ACCUSE or SUPPORT with no target country whose direct object is a pointing
noun phrase ("the"/"that"/"her" + a noun of ``data/lexicon/answered_acts.yaml``, with no prepositional phrase
of its own) takes the source country of the nearest earlier event (within ``window`` sentences, not
background; for words said, also an act told earlier in the same sentence: "Pakistan accuses the Taliban of
sheltering militants, a charge Kabul denies") that fits:

- words said or asked ("the accusations", "her criticism", "that interpretation"): an act whose target is of the
  reactor's own country (one rejects charges made against oneself);
- deeds ("the strikes", "the crackdown", "the sanctions"): an act of the type the noun names (any type for
  "the decision", "the outcome"), by another country than the reactor's unless it was aimed at the reactor's.

A denial that names no charge ("Togo denied sheltering the rebels", "denied any involvement") answers, as
words said do, an earlier act aimed at the denier's country.

Nothing fits, nothing is filled: a reaction to an act whose maker the story never names stays without a target.
And as the Wikinews gold gives no target country to a target the sentence has no words for (none of its targets
lacks words), the maker found is kept only when the reaction's own sentence names it ("Biden criticized the move,
arguing Trump was ..."; "Pakistan accuses the Taliban ..., a charge Kabul denies"): "Managua condemned the
sanctions" alone stays without a target.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..article import Article, Event, Mention, Participant
from ..coding import lexicon

_OBJECT_DEPS = frozenset({"dobj", "obj"})


@dataclass(frozen=True)
class _Words:
    reaction_types: frozenset[str]
    pointers: frozenset[str]
    loose_preps: frozenset[str]
    said_nouns: frozenset[str]
    denial_verbs: frozenset[str]
    denied_things: frozenset[str]
    denied_types: frozenset[str]
    deeds: dict[str, frozenset[str]]  # noun -> PLOVER types it names ("any" for every type)
    window: int


@cache
def _words() -> _Words:
    data = lexicon.load("answered_acts")
    deeds: dict[str, set[str]] = {}
    for kind, nouns in (data.get("deed_nouns") or {}).items():
        for noun in lexicon.word_set(nouns):
            deeds.setdefault(noun, set()).add(str(kind))
    return _Words(
        reaction_types=frozenset(str(t) for t in data.get("reaction_types") or ()),
        pointers=lexicon.word_set(data.get("pointers")),
        loose_preps=lexicon.word_set(data.get("loose_preps")),
        said_nouns=lexicon.word_set(data.get("said_nouns")),
        denial_verbs=lexicon.word_set(data.get("denial_verbs")),
        denied_things=lexicon.word_set(data.get("denied_things")),
        denied_types=frozenset(str(t) for t in data.get("denied_types") or ()),
        deeds={k: frozenset(v) for k, v in deeds.items()},
        window=int((data.get("window") or [3])[0]),
    )


def answered_party(event: Event, article: Article) -> None:
    """Give a reaction whose object points back at an earlier act the country of that act's maker."""
    words = _words()
    if (event.plover or {}).get("type") not in words.reaction_types or event.negated or event.hypothetical:
        return
    if event.target is not None and event.target.country:
        return
    reactor = event.source.country if event.source is not None else None
    if not reactor:
        return
    noun = _pointing_object(event, article, words)
    said = False
    if noun is None:
        noun = _denied(event, article, words)
        said = noun is not None
    if noun is None:
        return
    maker = _maker(event, article, reactor, noun, words, said)
    if maker is None:
        return
    named = _named_here(maker, event, article)
    if named is not None:
        event.target = Participant.from_mention(named)


def _pointing_object(event: Event, article: Article, words: _Words) -> Any:
    """The reaction's direct object when it is a pointing noun phrase of the word lists, else None."""
    doc = article.doc
    trig = event.trigger or {}
    if doc is None or trig.get("start") is None or trig.get("end") is None:
        return None
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root
    if head.dep_ == "relcl" and head.head.text.lower() in words.said_nouns:
        return head.head  # "X accused Y of Z, a charge Y denies": the charge the clause hangs on
    for obj in head.children:
        if obj.dep_ not in _OBJECT_DEPS:
            continue
        word = obj.text.lower()
        if word not in words.said_nouns and word not in words.deeds:
            return None
        kids = list(obj.children)
        if any(_owning(k, words) for k in kids):
            return None  # "the accusations by Kyiv", "the Israeli strikes": the sentence tells whose
        fronted = obj.i < head.i  # "..., a charge Kabul denies": the charge just told
        if not fronted and not any(k.dep_ in {"det", "poss"} and k.text.lower() in words.pointers for k in kids):
            return None
        return obj
    return None


def _denied(event: Event, article: Article, words: _Words) -> Any:
    """What a denial denies when it names no charge: a gerund or "that" clause ("Togo denied sheltering the
    rebels", "the ministry denied that its troops crossed") or a thing one is charged with ("denied any
    involvement", "denied responsibility for the blast"). One denies what was said against oneself: the
    answered act is an earlier one aimed at the denier's country."""
    head = _trigger_head(event, article)
    if head is None or head.lemma_.lower() not in words.denial_verbs:
        return None
    for kid in head.children:
        if kid.dep_ in {"xcomp", "ccomp"} and (
            kid.tag_ == "VBG" or any(m.dep_ == "mark" and m.lower_ == "that" for m in kid.children)
        ):
            return kid
        if kid.dep_ in _OBJECT_DEPS and kid.lemma_.lower() in words.denied_things:
            return kid
    return None


def _trigger_head(event: Event, article: Article) -> Any:
    doc = article.doc
    trig = event.trigger or {}
    if doc is None or trig.get("start") is None or trig.get("end") is None:
        return None
    span = doc.char_span(trig["start"], trig["end"], alignment_mode="expand")
    return span.root if span is not None else None


def _owning(kid: Any, words: _Words) -> bool:
    """Whether a dependent of the object tells whose act it is (a preposition other than the loose ones, a
    named modifier)."""
    if kid.dep_ == "prep":
        return kid.text.lower() not in words.loose_preps
    return kid.dep_ in {"compound", "amod", "nmod"} and bool(kid.ent_type_)


def _maker(
    event: Event, article: Article, reactor: str, noun: Any, words: _Words, denied: bool = False
) -> Participant | None:
    """The source of the nearest earlier act the pointing noun answers (see the module doc); ``denied``: a
    denial's clause or charged thing, answered as words said against the reactor."""
    word = noun.text.lower()
    said = denied or word in words.said_nouns
    types = words.deeds.get(word, frozenset())
    here = event.sentence_index
    start = (event.trigger or {}).get("start") or 0
    earlier = [
        e
        for e in article.events
        if here - words.window <= e.sentence_index <= here
        and not e.background
        and (e.sentence_index < here or (said and ((e.trigger or {}).get("start") or 0) < start))
    ]
    for e in sorted(earlier, key=lambda x: (-x.sentence_index, -((x.trigger or {}).get("start") or 0))):
        src, tgt = e.source, e.target
        if src is None or not src.country:
            continue
        if said and _same_actor(src, event.source):
            continue  # "The group denied targeting civilians": its own attack is not what was said against it
        aimed_at_reactor = tgt is not None and tgt.country == reactor
        if denied and (e.plover or {}).get("type") not in words.denied_types:
            continue  # "denied any role" answers a charge, not a minister's thanks to the country
        if said:
            if aimed_at_reactor:
                return src
            continue
        kind = (e.plover or {}).get("type")
        if "any" not in types and kind not in types:
            continue
        if src.country != reactor or aimed_at_reactor:
            return src
    return None


def _named_here(maker: Participant, event: Event, article: Article) -> Mention | None:
    """The mention of the answered act's maker in the reaction's own sentence, other than the reactor's ("Biden
    criticized the move, arguing Trump was ..."; "..., a charge Kabul denies"), or None: the Wikinews gold gives a
    target no country when the sentence has no words for it ("Managua condemned the sanctions")."""
    source = event.source
    for m in article.mentions:
        if m.sentence_index != event.sentence_index or m.actor is None or m.kind == "pronoun":
            continue
        if source is not None and source.start is not None and source.end is not None:
            if m.start < source.end and source.start < m.end:
                continue
        same_id = maker.actor_id is not None and m.actor.actor_id == maker.actor_id
        same_words = (m.text or "").lower() == (maker.text or "").lower()
        if (same_id or same_words) and m.actor.country == maker.country:
            return m
    return None


def _same_actor(a: Participant, b: Participant | None) -> bool:
    """Whether two participants are one actor of the knowledge base (never for actors it lacks)."""
    return b is not None and a.actor_id is not None and a.actor_id == b.actor_id
