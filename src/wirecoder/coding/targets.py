"""Target fallbacks: where an event finds its target when the pattern's roles hold no actor.

Each fallback is ``fn(ctx, targets) -> targets``, registered by name in
:data:`wirecoder.coding.registry.target_fallbacks`; the pattern set's ``config.yaml`` lists them in the
order they are tried (``target_fallbacks: [...]``). Most only fill an empty list; a PETRARCH2-compatible
set also lists filters that drop targets PETRARCH2 would not code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..article import Article, Mention, Quote
from . import frames as fr
from . import lexicon
from .addressed import addressed
from .config import CoderConfig
from .constants import NOUN_POS, VIOLENT_ROOTS, Token
from .judged_acts import JUDGED_ACT as JUDGED
from .phrase_targets import first_actor_in_phrase
from .registry import target_fallbacks
from .roles import Slot, nominal_source_tokens, slots, span_slots
from .triggers import Trigger, is_light_verb

_EXCLUDING = frozenset({"exception", "exclusion", "absence"})  # "with the exception of X": not X


@dataclass
class TargetContext:
    """What a fallback may read about one trigger: its sentence, quote, sources and the pattern's roles."""

    article: Article
    trig: Trigger
    sent_mentions: list[Mention]
    quote: Quote | None
    config: CoderConfig
    nominal: bool
    target_roles: tuple[str, ...]
    sources: list[Slot]

    @property
    def token(self) -> Token:
        return self.trig.token

    def slots(self, toks: list[Token]) -> list[Slot]:
        """Participants for role tokens (non-actors dropped; "with the exception of X" names no one acted on)."""
        toks = [t for t in toks if t.lemma_.lower() not in _EXCLUDING]
        return slots(self.article, toks, self.sent_mentions, self.quote, self.config)

    def resolve(self, tok: Token, roles: tuple[str, ...]) -> list[Slot]:
        """Slots of the first role that holds an actor ("fired rockets at X": X)."""
        for role in roles:
            found = self.slots(fr.role_tokens(tok, role))
            if found:
                return found
        return []


def _named(found: list[Slot]) -> list[Slot]:
    return [t for t in found if t.participant.name]


@target_fallbacks.register("targets.absorbed.v1")
def absorbed(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The target of a folded-in complement: "the militia vowed to destroy the dam" (the dam's owner). An
    accusation's clause with a subject of its own is about that subject ("alleged the army was shelling
    villages": the army, targets.accused_subject.v1), not the clause's victims."""
    if ctx.trig.code[:2] in ctx.config.accusing_roots and any(
        fr.children(c, {"nsubj"}) for c in fr.children(ctx.token, {"ccomp"})
    ):
        return targets  # the clause's own subject is the accused (targets.accused_subject.v1)
    for other in ctx.trig.absorbed:
        if ctx.trig.code[:2] in ctx.config.accusing_roots and fr.children(other.token, {"nsubj"}):
            continue
        targets = targets or ctx.resolve(other.token, other.pattern.target)
    return targets


@target_fallbacks.register("targets.light_verb_preps.v1")
def light_verb_preps(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A nominal event's light verb holds its prepositions: "students staged rallies in the capital against X"."""
    tok = ctx.token
    if (
        not targets
        and ctx.sources
        and ctx.nominal
        and tok.dep_ in {"dobj", "obj"}
        and is_light_verb(tok.head, ctx.config)
    ):
        return _named(ctx.resolve(tok.head, ctx.target_roles))
    return targets


@target_fallbacks.register("targets.complement_object.v1")
def complement_object(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """An appeal, intent, demand or threat takes its subjectless complement's object or partner:
    "the union threatened to cut ties with X", "vowed to halt supplies to X"."""
    tok, config = ctx.token, ctx.config
    if targets or not ctx.sources or ctx.nominal or ctx.trig.code[:2] not in config.embedding_roots:
        return targets
    if addressed(tok):
        return targets  # "called on allies to send air defences": the allies send them; no actor is asked
    for comp in fr.complements(tok):
        if fr.children(comp, {"nsubj", "nsubjpass"}) or tok.lemma_.lower() in config.reporting_verbs:
            continue  # "said X broke ties with Y": Y is X's target, not the speaker's
        found = _named(ctx.resolve(comp, ("dobj", *(f"prep:{p}" for p in config.complement_target_preps))))
        if found:
            return found
    return targets


@target_fallbacks.register("targets.accused_subject.v1")
def accused_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Whom an accusation's clause is about: "India alleged Pakistan was sheltering the gunmen" (Pakistan),
    "X alleged the police were hiding Y" (an actor told by its noun); a pronoun or the accuser itself is no
    target ("the army claimed it had won")."""
    if targets or not ctx.sources or ctx.nominal or ctx.trig.code[:2] not in ctx.config.accusing_roots:
        return targets
    clause = fr.children(ctx.token, {"ccomp"})[:1]  # the clause said; a later one is the writer's aside
    subjects = [t for c in clause for t in fr.children(c, {"nsubj"})]  # a passive one is the wronged
    spans = [x for x in span_slots(subjects[:1], ctx.sent_mentions, ctx.config, names=True) if x.head is not None]
    return _accused(ctx, subjects)[:1] or spans or targets  # "the electoral board": a body, as written


def _accused(ctx: TargetContext, subjects: list[Token]) -> list[Slot]:
    """The subjects' own mentions, named or told by a noun ("the police"), that are not the accuser."""
    own = {x.participant.actor_id or x.participant.name or x.participant.text for x in ctx.sources}
    return [
        x
        for x in ctx.slots(subjects)
        if (x.participant.name or (x.mention is not None and x.mention.kind == "nominal"))
        and not x.pronoun
        and x.mention is not None
        and x.mention.head in {t.i for t in subjects}
        and (x.participant.actor_id or x.participant.name or x.participant.text) not in own
    ]


@target_fallbacks.register("targets.accused_span.v1")
def accused_span(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Whom an accusation names when no actor stands for them: "the suspects would face charges of treason",
    "condemned the attackers" (a noun that names people, or a name), as its own text."""
    if targets or ctx.nominal or ctx.trig.code[:2] not in ctx.config.accusing_roots or ctx.trig.pattern.id == JUDGED:
        return targets  # a judged act ("the arrest was illegal," he told reporters) is aimed at no one told
    toks = [t for role in ctx.target_roles for t in fr.role_tokens(ctx.token, role)][:1]
    people = ctx.config.span_source_people.get("nouns", frozenset()) | lexicon.person_nouns()
    toks = [t for t in toks if t.pos_ == "PROPN" or t.lemma_.lower() in people]  # not "the decree"
    own = {x.participant.text for x in ctx.sources}
    found = [x for x in span_slots(toks, ctx.sent_mentions, ctx.config, names=True) if x.participant.text not in own]
    return found[:1] or targets


@target_fallbacks.register("targets.fallback_preps.v1")
def fallback_preps(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The first ``fallback_target_preps`` object that is a named actor and not the act's source: "the envoy
    appealed to the UN" ("the town fell to the rebels": the rebels are the source, no target)."""
    if not targets and not ctx.nominal:
        found = _named(ctx.resolve(ctx.token, tuple(f"prep:{p}" for p in ctx.config.fallback_target_preps)))
        return [t for t in found if t.participant.start not in {s.participant.start for s in ctx.sources}]
    return targets


@target_fallbacks.register("targets.topic_maker.v1")
def topic_maker(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Who made the act being talked about: "the board rejected the miners' demand" (the miners)."""
    for topic in ctx.trig.topics if not targets and not ctx.nominal else []:
        made_by, _ = nominal_source_tokens(topic.token, topic.pattern, ctx.config)
        made_by = made_by or fr.prep_objects(topic.token, "from")
        targets = _named(ctx.slots(made_by))
        if targets:
            break
    return targets


@target_fallbacks.register("targets.object_agent.v1")
def object_agent(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The agent of an object that is no actor: "the UN condemned the shelling by X" (the parser may hang
    that "by" on an active verb as its agent)."""
    if targets or ctx.nominal:
        return targets
    tok = ctx.token
    objs = [o for o in fr.children(tok, {"dobj", "obj"}) if o.pos_ in NOUN_POS]
    agents = [a for o in objs for a in fr.prep_objects(o, "by")]
    if objs and not agents and not fr.children(tok, {"nsubjpass", "auxpass"}):
        agents = fr.role_tokens(tok, "agent") or fr.prep_objects(tok, "by")  # or a "by" hung on the verb
    return _named(ctx.slots(agents))


@target_fallbacks.register("targets.coded_actors_only.v1")
def coded_actors_only(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """PETRARCH2's reading: a verb's target is never a pronoun and always has an actor code."""
    if ctx.nominal:
        return targets
    return [x for x in targets if not x.pronoun and x.participant.cameo]


@target_fallbacks.register("targets.skip_frame.v1")
def skip_frame(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """PETRARCH2's "^ +" frames: the target is the actor after the skipped ones, not a role's (cleared here
    for ``targets.phrase_actor.v1``)."""
    frame = ctx.trig.frame
    if not ctx.nominal and frame is not None and frame.skip:
        return []
    return targets


@target_fallbacks.register("targets.phrase_actor.v1")
def phrase_actor(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """PETRARCH2's reading: the first actor in the verb phrase that is not a source (phrase_targets.py)."""
    if targets or ctx.nominal:
        return targets
    taken = {x.participant.start for x in ctx.sources if x.participant.start is not None}
    frame = ctx.trig.frame
    first = first_actor_in_phrase(ctx.token, ctx.sent_mentions, taken, frame.skip if frame is not None else 0)
    return ctx.slots([first]) if first is not None else []


@target_fallbacks.register("targets.inner_object.v2")
def inner_object(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A named country or known actor inside the object phrase: "advised against travel to X"."""
    if targets or ctx.nominal:
        return targets
    return inner_target(ctx)


@target_fallbacks.register("targets.aimed_at.v1")
def aimed_at(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """What the weapon or strike was aimed at: "fired rockets targeting X's positions", "launched airstrikes
    aimed at X" (a participle on the nominal trigger or on the verb's object; ``aiming_verbs``)."""
    if targets:
        return targets
    tok = ctx.token
    holders = [tok] if ctx.nominal else [o for o in fr.children(tok, {"dobj", "obj"}) if o.pos_ in NOUN_POS]
    aimed = [c for h in holders for c in fr.children(h, {"acl"}) if c.lemma_.lower() in ctx.config.aiming_verbs]
    return _first_placed(ctx, [(o, o) for c in aimed for o in fr.children(c, {"dobj"}) + fr.prep_objects(c, "at")])


@target_fallbacks.register("targets.nominal_inner.v1")
def nominal_inner(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A nominal event's actor one phrase in, through ``nominal_inner_preps``: "restrictions on flights to X",
    "a ban on trade with X"; not the source's own country, nor for violence or protest (places are where)."""
    if targets or not ctx.nominal or not ctx.sources or ctx.trig.code[:2] in VIOLENT_ROOTS:
        return targets
    preps = ctx.config.nominal_inner_preps

    def inner(holder: Token) -> list[Token]:
        return [o for p in fr.children(holder, {"prep"}) if p.lower_ in preps for o in fr.children(p, {"pobj"})]

    first = [o for o in inner(ctx.token) if o.pos_ in NOUN_POS]
    found = _first_placed(ctx, [(o, o) for o in first] + [(o, t) for t in first for o in inner(t)])
    own = {x.participant.country for x in ctx.sources}  # "X's ban on travel to X" is on those coming in
    return [x for x in found if x.participant.country not in own]


def _may_target(ctx: TargetContext, slot: Slot, holder: Token) -> bool:
    """A place in the object phrase of violence or a protest that names its victims (people, or things
    counted) says where they were, not whom: "shot dead two shopkeepers in Quetta" has no target Quetta;
    "fired shells at targets in X" and "blocked roads in X" still target X's state, as CAMEO codes a place
    no one else is acted on (coding/victim_targets.py)."""
    place = slot.mention is not None and slot.mention.kind == "place"
    counted = holder.tag_ == "NNS" and any(c.dep_ == "nummod" for c in holder.children)  # "two shopkeepers"
    people = counted or holder.lemma_.lower() in lexicon.person_nouns()
    return not (place and people and ctx.trig.code[:2] in VIOLENT_ROOTS)  # violence and protest (14)


def inner_target(ctx: TargetContext) -> list[Slot]:
    """The first named actor inside the verb's object phrase, for a verb whose roles found no target: the
    object's owner ("called for [X's resignation]", "demanded [the release of X]"), else one in its
    prepositional modifiers, two deep ("advised against [travel to Tunisia]" -> Tunisia)."""
    tok, preps = ctx.token, ctx.config.inner_target_preps
    objs = [o for d in fr.children(tok, {"dobj", "obj"}) for o in fr.with_conjuncts(d) if o.pos_ in NOUN_POS]
    if fr.children(tok, {"agent"}):  # "X's bid was rejected by Y": the passive subject is the object
        objs += [o for o in fr.children(tok, {"nsubjpass"}) if o.pos_ in NOUN_POS]
    objs += [
        o
        for p in fr.children(tok, {"prep"})
        if p.lower_ in preps
        for o in fr.children(p, {"pobj"})
        if o.pos_ in NOUN_POS
    ]
    owners = [(o, t) for t in objs for o in _owners(t, ctx.config)]
    owners += [(o2, o) for o, _ in list(owners) for o2 in _owners(o, ctx.config)]  # "the legality of X's bid"
    for o, holder in owners:
        found = [x for x in ctx.slots([o]) if _owner_actor(x) and _may_target(ctx, x, holder)]
        if found:
            return found[:1]
    layer = objs
    for _ in range(2):
        nxt = [
            (o, t)
            for t in layer
            for p in fr.children(t, {"prep"})
            if p.lower_ in preps
            for o in fr.children(p, {"pobj"})
        ]
        found = _first_placed(ctx, nxt)
        if found:
            return found
        layer = [o for o, _ in nxt if o.lemma_.lower() not in _EXCLUDING]  # "with the exception of X": not X
    return []


def _owner_actor(x: Slot) -> bool:
    """An owner that is a known actor, one of a known country ("the decision taken by the Zambian president"), or
    a person named by name ("called for Rossi's resignation")."""
    m = x.mention
    named = m is not None and m.kind == "name" and x.participant.name
    return bool(x.participant.actor_id or (not x.pronoun and (named or x.participant.country)))


def _first_placed(ctx: TargetContext, candidates: list[tuple[Token, Token]]) -> list[Slot]:
    """The first candidate (token, its holder) that is an actor or has a country and may be a target."""
    for o, holder in candidates:
        found = [
            x
            for x in ctx.slots([o])
            if (x.participant.country or x.participant.actor_id) and _may_target(ctx, x, holder)
        ]
        if found:
            return found[:1]
    return []


def _owners(noun: Token, config: CoderConfig) -> list[Token]:
    """Whom an object noun that names no people is of: its possessor ("X's resignation") or its "of" object
    ("the release of X"), the actor it belongs to ("facilities belonging to X") or the agent that made it ("the
    law passed by X"); the owner of people or a body is not whom the act is on ("met the family of X")."""
    people = lexicon.person_nouns() | config.span_source_people.get("nouns", frozenset())
    if noun.lemma_.lower() in people or noun.lower_ in people or noun.lemma_.lower() in _EXCLUDING:
        return []
    owned = [  # "facilities belonging to X", "the law passed by X", "the decision, which was taken by X"
        o
        for c in fr.children(noun, {"acl", "relcl"})
        for p in fr.children(c, {"prep", "agent"})
        if (p.dep_ == "agent" or (p.lower_ == "to" and c.lemma_.lower() == "belong"))
        for o in fr.children(p, {"pobj"})
    ]
    return fr.children(noun, {"poss"}) + fr.prep_objects(noun, "of") + owned


def named_others(ctx: TargetContext, found: Iterable[Slot]) -> list[Slot]:
    """Named, non-pronoun slots that are not one of the event's sources."""
    own = {x.participant.actor_id or x.participant.name for x in ctx.sources}
    return [
        x
        for x in found
        if x.participant.name and not x.pronoun and (x.participant.actor_id or x.participant.name) not in own
    ]


@target_fallbacks.register("targets.passive_subject.v1")
def passive_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The passive subject of a verb whose pattern takes no such role: "the envoy was summoned by X",
    "the police were criticised by X" (the one acted on; the "by" agent is the source)."""
    if targets or ctx.nominal or not ctx.sources or not fr.children(ctx.token, {"auxpass"}):
        return targets  # "the officers' lives were threatened": no one named acts on them
    return named_others(ctx, ctx.slots(fr.children(ctx.token, {"nsubjpass"})))


@target_fallbacks.register("targets.requested_subject.v1")
def requested_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Whom an appeal or demand asks to act: the subject of the clause asked for ("called for X to be
    tried", "urged that X free the prisoners") or the "for" object before an infinitive ("called for the
    army to hand over power")."""
    tok = ctx.token
    if targets or ctx.nominal or not ctx.sources or ctx.trig.code[:2] not in ctx.config.requested_act_roots:
        return targets
    clauses = [
        c
        for c in fr.children(tok, {"ccomp", "advcl", "xcomp"})
        if c.pos_ in {"VERB", "AUX"} and any(m.lower_ in {"for", "that", "to"} for m in c.children)
    ]
    subjects = [s for c in clauses for s in fr.children(c, {"nsubj", "nsubjpass"})]
    if any(c.dep_ == "advcl" and fr.children(c, {"aux"}) for c in clauses):  # "called for X to V"
        subjects += fr.prep_objects(tok, "for")
    return named_others(ctx, ctx.slots(subjects))[:1] or targets


@target_fallbacks.register("targets.argued_subject.v1")
def argued_subject(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Whom a criticism is aimed at when it is told in the reason given with it: "criticised the plan,
    arguing that the government was misleading voters" (the subject of the participle's reported clause)."""
    tok, config = ctx.token, ctx.config
    if targets or ctx.nominal or not ctx.sources or tok.lemma_.lower() in config.statement_verbs:
        return targets
    if ctx.trig.code[:2] not in config.accusing_roots or "nsubj" in ctx.target_roles:
        return targets  # "X must face charges, adding Y ...": the accused is the subject, whoever it is
    told = [
        c
        for c in fr.children(tok, {"advcl"})
        if c.tag_ == "VBG" and c.lemma_.lower() in config.statement_verbs | config.reporting_verbs
    ]
    subjects = [s for c in told for cc in fr.children(c, {"ccomp"}) for s in fr.children(cc, {"nsubj"})]
    return _accused(ctx, subjects)[:1] or targets


@target_fallbacks.register("targets.object_complement.v1")
def object_complement(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The partner in an intent, offer or wish told as a noun with its infinitive: "expressed a desire to work
    with X", "stated its readiness to talk to X" (the object or ``complement_target_preps`` object of the
    infinitive on the verb's object)."""
    tok, config = ctx.token, ctx.config
    if targets or ctx.nominal or not ctx.sources or ctx.trig.code[:2] not in config.embedding_roots:
        return targets
    comps = [c for o in fr.children(tok, {"dobj", "obj"}) for c in fr.children(o, {"acl"}) if c.pos_ == "VERB"]
    roles = ("dobj", *(f"prep:{p}" for p in config.complement_target_preps))
    for comp in comps:
        found = named_others(ctx, ctx.resolve(comp, roles))
        if found:
            return found[:1]
    return targets


@target_fallbacks.register("targets.not_self.v1")
def not_self(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """No act is aimed at its own maker through a pronoun ("stated her intention to ...": her = the source),
    nor at a pronoun no one known stands for ("ended her campaign", "assurances of their readiness")."""
    own = {x.participant.actor_id or x.participant.name for x in ctx.sources} - {None}
    return [
        x
        for x in targets
        if not x.pronoun
        or (
            (x.participant.actor_id or x.participant.name or x.participant.country)
            and (x.participant.actor_id or x.participant.name) not in own
        )
    ]


@target_fallbacks.register("targets.venue.v1")
def venue(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """A place in an "on / in / at" phrase of a meeting or an agreement is where it is held, not whom it is
    with: "agreed to meet again on Cyprus" (CAMEO 03 and 04), "signed a pact in Rabat" (05, 06); "met X's
    president in Y" keeps the president."""
    if ctx.trig.code[:2] not in {"03", "04", "05", "06"}:
        return targets
    doc = ctx.token.doc
    return [
        x
        for x in targets
        if not (
            x.mention is not None
            and (x.mention.kind == "place" or x.mention.via == "country")  # a bare country name is a place here
            and doc[x.mention.head].dep_ == "pobj"
            and doc[x.mention.head].head.lower_ in {"on", "in", "at"}
            and _meeting_word(doc[x.mention.head].head.head)
        )
    ]


def _meeting_word(tok: Token) -> bool:
    """A verb, or a noun of meeting or pact, that an "on / in / at" place phrase hangs on ("meet on Cyprus", "a
    summit in Y", "an agreement in Y"); "sanctions on Iran" hangs on a noun that is no meeting, and Iran is whom
    they are on."""
    return tok.pos_ in {"VERB", "AUX"} or tok.lemma_.lower() in {
        "meet",
        "meeting",
        "summit",
        "talks",
        "talk",
        "session",
        "conference",
        "round",
        "visit",
        # a pact or joint work signed or held at a place: "signed an agreement in Hanoi", "drills in the Y Sea"
        "agreement",
        "accord",
        "deal",
        "treaty",
        "pact",
        "memorandum",
        "exercise",
        "exercises",
        "drills",
    }


@target_fallbacks.register("targets.granted_request.v1")
def granted_request(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """An appeal told as the reason of another's act is made to whoever acts: "at the request of X, the UN
    extended its mission" (the UN), "per X's request, the queen suspended parliament"."""
    tok = ctx.token
    if targets or not ctx.nominal or ctx.trig.code[:2] not in ctx.config.requested_act_roots:
        return targets
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"at", "per", "upon", "on", "following"}:
        return targets
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return targets
    subj = fr.subject(verb)
    return named_others(ctx, ctx.slots([subj] if subj is not None else []))[:1] or targets


from . import counterparts as _counterparts  # noqa: E402, F401  (registers targets.meeting_counterparts.v1)
from . import judged_agents as _judged_agents  # noqa: E402, F401  (registers targets.judged_agent.v1)
from . import own_measures as _own_measures  # noqa: E402, F401  (registers targets.own_measure.v1)
from . import said_makers as _said_makers  # noqa: E402, F401  (registers targets.object_maker.v1)
