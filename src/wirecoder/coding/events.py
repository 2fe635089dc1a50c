"""Code one sentence's events: triggers, combination, roles, target fallbacks, then one event per pair.

``code_article(article, patterns, ontology)`` returns the article's ``Event`` list; ``code_sentence`` reads
as the sequence of its steps. The rules each step runs are named in the pattern set's ``config.yaml``
(``combine``, ``future_rules``, ``target_fallbacks``; see :mod:`.registry`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..article import Article, Event, Mention, Participant, Quantity, Sentence, stable_id
from ..dates import event_dating
from ..mentions import starting_in
from . import frames as fr
from . import statements as spoken
from .acled_words import acled_source, acled_target, acled_words, head_noun
from .aftermath import tell_aftermath
from .claims import attribute_claims
from .combine import combine, one_body
from .confidence import confidence
from .config import CoderConfig
from .constants import CASUALTY_KINDS, KB_VIA, MODIFIER_DEPS, NOUN_POS, VIOLENT_ROOTS, Token
from .figurative import contest_win, untargeted_figure, verbal_code
from .generic_sides import generic_sides
from .headlines import forces, headline_passive, in_objects, misread_victims, one_victim, reports_a_victim
from .location import location
from .lone_doers import left_harmed, lone_doer
from .model import PatternSet
from .occurrence import told_as_happening
from .ontology import Ontology
from .own_speakers import with_own_speakers
from .phrase_targets import discarded
from .placed_nominals import unplaced_person
from .registry import target_fallbacks
from .repeated_tolls import without_repeated_tolls
from .roles import Slot, code_key, means_agents, nominal_source_tokens, report_source, reporter, slots, span_slots
from .statements import SPOKEN, statement_triggers
from .story_country import place_countries, story_country
from .targets import TargetContext
from .transforms import apply_transforms
from .triggers import Trigger, anchor_compounds, is_light_verb, match_trigger, obligation_triggers
from .visits import home_visit, trip_abroad, untold_trip

Flags = Mapping[str, Any]
Pair = tuple[Slot | None, Slot | None, str]  # source, target, code
_SUBJECT_TARGETS = frozenset({"nsubj", "ccomp_subj"})  # a frame's target that must be an actor ("wants X to V")


@dataclass
class Helpers:
    """The other coding modules (quantities, modality, quotes), or None where they are not available."""

    quantities: Any = None
    modality: Any = None
    quotes: Any = None


@dataclass
class SentenceContext:
    """One sentence being coded: where it is, what it mentions, and the events found so far."""

    article: Article
    index: int
    span: Any  # the sentence's spaCy Span
    config: CoderConfig
    onto: Ontology
    helpers: Helpers
    flags_of: Callable[[Token], Flags]
    mentions: list[Mention]
    sentence: Sentence | None
    date_in_sentence: bool
    seen: set[tuple[Any, ...]] = field(default_factory=set)  # codings already emitted (no repeats)
    events: list[tuple[Event, Trigger]] = field(default_factory=list)

    @classmethod
    def of(
        cls, article: Article, index: int, span: Any, patterns: PatternSet, onto: Ontology, helpers: Helpers
    ) -> SentenceContext:
        """The context of sentence ``index`` (``span``), before any trigger is coded."""
        return cls(
            article,
            index,
            span,
            patterns.config,
            onto,
            helpers,
            helpers.modality.flags if helpers.modality is not None else _fallback_flags,
            starting_in(article, span.start_char, span.end_char),
            article.sentences[index] if index < len(article.sentences) else None,
            any(t.sentence_index == index and t.value for t in article.times),
        )


@dataclass
class Roles:
    """One trigger's resolved participants, and where its word is."""

    ctx: TargetContext
    sources: list[Slot]
    targets: list[Slot]
    subject_token: Token | None
    word: Token
    start: int
    end: int


def _fallback_flags(tok: Token) -> dict[str, Any]:
    negated = any(c.dep_ == "neg" for c in tok.children)
    future = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in tok.children)
    hypo = any(c.dep_ == "aux" and c.lower_ in {"may", "might", "could", "would", "should"} for c in tok.children)
    return {"negated": negated, "hypothetical": hypo, "future": future, "hedge": None}


def _quantities(span: Any, quantities_mod: Any) -> list[Quantity]:
    if quantities_mod is None:
        return []
    return list(quantities_mod.extract(span))


def _subtree_span(tok: Token) -> Any:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def find_triggers(span: Any, patterns: PatternSet) -> list[Trigger]:
    """The sentence's triggers in token order: pattern matches, then "X said Y must V", anchored."""
    triggers = [t for t in (match_trigger(tok, patterns) for tok in span) if t is not None]
    triggers += obligation_triggers(span, triggers, patterns.config)
    anchor_compounds(triggers, patterns.config)
    triggers.sort(key=lambda t: t.token.i)
    return triggers


def code_sentence(
    article: Article, sentence_index: int, span: Any, patterns: PatternSet, onto: Ontology, helpers: Helpers
) -> list[Event]:
    """Events in one sentence (``span`` is its spaCy Span)."""
    config = patterns.config
    if config.discard_sentences and discarded(span.text, config.discard_sentences):
        return []
    sc = SentenceContext.of(article, sentence_index, span, patterns, onto, helpers)
    triggers = find_triggers(span, patterns)
    combine(triggers, config, sc.flags_of)
    _code_triggers(triggers, sc)
    if not sc.events:  # the reported words are no event: the statement is ("X said Y's plan was ...")
        _code_triggers(statement_triggers(span, config), sc)
    return _transformed(sc, patterns)


def _code_triggers(triggers: list[Trigger], sc: SentenceContext) -> None:
    """Emit the events of the triggers the combination passes left standing."""
    config, onto = sc.config, sc.onto
    for trig in triggers:
        if trig.suppressed or (trig.code in config.suppress_codes and trig.pattern.id not in SPOKEN):
            continue
        roles = _roles(trig, sc)
        if roles is None:
            continue
        roles.targets = _with_fallbacks(roles)
        if untargeted_figure(trig, roles.sources, roles.targets, config, onto.armed_sectors) or contest_win(
            trig, config
        ):
            continue  # "they were fighting corruption", "beat the hosts by six wickets": no violence
        if home_visit(trig.code, roles.sources, roles.targets, config.home_visit_codes) or untold_trip(
            trig, roles.sources, roles.targets, sc.mentions, config
        ):
            continue  # "the senator visited Kenosha", "flew to Chicago": a trip at home
        verbal = verbal_code(trig, roles.sources, roles.targets, config, onto.armed_sectors | onto.civilian_sectors)
        if verbal is not None:
            trig.code, trig.combined = verbal, True  # "attacked the president over X": a criticism
            trig.notes.append("verbal")
        quantities = _kept_quantities(trig, roles, sc)
        if quantities is not None:
            _emit(trig, roles, quantities, sc)


def _roles(trig: Trigger, sc: SentenceContext) -> Roles | None:
    """Sources and the pattern's targets of a trigger (None: "officials said prices must fall", no one asked)."""
    article, config, tok, frame = sc.article, sc.config, trig.token, trig.frame
    nominal = tok.pos_ in NOUN_POS and trig.pattern.kind == "noun"
    word = trig.word if trig.word is not None else tok
    start, end = word.idx, word.idx + len(word.text)
    quote = sc.helpers.quotes.quote_at(article, start, end) if sc.helpers.quotes is not None else None
    tgt_roles = frame.target if frame and frame.target else trig.pattern.target
    ctx = TargetContext(article, trig, sc.mentions, quote, config, nominal, tgt_roles, [])
    subject_token = None
    if not nominal and reports_a_victim(tok):
        return None  # "Three villagers said killed": the villagers said nothing
    misread = misread_victims(tok) if trig.source_from is None and trig.target_from is None else None
    if misread is not None:  # "Farmer, son killed in Thai shelling": the parser's subject is the victim
        ctx.sources = _sources(trig, ctx, [s for s in ctx.slots(misread[1]) if forces(s)])
        return Roles(ctx, ctx.sources, _victim_slots(ctx, misread[0][0]), None, word, start, end)
    if nominal:
        src_toks, tgt_toks = nominal_source_tokens(tok, trig.pattern, config)
        src_toks = [trig.source_from] if trig.source_from is not None else src_toks  # "blamed Y for the shelling"
        targets = ctx.slots(tgt_toks) if tgt_toks else ctx.resolve(tok, tgt_roles)
    else:
        src_roles = frame.source if frame and frame.source else trig.pattern.source
        _, src_toks = fr.first_role(tok, src_roles)
        if trig.source_from is not None:
            src_toks = [trig.source_from]
        subject_token = src_toks[0] if src_toks else None
        victim = headline_passive(tok) if trig.source_from is None and trig.target_from is None else None
        if victim is not None:  # "Two policemen killed in Quetta": the subject is the victim
            by = ctx.slots(fr.role_tokens(tok, "agent")) or [s for s in ctx.slots(in_objects(tok)) if forces(s)]
            ctx.sources = _sources(trig, ctx, by)  # "hurt in Azerbaijani firing", "Azerbaijani" the object
            return Roles(ctx, ctx.sources, _victim_slots(ctx, victim), None, word, start, end)
        if trig.target_from is not None:
            targets = ctx.slots([trig.target_from]) or spoken.accused_span(trig, sc.mentions, config)
            if trig.pattern.id == "must-clause" and not any(t.participant.name for t in targets):
                return None  # "officials said prices must fall": no one is asked to act
        else:
            targets = ctx.resolve(tok, tgt_roles)
    found = ctx.slots(src_toks)
    if not found and (own := with_own_speakers(src_toks)) != src_toks:  # "the militia said it was disbanding"
        src_toks, found = own, ctx.slots(own)
    if not found and trig.code[:2] in config.span_source_roots | config.speaker_span_roots:
        names = trig.code[:2] in config.speaker_span_roots  # "Ridley condemned": a name no actor stands for
        found = span_slots(src_toks, sc.mentions, config, names=names)  # "shopkeepers staged a demonstration"
    elif not found and trig.code[:2] in VIOLENT_ROOTS:
        found = span_slots(src_toks, sc.mentions, config, crowds=True)  # "a crowd set fire to a bank"
    ctx.sources = _sources(trig, ctx, found)
    if spoken.unspoken(trig, ctx.sources, targets):
        return None  # "residents said the weather was warm", "... said the army was ready"
    return Roles(ctx, ctx.sources, targets, subject_token, word, start, end)


def _victim_slots(ctx: TargetContext, victim: Token) -> list[Slot]:
    """The victims of a headline passive as targets; the bare phrase when no actor stands for them."""
    phrase = victim.doc[victim.left_edge.i : victim.i + 1]
    return ctx.slots([victim]) or [Slot(Participant(phrase.text, phrase.start_char, phrase.end_char), None)]


def _without_place_modifiers(found: list[Slot], tok: Token) -> list[Slot]:
    """Without the places modifying the event noun: "a Kabul bombing" says where, not who; nor a name the
    resolver could not place ("a Kurram drone strike": a district the actor base does not know)."""
    mods = {c.i for c in tok.children if c.dep_ in MODIFIER_DEPS}
    return [
        x
        for x in found
        if not (
            x.mention is not None
            and x.mention.head in mods
            and (x.mention.kind == "place" or (x.mention.actor is None and x.mention.kind == "name"))
        )
    ]


def _sources(trig: Trigger, ctx: TargetContext, sources: list[Slot]) -> list[Slot]:
    """The role sources, else the maker of the means ("killed in a Y air strike": Y); an unresolved
    "we"/"they" reporting speech is the reporter."""
    if ctx.nominal:
        sources = _without_place_modifiers(sources, trig.token)
    for means in trig.means if not sources else []:
        by, _ = nominal_source_tokens(means.token, means.pattern, ctx.config)
        sources = _without_place_modifiers(ctx.slots(by), means.token)
        if sources:
            break
    if not sources and not ctx.nominal and trig.code[:2] in VIOLENT_ROOTS:  # "killed in an operation by X"
        fights = frozenset(m.token.i for m in trig.means if m.code[:2] == "19")
        sources = ctx.slots(means_agents(trig.token, ctx.config, fights))
    if len(sources) == 1 and sources[0].participant.name is None and sources[0].pronoun:
        sources = reporter(ctx.article, trig.token, sources[0], ctx.sent_mentions, ctx.quote, ctx.config) or sources
    return sources


def _with_fallbacks(roles: Roles) -> list[Slot]:
    """The targets after the config's ``target_fallbacks``, in order."""
    targets = roles.targets
    for name in roles.ctx.config.target_fallbacks:
        targets = target_fallbacks.get(name)(roles.ctx, targets)
    return targets


def _kept_quantities(trig: Trigger, roles: Roles, sc: SentenceContext) -> list[Quantity] | None:
    """The event's figures when the trigger makes an event, None when it does not: a clause subject that
    is no actor, no actor at all without a casualty toll, a PETRARCH2 default code without a pair."""
    tok, frame, nominal = trig.token, trig.frame, roles.ctx.nominal
    sources, targets = roles.sources, roles.targets
    sides = not nominal and generic_sides(roles.subject_token)  # "both sides accused each other": unnamed parties
    no_actor = not nominal and roles.subject_token is not None and not sources and not sides
    if no_actor and trig.code[:2] not in VIOLENT_ROOTS - {"14"}:
        return None  # the clause subject is not an actor ("the remarks", "tensions"); violence is kept, source unknown
    violent_means = bool(trig.means) and trig.code[:2] in VIOLENT_ROOTS - {"14"}  # "died in the attack"
    if not nominal and frame is not None and frame.target and frame.target[0] in _SUBJECT_TARGETS and not targets:
        if fr.subject(tok) is not None and not violent_means:
            return None  # a frame whose subject is the target ("X received aid from Y"), and the subject is no actor
    has_actor = spoken.speaker_named(trig, sources, sc.config) or any(
        s.mention.actor is not None if s.mention is not None else not s.pronoun for s in sources + targets
    )
    quantities_mod = sc.helpers.quantities
    if nominal and not trig.absorbed:
        qspan = quantities_mod.figures_span(tok) if quantities_mod is not None else _subtree_span(tok)
    else:
        qspan = sc.span
    quantities = _quantities(qspan, quantities_mod)
    # Violence with a toll is an event even when no side is a known actor ("a landmine killed three
    # children", "riots left five dead"), as incident data records it.
    violent = trig.code[:2] in VIOLENT_ROOTS - {"14"} or trig.code.startswith("145")
    toll = violent and any(q.kind in CASUALTY_KINDS and q.value for q in quantities)
    toll = toll or violent and frame is not None and frame.tallied  # the note's tally line is the toll
    held = trig.code[:2] in sc.config.span_source_roots and is_light_verb(tok.head, sc.config)
    held = held and tok.dep_ in {"dobj", "obj", "nsubjpass"} or told_as_happening(tok, sc.config, trig.code)
    held = held or violent and nominal and left_harmed(tok, sc.config)  # "the attack left its owner wounded"
    if nominal and not has_actor and not toll and not held:
        return None  # ("a rally was held in the capital", "protests continued": a protest, whoever held it)
    weapon = any(n.startswith(("weapon:", "actorless:")) for n in trig.notes)  # "two bombs struck a market"
    if not nominal and not sources and not targets and not toll and not weapon and not violent_means and not held:
        if not sides and not lone_doer(tok, trig, sc.config):
            return None
    if (
        trig.frame is None
        and trig.pattern.origin.startswith("petrarch2")
        and not (sources and targets)
        and not (toll or weapon and sources)  # "troops hammered rebel positions with mortars": arms make the act
        and not any(x.mention is not None and x.mention.via in KB_VIA for x in sources)
        and not trip_abroad(tok, trig.code, sources, sc.mentions, sc.config)  # "Kenya's president arrived in Lima"
    ):
        return None
    return quantities


# Codes of force (roots, and the destruction of property) whose doer may be told as one unnamed person ("a man
# set fire to a mosque").
def _pairs(trig: Trigger, roles: Roles, sc: SentenceContext) -> list[tuple[int, Slot | None, Slot | None, str]]:
    """The (number, source, target, code) codings of the trigger that are not repeats: one per conjoined
    actor; "A and B signed a truce" gives A and B as sources with no target (PLOVER's reading of mutual
    acts), not CAMEO's A->B and B->A."""
    sources, targets = roles.sources, roles.targets
    sides: tuple[list[Slot | None], list[Slot | None]] = (list(sources) or [None], list(targets) or [None])
    pairs = [(s, t, trig.code) for s in sides[0] for t in sides[1]]
    out = []
    for k, (src, tgt, code) in enumerate(_petrarch_pairs(trig, pairs, sources, targets)):
        key = (
            code,
            src.participant.start if src else None,
            tgt.participant.start if tgt else None,
            src.participant.name if src else None,
            tgt.participant.name if tgt else None,
            src.participant.cameo if src else None,
            tgt.participant.cameo if tgt else None,
        )
        # "freed the premier and 30 members of his government": two targets with one actor code are
        # one coding of this act
        same = (code, code_key(src), code_key(tgt))
        if (
            key in sc.seen
            or same in sc.seen
            or (src is not None and tgt is not None and src.participant.start == tgt.participant.start)
        ):
            continue
        sc.seen.update({key, same})
        out.append((k, src, tgt, code))
    return out


def _emit(trig: Trigger, roles: Roles, quantities: list[Quantity], sc: SentenceContext) -> None:
    """Add the trigger's events (one per coding pair) to the sentence."""
    article, tok, nominal, span, sentence = sc.article, trig.token, roles.ctx.nominal, sc.span, sc.sentence
    flags = dict(sc.flags_of(tok))
    trigger_words, objects = acled_words(tok, nominal)
    trigger_words = " ".join([trigger_words, *(acled_words(m.token, True)[0] for m in trig.means)])  # "in clashes"
    root = trig.code[:2]
    quantities_mod = sc.helpers.quantities
    fatalities = quantities_mod.fatalities(quantities) if quantities_mod is not None and root in VIOLENT_ROOTS else None
    dating = event_dating(article, sc.index, roles.start, roles.end)
    quote = roles.ctx.quote
    reported_by = quote.speaker if quote is not None else report_source(article, tok, sc.mentions, sc.config)
    taken = {x.participant.start for x in roles.sources + roles.targets}
    place = location(article, tok, sc.mentions, taken)
    tolls = [(q.kind, q.text) for q in quantities if q.kind in CASUALTY_KINDS and q.value]
    for k, src, tgt, code in _pairs(trig, roles, sc):
        src, tgt = _placed(src, sc), _placed(tgt, sc)
        src_head = src.mention.head if src and src.mention is not None else (src.head if src else None)
        src_noun = head_noun(tok.doc, src_head)
        src_sector = acled_source(tok.doc, src_head, src.participant.sector if src else None, sc.onto)
        tgt_sector = tgt.participant.sector if tgt else None
        tgt_head = tgt.mention.head if tgt and tgt.mention is not None else (tgt.head if tgt else None)
        acled_tgt = acled_target(
            tok, tgt_head if tgt else None, tgt_sector, sc.onto, tgt.participant.actor_id if tgt else None
        )
        lone = fatalities is None and root in VIOLENT_ROOTS - {"14"}
        one = (one_victim(tok, tgt, flags) or one_body(trig)) if lone else None
        event_quantities, event_fatalities = quantities, fatalities
        if one is not None:  # "a senior commander was killed": one death
            event_quantities, event_fatalities = [*quantities, one], 1
        told = [*tolls, (one.kind, one.text)] if one is not None else tolls
        single = event_fatalities == 1 and tgt_sector not in sc.onto.armed_sectors  # "journalist X was shot dead"
        coded = sc.onto.classify(
            code, trig.mode, trigger_words, src_sector, acled_tgt, told, src_noun, objects, one_killed=single
        )
        parts: list[Any] = [article.id, sc.index, roles.start, code] + ([k] if k else [])
        event = Event(
            id=stable_id(*parts),
            article_id=article.id or "",
            sentence_index=sc.index,
            trigger={
                "text": roles.word.text,
                "lemma": roles.word.lemma_.lower(),
                "start": roles.start,
                "end": roles.end,
            },
            date=dating.value,
            date_precision=dating.precision,
            source=src.participant if src else None,
            target=tgt.participant if tgt else None,
            cameo=coded["cameo"],
            plover=coded["plover"],
            acled=coded["acled"],
            location=place,
            fatalities=event_fatalities,
            quantities=event_quantities,
            negated=bool(flags.get("negated")),
            hypothetical=bool(flags.get("hypothetical")),
            future=bool(flags.get("future")),
            evidence={
                "sentence": sentence.text if sentence else span.text,
                "start": sentence.start if sentence else span.start_char,
                "end": sentence.end if sentence else span.end_char,
            },
            confidence=confidence(
                trig, src, tgt, nominal, flags, sc.date_in_sentence, quote is not None, sc.config.confidence
            ),
            reported_by=reported_by,
            pattern=trig.pattern_id,
            date_from=dating.source,
            date_approximate=dating.approximate,
        )
        sc.events.append((event, trig))


def _placed(slot: Slot | None, sc: SentenceContext) -> Slot | None:
    """A participant no actor stands for ("shopkeepers", "an angry crowd") is of the country of the places
    its sentence names, when they name one country, as incident data writes "Protesters (Pakistan)"; with
    no place, of the story's country when the story is about one ("critics" in a story about Chile)."""
    if slot is None or (slot.head is None and not unplaced_person(slot, sc.span)) or slot.participant.country:
        return slot  # a name the actor base lacks ("the news agency Saba", "Smith") is placed the same way
    mentions = sc.mentions
    countries = place_countries(mentions, sc.span.doc)  # not a place visited or where talks are held
    basis = "place"
    if not countries and (story := story_country(sc.article, sc.index, mentions)) is not None:
        countries, basis = {story}, "story"
    if len(countries) != 1:
        return slot
    return replace(slot, participant=replace(slot.participant, country=countries.pop(), country_basis=basis))


def _transformed(sc: SentenceContext, patterns: PatternSet) -> list[Event]:
    """The sentence's events after PETRARCH2's verb transformations, without repeated casualty tolls."""
    article, config = sc.article, sc.config

    def speaker_of(verb: Token) -> Any:
        subj = fr.subject(verb)
        found = [
            x
            for x in slots(article, [subj] if subj is not None else [], sc.mentions, None, config)
            if x.participant.name or x.participant.actor_id or getattr(x.mention, "kind", None) == "name"
        ]  # a named speaker the actor base lacks claims too ("Smith claimed the militia had attacked X")
        return found[0].participant if found else None

    events = apply_transforms(sc.events, patterns.transforms, config.asserted_transforms, speaker_of, sc.onto.classify)
    return without_repeated_tolls(events)


def _petrarch_pairs(trig: Trigger, pairs: list[Pair], sources: list[Slot], targets: list[Slot]) -> list[Pair]:
    """PETRARCH's paired codings: a ``mutual`` frame with a conjoined subject makes its members act on
    each other (whatever else the phrase holds) ("A and B agreed": A->B, B->A); a ``reverse`` code adds target -> source
    events ("A left for B" 032:033: A->B 032, B->A 033). Only while the trigger keeps its own code."""
    own = trig.frame if trig.frame is not None else trig.pattern
    if trig.code != own.code:
        return pairs
    if trig.frame is not None and trig.frame.mutual and len(sources) > 1:
        pairs = [(a, b, trig.code) for a in sources for b in sources if a is not b]
    reverse = own.reverse
    if reverse:
        pairs = pairs + [(t, s, reverse) for s, t, _ in pairs if s is not None and t is not None]
    return pairs


def code_article(article: Article, patterns: PatternSet, onto: Ontology, helpers: Helpers | None = None) -> list[Event]:
    """All events of an article, sentence by sentence (needs ``article.doc`` and ``article.sentences``)."""
    helpers = helpers or Helpers()
    onto = onto.extended(patterns.config.local_codes)
    doc = article.doc
    if doc is None or (patterns.config.discard_stories and discarded(doc.text, patterns.config.discard_stories)):
        return []
    events: list[Event] = []
    for sent in article.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        events.extend(code_sentence(article, sent.index, span, patterns, onto, helpers))
    events = tell_aftermath(article, events, helpers.quantities)  # "the death toll rose to 14"
    attribute_claims(article, events, patterns)
    return events
