"""The attackers' own dead are the attack's: "Gunmen opened fire on a checkpoint, killing three officers before
two of the assailants were shot dead" is one incident with five dead, as ACLED and the GTD count every death of
an incident (the bomber's own death is ``coding/self_deaths.py``). A toll of attackers ("two of the assailants",
"the four attackers", "eleven of the insurgents") told in the attack's sentence or the next one is added to the
attack's toll and leaves its own event without one (a user adding up the events still gets the same sum).
Attackers killed in an operation of its own ("police killed the suspects in a raid two days later", "in a
separate operation", a date of its own) stay an incident of their own; so do militants killed by troops whose
operation is the attack ("troops attacked a camp, killing 12 militants"), and a force that kills the attackers as the
subject of a later sentence ("Troops killed dozens of the attackers."), a clash of its own. Words: ``data/lexicon/attacker_deaths.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event
from .aftermath import is_attack
from .force_agents import is_force_agent
from .lexicon import load, word_set
from .quantities import FATAL_KINDS

_OWN_ENTS = frozenset({"DATE"})


@cache
def _words(key: str) -> frozenset[str]:
    return word_set(load("attacker_deaths")[key])


def fold_attacker_deaths(article: Article) -> None:
    """Add each toll of attackers to the attack told in its sentence or the one before (in place)."""
    doc = article.doc
    if doc is None:
        return
    events = article.events
    for event in events:
        if not event.fatalities:
            continue
        by_noun = _attackers_dead(doc, event)
        if not by_noun and not _doer_killed_by_force(doc, event) and not _lone_doer_pronoun(doc, event):
            continue
        attack = _attack_of(doc, events, event)
        if attack is None or _told_apart(doc, event, attack) or (by_noun and _counter_attack(doc, event, attack)):
            continue
        if not by_noun and not _doer_killed_by_force(doc, event) and not _lone_doer_of(doc, attack):
            continue  # "He was shot dead by a passer-by" retells a lone attacker only
        attack.fatalities = int(attack.fatalities or 0) + int(event.fatalities)
        attack.quantities = [*attack.quantities, *(q for q in event.quantities if q.kind in FATAL_KINDS)]
        event.fatalities = None
        if not by_noun:  # the doer's end is the incident's, on its day (no date of its own: not told apart)
            event.date, event.date_approximate = attack.date, attack.date_approximate
            event.confidence = min(event.confidence, attack.confidence - 0.01)  # the attack stays the main event


def _start(event: Event) -> int:
    return int((event.trigger or {}).get("start") or 0)


def _attackers_dead(doc: Any, event: Event) -> bool:
    """The event's victims are attackers ("two of the assailants", "the four attackers", "six gunmen"): its target,
    or where it has none, its count of dead ("nine of the attackers died when troops fought back")."""
    if event.cameo.get("root") not in ("18", "19", "20"):
        return False
    if event.target is not None:
        return _is_attackers(doc, event.target)
    dead = [q for q in event.quantities if q.kind in FATAL_KINDS and q.value]
    return bool(dead) and all(_is_attackers(doc, q) for q in dead)


def _doer_killed_by_force(doc: Any, event: Event) -> bool:
    """The event is a state force killing the attack's doer retold by a pronoun or a definite noun of a doer ("The
    driver was shot dead by police", "He was shot dead when police stormed the shop"): the attacker's death."""
    if event.cameo.get("root") not in ("18", "19", "20"):
        return False
    forced = event.source is not None and (event.source.sector or "").lower() in _words("force_sectors")
    if not forced and not _force_clause(doc, event):
        return False
    span = _killed(doc, event)
    if span is None:
        return False
    head = span.root
    if head.lower_ in _words("doer_pronouns"):
        return len(span) == 1
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children)
    return definite and head.lemma_.lower() in _words("doer_nouns") and not any(c.like_num for c in head.children)


def _lone_doer_pronoun(doc: Any, event: Event) -> bool:
    """The event kills a singular pronoun ("He was shot dead by a passer-by") at the hands of a "by" agent that is no
    attacker: the lone attacker's death, whoever killed him (``bystander_pronouns``)."""
    span = _killed(doc, event)
    if event.cameo.get("root") not in ("18", "19", "20") or span is None or len(span) != 1:
        return False
    if span.root.lower_ not in _words("bystander_pronouns") or span.root.dep_ != "nsubjpass":
        return False
    agents = [o for a in span.root.head.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    nouns = _words("attackers") | _words("doer_nouns")
    return bool(agents) and not any(o.lemma_.lower() in nouns or o.lower_ in nouns for o in agents)


def _killed(doc: Any, event: Event) -> Any:
    """The event's target, or where the coder left the pronoun out, the passive subject of its verb ("He was shot
    dead by a police officer")."""
    span = _span(doc, event.target)
    if span is not None or event.target is not None:
        return span
    verb = next((t for t in doc if t.idx == (event.trigger or {}).get("start")), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
    return doc[subj.i : subj.i + 1] if subj is not None and subj.lower_ in _words("doer_pronouns") else None


def _lone_doer_of(doc: Any, attack: Event) -> bool:
    """The attack's doer is one person ("a gunman", "a man"), whom a singular pronoun retells."""
    span = _span(doc, attack.source)
    if span is None or span.root.tag_ != "NN":
        return False
    return span.root.lemma_.lower() in _words("attackers") | _words("doer_nouns")


def _counter_attack(doc: Any, dead: Event, attack: Event) -> bool:
    """A state force that kills the attackers as the subject of a sentence of its own ("Troops killed dozens of
    the attackers.") fights back: a clash of its own with its own toll, not the attack's dead (a passive "two of
    the assailants were shot dead" with no force named stays the attack's)."""
    if dead.sentence_index <= attack.sentence_index or dead.source is None:
        return False
    if (dead.source.sector or "").lower() not in _words("force_sectors"):
        return False
    trigger = dead.trigger or {}
    verb = next((t for t in doc if t.idx == trigger.get("start")), None)
    if verb is None or dead.target is None or not any(c.dep_ in ("dobj", "obj") for c in verb.children):
        return False  # "Nine of the attackers died when troops fought back": the attackers' own end
    return any(c.dep_ == "nsubj" and is_force_agent(c) for c in verb.children)


def _force_clause(doc: Any, event: Event) -> bool:
    """The killing verb's own "when"/"as" clause has a state force as its subject ("He was killed when police
    returned fire", "as troops stormed the building"): the force killed him."""
    trigger = event.trigger or {}
    verb = next((t for t in doc if t.idx == trigger.get("start")), None)
    if verb is None:
        return False
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if not any(
            m.dep_ == "advmod" or m.dep_ == "mark" for m in clause.children if m.lower_ in _words("force_marks")
        ):
            continue
        if any(s.dep_ == "nsubj" and is_force_agent(s) for s in clause.children):
            return True
    return False


def _span(doc: Any, actor: Any) -> Any:
    if actor is None or actor.start is None or actor.end is None:
        return None
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def _is_attackers(doc: Any, actor: Any) -> bool:
    """Whether the span's head noun ("the four attackers", "two of the gunmen": the noun after "of") is an
    attacker's."""
    if actor is None or actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    of = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if of and (head.like_num or head.pos_ == "NUM" or head.lower_ in ("all", "some", "both", "most")):
        head = of[0]
    nouns = _words("attackers")
    return head.lemma_.lower() in nouns or head.lower_.removesuffix("men") + "man" in nouns


def _attack_of(doc: Any, events: list[Event], dead: Event) -> Event | None:
    """The attack told before the attackers' toll, in its sentence or the one before: one by a doer who is no
    state force, whose victims are not attackers; the most confident with a toll, else the most confident."""
    near = [
        e
        for e in events
        if e is not dead
        and dead.sentence_index - 1 <= e.sentence_index <= dead.sentence_index
        and _start(e) < _start(dead)
        and is_attack(e)
        and not _is_attackers(doc, e.target)
        and not (e.source is not None and (e.source.sector or "").lower() in _words("force_sectors"))
    ]
    if not near:
        return None
    with_toll = [e for e in near if e.fatalities]
    pool = with_toll or near
    return max(pool, key=lambda e: (e.confidence, -_start(e)))


def _told_apart(doc: Any, dead: Event, attack: Event) -> bool:
    """The attackers' deaths are told as an operation of their own: a word of one ("later", "separate",
    "raid") or a date of their own, in their clause (from the attack's trigger on, in the attack's sentence)."""
    sent = next((s for s in doc.sents if s.start_char <= _start(dead) < s.end_char), None)
    if sent is None:
        return True
    floor = max(sent.start_char, int((attack.trigger or {}).get("end") or 0))
    tokens = [t for t in sent if t.idx >= floor]
    if any(_apart_word(t) for t in tokens):
        return True
    return any(t.ent_type_ in _OWN_ENTS for t in tokens)


def _apart_word(tok: Any) -> bool:
    """A word of an operation of its own, but not "later" after a short interval ("a few minutes later",
    "moments later": the attack's end)."""
    if tok.lower_ not in _words("apart_words") and tok.lemma_.lower() not in _words("apart_words"):
        return False
    before = tok.doc[tok.i - 1] if tok.i else None
    return before is None or before.lemma_.lower() not in _words("short_intervals")
