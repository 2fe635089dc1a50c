"""Attacks told again: the sentences after an attack that tell its toll ("the death toll rose to 14"), its
wounded ("the governor suffered wounds in the attack"), its weapon or manner ("the bomb had been planted
on a motorbike") or its effects ("the strikes set fire to two tanks") are that attack, as incident data
codes them. Each such sentence gets an event copied from the story's attack (its type, date and place)
with the sentence's own toll, marked ``aftermath`` in its pattern so that an incident table counts the
story's toll once (``wirecoder.incidents`` joins it to the attack it retells). Violence whose subject is
a fire, a flood or an earthquake, in a story with no attack, is no attack ("a fire killed four workers").

Words: ``data/lexicon/aftermath.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from ..article import Article, Event, Quantity, stable_id
from ..dates.counts import counts_things
from ..nlp import entity_at
from .age_nouns import age_noun
from .captive_killings import killed_captive
from .constants import CASUALTY_KINDS, NOUN_POS, Token
from .found_dead import died, found_dead
from .generic_violence import generic_violence, unresolved_pronoun
from .harmed_target import harmed_target
from .lexicon import load, word_set
from .own_clause import in_other_clause
from .telling_time import of_the_telling
from .toll_parts import later_death_time
from .unharmed import denies_harm

AFTERMATH = "aftermath"  # the pattern mark of an event that retells the story's attack
_ATTACK_ROOTS = frozenset({"18", "19", "20"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Words:
    """The aftermath lexicon's word lists."""

    reach: int
    event_nouns: frozenset[str]
    determiners: frozenset[str]
    not_violent_modifiers: frozenset[str]
    topic_verbs: frozenset[str]
    blame_words: frozenset[str]
    weapons: frozenset[str]
    laden_words: frozenset[str]
    vehicles: frozenset[str]
    placement_verbs: frozenset[str]
    use_verbs: frozenset[str]
    arms: frozenset[str]
    harm_words: frozenset[str]
    kin_nouns: frozenset[str]
    other_words: frozenset[str]
    new_words: frozenset[str]
    unreal_words: frozenset[str]
    not_attacks: frozenset[str]
    armed_modifiers: frozenset[str]
    part_words: frozenset[str]
    bound_words: frozenset[str]


@cache
def words() -> Words:
    data = load("aftermath")
    lists = {k: word_set(data.get(k)) for k in Words.__dataclass_fields__ if k != "reach"}
    return Words(reach=int(data.get("reach", 6)), **lists)


def is_attack(event: Event) -> bool:
    """A factual, current attack (CAMEO 18-20) an aftermath sentence can retell."""
    flagged = event.negated or event.hypothetical or event.future or event.background
    return event.cameo.get("root") in _ATTACK_ROOTS and not flagged


def retold(event: Event) -> bool:
    """Whether ``event`` retells an earlier attack of its story (joined to it, its toll not added)."""
    return AFTERMATH in (event.pattern or "").split("+")


def tell_aftermath(article: Article, events: list[Event], quantities: Any) -> list[Event]:
    """The article's events without violence done by fires, floods or quakes in a story with no attack,
    with the aftermath sentences' events added (each after its sentence's events) and the later events
    that refer back to the attack ("dozens died in the attack") joined to it."""
    doc = article.doc
    if doc is None:
        return events
    out: list[Event] = []
    incident: Event | None = None
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for sent in article.sentences:
        own = by_sentence.pop(sent.index, [])
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        near = incident is not None and sent.index - incident.sentence_index <= words().reach
        if span is None:
            out.extend(own)
            continue
        if incident is None:
            own = [e for e in own if not _done_by_nature(e, doc)]
        attacks = [e for e in own if is_attack(e)]
        if near and incident is not None:
            if attacks:
                attacks = [_joined(_part_of(e, incident, span), incident, span) for e in attacks]
                own = [next((a for a in attacks if a.id == e.id), e) for e in own]
            else:
                own = [e for e in own if not _wounded_trip(e)]
                added = _retelling(article, span, incident, quantities, not own)
                own = own + ([added] if added is not None else [])
                attacks = [added] if added is not None else []
        out.extend(own)
        fresh = [a for a in attacks if not retold(a)]
        if fresh:
            incident = fresh[0]
        elif attacks and incident is not None:
            incident = replace(incident, sentence_index=attacks[0].sentence_index)  # the story goes on
    for rest in by_sentence.values():
        out.extend(rest)
    return out


def _wounded_trip(event: Event) -> bool:
    """A "visit" by the wounded of an attack ("fourteen injured people were rushed to hospital") is no
    meeting: the wounded are carried, they consult no one."""
    if event.cameo.get("root") != "04":
        return False
    texts = [p.text or "" for p in (event.source, event.target) if p is not None]
    return any(w in words().harm_words for t in texts for w in t.lower().split())


def _done_by_nature(event: Event, doc: Any) -> bool:
    """Violence without a source whose verb's subject is a fire, a flood or a quake ("a fire killed four
    workers", "an earthquake struck the east")."""
    if event.cameo.get("root") not in _ATTACK_ROOTS or event.source is not None:
        return False
    tok = _token(doc, event.trigger.get("start"), event.trigger.get("end"))
    if tok is None:
        return False
    if tok.pos_ in NOUN_POS:
        return False
    subject = next((c for c in tok.children if c.dep_ in _SUBJECTS and c.lemma_.lower() in words().not_attacks), None)
    if subject is None:  # ("a magnitude 6.1 earthquake hit" parses with two subjects)
        return False
    armed = words().armed_modifiers  # "artillery fire hit a power station" is shelling
    return not any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in armed for c in subject.children)


def _joined(event: Event, incident: Event, span: Any) -> Event:
    """A later event that refers back to the attack ("dozens died in the attack", "the blast left 30
    dead") or tells its toll again with nothing of its own is that attack: marked, and dated and placed as
    it is unless it says its own."""
    tok = _token(span.doc, event.trigger.get("start"), event.trigger.get("end"))
    if tok is None:
        return event
    if _referring_noun(tok) is None and not _bare_retelling(event, incident, span):
        if not killed_captive(event, incident, tok):  # "He was beheaded a week later": the abduction's toll
            return event
        return replace(_as_incident(event, incident), source=incident.source or event.source)
    return _as_incident(event, incident)


def _part_of(event: Event, incident: Event, span: Any) -> Event:
    """A strike told as one of the attack's many with no doer of its own ("One strike hit a school",
    "Another hit a house" after "Israeli jets bombed Gaza") is done by the attack's doer, on its target when it
    names none. Not a doer told in the sentence, nor a subject that is no strike or weapon ("One man died")."""
    if event.source is not None or incident.source is None:
        return event
    tok = _token(span.doc, event.trigger.get("start"), event.trigger.get("end"))
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None) if tok is not None else None
    if subj is None or not _one_of_many(subj):
        return event
    changes: dict[str, Any] = {"source": incident.source}
    if event.target is None and incident.target is not None:
        changes["target"] = incident.target
    return replace(event, **changes)


def _one_of_many(subj: Token) -> bool:
    """A subject that is one of several strikes or weapons: "One strike", "A second missile", "One of the
    shells", or a bare "Another"/"One" standing for one."""
    w = words()
    strikes = w.event_nouns | w.arms
    if subj.pos_ not in NOUN_POS:
        if subj.lower_ not in w.part_words:
            return False
        of = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return not of or any(o.lower_ in strikes or o.lemma_.lower() in strikes for o in of)
    if subj.lower_ not in strikes and subj.lemma_.lower() not in strikes:
        return False
    return any(c.dep_ in {"nummod", "det", "amod"} and c.lower_ in w.part_words for c in subj.children)


def _bare_retelling(event: Event, incident: Event, span: Any) -> bool:
    """A later act of the same kind with no actor, place or date of its own, that adds nothing ("Nine people
    were killed, police said" after the bombing): the attack's toll told again. Not "two more soldiers were
    also killed" (more victims) nor "in a separate attack" (another incident)."""
    w = words()
    src = event.source  # "Two rockets hit a market. They killed six.": an unresolved pronoun is no doer of its own
    if (
        src is not None
        and not unresolved_pronoun(src)
        and (incident.source is None or src.country != incident.source.country)
    ):
        return False
    if not generic_violence(event) and event.acled != incident.acled:
        return False
    if any(t.ent_type_ in _OWN_ENTS and not later_death_time(t) for t in span):
        return False  # a date of victims dying later is theirs ("died of her wounds the next day")
    if any(t.lower_ in w.other_words for t in span):
        return False
    tok = _token(span.doc, event.trigger.get("start"), event.trigger.get("end"))
    own = [t for t in span if tok is None or not in_other_clause(t, tok)]  # not "...; four were also killed"
    return not any(t.lower_ in w.new_words and not (_of_the_wounded(t) or _bound(t) or of_the_telling(t)) for t in own)


def _bound(tok: Token) -> bool:
    """A new word that bounds a number ("More than 300 were killed"): the toll told roughly, no new victims."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_ in words().bound_words


_WOUNDING = frozenset({"injure", "wound", "hurt"})


def _of_the_wounded(tok: Token) -> bool:
    """A new word said of the wounded beside the toll ("four were killed and dozens more were injured"):
    more hurt, not more killed."""
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.lemma_.lower() in _WOUNDING


_OWN_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def _as_incident(event: Event, incident: Event) -> Event:
    """``event`` marked as retelling ``incident``, with its date and place where it has none of its own, and
    its doer when it tells the toll the attack was told without ("Rebels attacked the town hall. Eight
    officials were killed.": killed by the rebels)."""
    changes: dict[str, Any] = {"pattern": f"{event.pattern or 'event'}+{AFTERMATH}"}
    if event.source is None and incident.source is not None and event.fatalities and not incident.fatalities:
        changes["source"] = incident.source  # the toll the attack was told without
    if generic_violence(event):  # "nine were killed in the attack": killed by the bombing
        changes.update(cameo=incident.cameo, plover=incident.plover, acled=incident.acled)
    if event.date_from != "text":
        changes.update(date=incident.date, date_precision=incident.date_precision, date_from="context")
    if not event.location or event.location.get("lat") is None:
        changes["location"] = incident.location
    return replace(event, **changes)


def _referring_noun(tok: Token) -> Token | None:
    """An attack noun with "the"/"this" at or under ``tok`` ("died in the attack"), not a topic of talk."""
    w = words()
    for t in [tok, *tok.subtree] if tok.pos_ in NOUN_POS else list(tok.subtree):
        if t.lower_ not in w.event_nouns and t.lemma_.lower() not in w.event_nouns:
            continue
        if t.pos_ not in NOUN_POS and t.tag_ != "VBG":  # "the shelling" the small model may tag a verb
            continue
        if any(c.dep_ in {"compound", "amod"} and c.lower_ in w.not_violent_modifiers for c in t.children):
            continue
        before = t.doc[t.i - 1] if t.i > 0 else None  # "the shelling" parsed with "the" on the verb
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in w.determiners for c in t.children) and not (
            before is not None and before.lower_ in w.determiners and before.dep_ == "det"
        ):
            continue
        if _topic(t) or _described(t) or _contest(t):
            continue
        return t
    return None


def _contest(tok: Token) -> bool:
    """A contest the noun names with no arms in it ("lost the battle for votes", "the price war")."""
    from .combine.figurative_force import named_contest  # noqa: PLC0415  (the combine package imports this one)

    return named_contest(tok)


def _described(tok: Token) -> bool:
    """The attack described, not told ("the explosion was very powerful"), a place it qualifies ("the mall
    where the shooting happened"), or another attack with its own date ("the attack on 27 December")."""
    if tok.dep_ in _SUBJECTS and tok.head.lemma_.lower() == "be":
        return True
    if any(a.dep_ == "relcl" for a in [tok.head, *tok.head.ancestors][:2]):
        return True
    return any(t.ent_type_ == "DATE" for t in tok.subtree if t.i > tok.i)


def _topic(tok: Token) -> bool:
    """Whether the noun is what a verb of talk, blame or inquiry is about ("condemned the attack")."""
    for anc in tok.ancestors:
        if anc.lemma_.lower() in words().topic_verbs:
            return True
        if anc.pos_ in {"VERB", "AUX"} and anc.dep_ in {"ROOT", "ccomp", "conj"}:
            # "opened an investigation into the blast": the prepositional phrase may hang on the verb
            return any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in words().topic_verbs for c in anc.children)
    return False


def _retelling(article: Article, span: Any, incident: Event, quantities: Any, alone: bool) -> Event | None:
    """The event of a sentence that tells more of ``incident``, or None when it tells nothing of it; a wound
    retells it only in a sentence with no event of its own (``alone``; "relatives of the wounded
    demanded compensation" is the demand)."""
    found = quantities.extract(span) if quantities is not None else []
    tolls = [q for q in found if q.kind in CASUALTY_KINDS and q.value]
    if any(t.tag_ == "MD" or t.lemma_.lower() in words().unreal_words for t in span):
        return None  # "the battle is expected to continue", "the toll could rise"
    from .combine.cumulative_tolls import cumulative_toll  # noqa: PLC0415  (the combine package imports this one)
    from .combine.rate_tolls import rate_told  # noqa: PLC0415  (as above)
    from .combine.war_tolls import whole_war_toll  # noqa: PLC0415  (as above)

    if any(cumulative_toll(t) or whole_war_toll(t) or rate_told(t) for t in span):
        return None  # "together the gangs have killed 300 since 2020": a running toll, no retelling
    from .combine.remembered import years_on  # noqa: PLC0415  (as above)

    if years_on(span.root):
        return None  # "A year on from the bombing that killed 40, survivors wait": an older attack looked back on
    if _natural_cause(span) and _referring_noun(span.root) is None:
        return None  # "the death toll from the flooding rose to 30"
    from .combine.non_events import accidental  # noqa: PLC0415  (as above)

    if any(t.lemma_.lower() in _CASUALTY_WORDS and accidental(t) for t in span) and not any(
        t.lemma_.lower() in _ATTACK_VERBS for t in span
    ):  # "a bus plunged into a ravine, killing 24": an accident's toll, in a story of fighting too
        return None  # ("the bus overturned after the driver was shot, killing 12" is the attack's)
    dead = found_dead(span, incident) or died(span, incident)
    if dead is not None:  # "their bodies were found two days later", after the abduction
        verb, count = dead
        found_toll = Quantity("dead", count, text=verb.text, start=verb.idx, end=verb.idx + len(verb.text))
        told = _event_from(article, span, incident, verb, tolls or [found_toll], count)
        return replace(told, source=incident.source)  # killed in the abductors' hands
    cue = _referring_noun(span.root) if _clause_verb_ok(span) else None
    cue = cue or _placed_weapon(span) or _weapon_used(span) or _toll_word(span, tolls)
    cue = cue or (_harm_word(span) if alone and not denies_harm(span) else None)
    if cue is None:
        return None
    kills = [q for q in tolls if q.kind in {"killed", "dead"}]
    fatal = quantities.fatalities(kills) if quantities is not None and kills else None
    return _event_from(article, span, incident, cue, tolls, fatal)


def _natural_cause(span: Any) -> bool:
    """Whether the sentence names a fire, a flood, a quake or an illness ("the toll from the floods"); fire
    that is set or opened is done by someone ("set fire to the depot", "opened fire on the crowd")."""
    for t in span:
        if t.pos_ not in NOUN_POS or t.lemma_.lower() not in words().not_attacks:
            continue
        if not (t.dep_ == "dobj" and t.head.lemma_.lower() in _FIRE_VERBS):
            return True
    return False


_FIRE_VERBS = frozenset({"set", "open", "exchange", "return", "light", "start"})
_CASUALTY_WORDS = frozenset({"kill", "die", "dead", "death", "injure", "wound", "drown"})
_ATTACK_VERBS = frozenset({"shoot", "attack", "ambush", "bomb", "stab", "storm", "raid", "hijack", "ram", "target"})


def _clause_verb_ok(span: Any) -> bool:
    """The sentence's main verb is no verb of talk about the attack ("condemned the attack")."""
    return span.root.lemma_.lower() not in words().topic_verbs


def _placed_weapon(span: Any) -> Token | None:
    """A weapon placed, hidden, driven or detonated ("the bomb had been planted on a motorbike", "a truck
    packed with explosives was driven into the base")."""
    w = words()
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in w.placement_verbs:
            continue
        for c in tok.children:
            if c.dep_ not in {"nsubjpass", "dobj", "nsubj"}:
                continue
            if _weapon(c):
                return tok
    return None


def _weapon_used(span: Any) -> Token | None:
    """Arms the attack was done with ("the attackers used grenades and rifles", "they fired three rockets")."""
    w = words()
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in w.use_verbs:
            continue
        objects = [c for c in tok.children if c.dep_ in {"dobj", "obj"}]
        objects += [g for o in objects for g in o.conjuncts]
        if any(o.lemma_.lower() in w.arms or o.lower_ in w.arms for o in objects):
            return tok
    return None


def _weapon(tok: Token) -> bool:
    """A bomb or explosive device, or a vehicle packed with explosives."""
    w = words()
    compound = " ".join([*(c.lower_ for c in tok.children if c.dep_ == "compound"), tok.lemma_.lower()])
    if tok.lemma_.lower() in w.weapons or compound in w.weapons:
        return tok.lemma_.lower() != "device" or any(
            c.lower_ in {"explosive", "improvised"} or c.lower_ in w.determiners for c in tok.children
        )  # "an explosive device", "the device": not "a listening device"
    if tok.lemma_.lower() not in w.vehicles:
        return False
    return any(
        (d.lower_ in w.laden_words or d.lemma_.lower() in w.laden_words)
        and any(x.lemma_.lower() in {"explosive", "bomb"} for x in d.subtree)
        for d in tok.children
        if d.dep_ in {"acl", "amod", "relcl"}
    )


def _toll_word(span: Any, tolls: list[Quantity]) -> Token | None:
    """The word of the sentence's killed/dead count ("the death toll rose to 14", "40 bodies"), unless the
    count is of other deaths ("sixteen other deaths since 2015") or what someone is blamed for."""
    w = words()
    if any(t.lower_ in w.other_words for t in span) or any(_dated_number(t) for t in span):
        return None
    for q in tolls:
        if q.kind in {"killed", "dead"} and q.start is not None and q.end is not None:
            s = span.doc.char_span(q.start, q.end, alignment_mode="expand")
            if s is not None and len(s) and not any(a.lemma_.lower() in w.blame_words for a in s.root.ancestors):
                return s.root
    return None


def _dated_number(tok: Token) -> bool:
    """A number of a date ("in 2019", "on 3 May"), not of a count the recogniser took for one ("Between 6 and 10
    combatants")."""
    if tok.ent_type_ != "DATE" or not tok.like_num or age_noun(tok.head.head) or age_noun(tok.head):
        return False  # nor of an age ("the 19-year-old died", "two 20-year-olds")
    ent = entity_at(tok.doc, tok.i)
    return ent is None or not counts_things(ent)


def _harm_word(span: Any) -> Token | None:
    """A wound or an injury told of someone ("suffered wounds", "eleven wounded men were taken to hospital")."""
    w = words()
    for tok in span:
        if tok.lower_ in w.harm_words or tok.lemma_.lower() in w.harm_words:
            if any(a.lemma_.lower() in w.topic_verbs for a in tok.ancestors):
                continue
            if any(c.dep_ in _SUBJECTS and _contest(c) for c in tok.children):
                continue  # "a price war has hurt growers"
            if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in w.kin_nouns:
                continue  # "relatives of the victims said ...": the people around them, no harm told
            return tok
    return None


def _event_from(
    article: Article, span: Any, incident: Event, cue: Token, tolls: list[Quantity], fatal: int | None
) -> Event:
    """The incident's event told again in this sentence: its type, date and place; this sentence's toll; its
    doer when the attack was told without a toll ("Members of X attacked a post. Four guards died.": killed
    by X, the one row's source)."""
    sentence = next((s for s in article.sentences if s.start <= span.start_char < s.end), None)
    index = sentence.index if sentence is not None else incident.sentence_index
    start, end = cue.idx, cue.idx + len(cue.text)
    return replace(
        incident,
        id=stable_id(article.id, index, start, incident.cameo.get("code"), AFTERMATH),
        sentence_index=index,
        trigger={"text": cue.text, "lemma": cue.lemma_.lower(), "start": start, "end": end},
        source=incident.source if fatal and not incident.fatalities else None,
        target=harmed_target(article, cue),
        fatalities=fatal,
        quantities=tolls,
        evidence={"sentence": span.text, "start": span.start_char, "end": span.end_char},
        confidence=round(min(incident.confidence, 0.55), 4),
        reported_by=None,
        pattern=AFTERMATH,
        date_from="context",
    )


def _token(doc: Any, start: int | None, end: int | None) -> Token | None:
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def place_retold(events: list[Event]) -> None:
    """Give each event that retells an attack the attack's place: it happened where the attack did ("the
    death toll rose to 14", "bodies were taken to a hospital in the capital"), unless the attack was placed
    only in a country and the retelling names a finer place."""
    last: Event | None = None
    for event in events:
        if not retold(event):
            last = event if is_attack(event) else last
            continue
        if last is None or not last.location or last.location.get("lat") is None:
            continue
        own = event.location or {}
        if last.location.get("precision") != "country" or own.get("lat") is None:
            event.location = dict(last.location)
