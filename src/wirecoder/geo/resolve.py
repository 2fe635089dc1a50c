"""Where did an event happen? The place syntactically tied to its trigger ("attacked a checkpoint in Bannu
district", "talks in Doha"), else another place in its sentence, else the dateline, else the target's
(or source's) country; places outside the countries of the event's actors come only after those.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..actors.destinations import is_escape_goal
from ..article import Article, Event, Participant
from ..coding.lexicon import subset
from ..mentions import covering, in_sentence
from .country_areas import finest_record
from .gazetteer import Gazetteer, Place
from .home_namesake import home_area
from .intercepted import stopped_weapons
from .not_places import in_other_clause
from .note_places import mend_note_place
from .offsets import off_anchor, offset_anchor, placed_near
from .protest_topic import PROTEST_ROOT, in_topic, proper_runs
from .roads import road_anchor, second_end
from .sentence_places import (
    ACTOR_WEIGHT,
    ARTICLE_WEIGHT,
    PLACE_ENTS,
    PRECISION_RANK,
    PlaceSpan,
    dateline_place,
    name_part,
    names_country,
    object_of_unit,
    participant_span,
    place_record,
    resolve_span,
    sentence_places,
    sided_context,
    spans_overlap,
    territory_place,
    tied_objects,
    tied_place,
    trigger_token,
)
from .visits import visited_place

Token = Any
_SPEAKER = 2.5  # the source of a verbal act: above the other actors
_STORY = 1.5  # the country the event's sentence names most (see _story_country)
_ATTACKER = 0.5  # the country of the side that attacks another's: below the story's other countries
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_HOME_SECTORS = frozenset({"COP"})  # forces that act only at home, never the attacking side across a border
_NON_STATE_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})


def article_context(article: Article, gazetteer: Gazetteer | None = None) -> dict[str, float]:
    """Countries the story is about: every country a mention resolved to, and (with a gazetteer) the
    dateline's."""
    # a place mention's country is the actor stage's guess from the bare name ("Hangu" -> China): only a
    # country named as such counts
    context = {
        m.actor.country: ARTICLE_WEIGHT
        for m in article.mentions
        if m.actor is not None
        and m.actor.country
        and m.actor.country_basis != "place"  # "security forces" of a story placed by a bare name
        and (m.kind != "place" or (names_country(m.text, gazetteer) and not name_part(article, m.start, m.end)))
    }
    if gazetteer is not None and article.doc is not None:  # countries named inside other names ("Pakistan Taleban")
        for ent in article.doc.ents:
            if ent.label_ == "GPE":
                place = gazetteer.lookup(ent.text, alternates=False)
                if place is not None and place.precision == "country" and place.country:
                    context.setdefault(place.country, ARTICLE_WEIGHT)
            if ent.label_ in PLACE_ENTS:  # a curated province or district names its country ("Kurram")
                _curated_country(gazetteer, ent.text, context)
        for tok in article.doc:  # "AJK police", "a Swat school"
            if tok.pos_ == "PROPN" or sum(c.isupper() for c in tok.text) >= 2:
                _curated_country(gazetteer, tok.text, context)
    if gazetteer is not None and article.dateline:
        place = dateline_place(article.dateline, gazetteer, context)
        if place is not None and place.country:
            context.setdefault(place.country, ARTICLE_WEIGHT)
    return context


def _curated_country(gazetteer: Gazetteer, text: str, context: dict[str, float]) -> None:
    """Add the country of a curated sub-national place of one country named by ``text`` to ``context``."""
    place = gazetteer.lookup(text, alternates=False)
    if place is not None and place.source == "alias" and place.precision != "country" and len(place.countries) == 1:
        context.setdefault(place.countries[0], ARTICLE_WEIGHT)


def locate_event(
    article: Article,
    event: Event,
    gazetteer: Gazetteer,
    context: dict[str, float] | None = None,
    countries: dict[int, Counter[str]] | None = None,
) -> dict[str, Any] | None:
    """The location record of ``event`` (name, country, admin1, admin2, lat, lon, precision, plus the
    ``text`` it came from and ``via``: tied | sentence | dateline | target | source | story | actor), or None;
    ``{}`` when the only country found is the attacker's of fire told by its demonym (no place at all)."""
    record = _locate(article, event, gazetteer, context, countries)
    if 0 <= event.sentence_index < len(article.sentences):  # "in Mpeketoni town (Lamu)": the note's own place
        sent = article.sentences[event.sentence_index]
        record = mend_note_place(record, article.text[sent.start : sent.end], gazetteer, context or {})
    if not _verbal(event) and 0 <= event.sentence_index < len(article.sentences):
        sent = article.sentences[event.sentence_index]  # "15 km east of Dori": Dori, not the province
        ctx = dict(context if context is not None else article_context(article, gazetteer))
        coarse = placed_near(record)
        if coarse and record and record.get("country"):
            ctx[record["country"]] = ACTOR_WEIGHT
        bare = _violent(event)  # "ambushed a convoy between Douentza and Boni": a stretch without a road noun
        near = offset_anchor(article.text, sent.start, sent.end, gazetteer, ctx) or road_anchor(
            article.text, sent.start, sent.end, gazetteer, ctx, bare
        )
        if near is not None and (
            (coarse and (not record or record.get("country") in near[0].countries)) or off_anchor(record, near[0])
        ):
            return place_record(near[0], ctx, near[1], "near")
        road = road_anchor(article.text, sent.start, sent.end, gazetteer, ctx, bare) if record else None
        name = str(record.get("text")) if record else ""
        if road is not None and second_end(article.text, sent.start, sent.end, name, gazetteer, ctx, bare):
            return place_record(
                road[0], ctx, road[1], "near"
            )  # "the road between Mopti and Sevare": Mopti, its first end
    if record and (event.cameo or {}).get("root") == PROTEST_ROOT:  # "rallied in X against the war in Y"
        venue = _protest_venue(article, event, gazetteer, context, record)
        record = venue if venue is not None else record
    if _verbal(event) and (not record or record.get("from") == "actor"):  # "the minister, visiting Baghdad"
        ctx = dict(context if context is not None else article_context(article, gazetteer))
        visit = visited_place(article, event, trigger_token(article, event), gazetteer, ctx)
        if visit is not None:
            return place_record(visit[0], ctx, visit[1], "visit")
    if record is None:
        return None
    shared = record.pop("_countries", ())
    if record.pop("_kind", None) == "border" and len(shared) == 2:
        named = _countries_in(article, event, str(record.get("text") or "")) & set(shared)
        if len(named) == 1:  # "near the Afghan border" is this side of the border with Afghanistan
            record["country"] = next(c for c in shared if c not in named)
            return record
    attacker = _attacker_country(event) or _agent_country(article, event)
    if record.get("from") == "actor" and record.get("country") == _national_means(article, event):
        return {}  # "Two killed in Indian shelling" names the attacker's country, not where the shells fell
    if attacker is not None and record.get("country") == attacker and len(shared) > 1:
        # a border or a disputed region struck by one side: the blow lands on the other side
        # ("Indian shelling along the Line of Control" is on the Pakistani side)
        target = event.target.country if event.target is not None else None
        others = [c for c in shared if c != attacker]
        record["country"] = target if target in others else others[0]
    return record


def _protest_venue(
    article: Article, event: Event, gazetteer: Gazetteer, context: dict[str, float] | None, record: dict[str, Any]
) -> dict[str, Any] | None:
    """Where a protest was held when ``record`` is a place of its grievance: the nearest place of the
    sentence outside the grievance phrases; None to keep ``record``."""
    trigger = trigger_token(article, event)
    if trigger is None or article.doc is None:
        return None
    spans = sentence_places(article, event, gazetteer)
    topic = [s for s in spans if in_topic(article.doc, trigger, s.start, s.end)]
    named = str(record.get("text") or "")
    target = participant_span(event.target) if record.get("via") == "target" else None
    if not any(s.text == named or (target and spans_overlap(s.start, s.end, *target)) for s in topic):
        return None
    ctx = dict(context if context is not None else article_context(article, gazetteer))
    for s in sorted(
        (s for s in spans if s not in topic and not s.participant), key=lambda s: abs(s.tokens[0] - trigger.i)
    ):
        place = resolve_span(gazetteer, s, ctx)
        if place is not None:
            return place_record(place, ctx, s.text, "sentence")
    source = participant_span(event.source)  # "residents of Goma protested over killings in X": the protesters' town
    words = article.doc.char_span(*source, alignment_mode="expand") if source is not None else None
    if words is not None and len(words):  # "villagers of X": the phrase after the source's head too
        words = article.doc[words.root.left_edge.i : words.root.right_edge.i + 1]
    for run in proper_runs(words) if words is not None and len(words) else ():
        place = gazetteer.lookup(run, ctx)
        if place is not None and place.precision != "country":
            return place_record(place, ctx, run, "sentence")
    return None


def _locate(
    article: Article,
    event: Event,
    gazetteer: Gazetteer,
    context: dict[str, float] | None,
    countries: dict[int, Counter[str]] | None,
) -> dict[str, Any] | None:
    base = dict(context if context is not None else article_context(article, gazetteer))
    spans = sentence_places(article, event, gazetteer)
    cuts = [s for s in spans if s.cut and s.country]  # "Jordan" of "Puerto Jordan"
    cut = {s.country for s in cuts}

    def guessed(p: Participant | None) -> bool:  # an actor (or its country) read off a name that is no country
        where = participant_span(p)
        if p is None or (where is not None and any(spans_overlap(s.start, s.end, *where) for s in cuts)):
            return p is not None
        return p.country_basis == "place" and p.country in cut

    # an armed group's country is where it comes from, not where it acts ("Uzbek militants")
    said_of = event.target if _verbal(event) and event.source is not None else None  # not where it is said
    actors = {  # a country inferred from the story ("five passengers" of a Russian strike) steers nothing
        p.country
        for p in (event.source, event.target)
        if p is not None
        and p is not said_of
        and p.country
        and p.sector not in _NON_STATE_SECTORS
        and p.country_basis in {None, "stated"}
        and not guessed(p)
        and not (p is event.target and p.sector is None and _violent(event))  # "kidnapped a Chinese engineer in X"
    }
    ctx = {**base, **{c: ACTOR_WEIGHT for c in actors}}
    attacker = _attacker_country(event) or _agent_country(article, event)
    if attacker is not None:  # violence happens on the victims' side more often than the attacker's
        ctx[attacker] = _ATTACKER
    speaker = event.source.country if event.source is not None and _verbal(event) else None
    if speaker:  # a statement is made on the speaker's side: "Pakistan accused India over Kashmir"
        ctx[speaker] = _SPEAKER
    counts = countries if countries is not None else story_countries(article, gazetteer)
    story = _story_country(counts, event, gazetteer, attacker)
    if story is not None and story.country:  # "5 Pak soldiers killed near the LoC": the Pakistani side
        ctx[story.country] = max(ctx.get(story.country, 0.0), _STORY)

    trigger = trigger_token(article, event)
    fallback: dict[str, Any] | None = None
    tied: list[dict[str, Any]] = []
    if trigger is not None:
        # a place after the last of conjoined verbs is theirs all: "looted shops and burned houses in X"
        verbs = [trigger, *(c for c in trigger.conjuncts if c.pos_ == "VERB" and c.i > trigger.i)]
        for verb in verbs:
            outer: list[dict[str, Any]] = []  # "Kunduz" of "in Chahar Dara district of Kunduz": the container
            for tok in tied_objects(verb):
                found = tied_place(article, gazetteer, tok, spans, ctx)
                if found is not None and (verb is trigger or found["precision"] != "country"):
                    # a conjunct's country ("wound 4 near Iran border") is no place of ours
                    (outer if object_of_unit(tok) else tied).append(found)
            tied = tied or outer
            if tied:
                break
        spans.sort(key=lambda s: abs(s.tokens[0] - trigger.i))
    territory = territory_place(article, gazetteer, event, spans, ctx)
    if territory is not None:
        tied.append(territory)  # "raided the Jenin camp in the West Bank": the target place is finer
    if tied:  # the finest: "in Rafah in the southern Gaza Strip" is Rafah
        best = min(tied, key=finest_record)
        return home_area(article, gazetteer, best, spans, ctx) or best
    resolved: list[tuple[PlaceSpan, Place]] = []
    for s in spans:
        place = None if s.participant else resolve_span(gazetteer, s, ctx)
        if place is not None:
            resolved.append((s, place))
    resolved.sort(key=lambda sp: PRECISION_RANK[sp[1].precision])  # stable: nearest first within a rank
    if speaker:  # a place abroad in another clause is what is spoken of ("wells that dried up in Somalia"), not where
        home = actors | {speaker}
        resolved = [
            (span, place)
            for span, place in resolved
            if set(place.countries) & home or not in_other_clause(article.doc, span.tokens, trigger)
        ]
    dateline = dateline_place(article.dateline, gazetteer, ctx) if article.dateline else None
    for span, place in resolved:
        if not actors or set(place.countries) & actors:
            if place.precision == "country" and dateline is not None and place.country in dateline.countries:
                return place_record(dateline, ctx, article.dateline, "dateline")  # finer, same country
            return place_record(place, sided_context(ctx, span), span.text, "sentence")
    if resolved:
        fallback = place_record(resolved[0][1], sided_context(ctx, resolved[0][0]), resolved[0][0].text, "sentence")
    if dateline is not None and (not actors or set(dateline.countries) & actors):
        return place_record(dateline, ctx, article.dateline, "dateline")
    if _verbal(event):  # where a statement was made is not its speaker's country: the dateline, a place or none
        if dateline is not None:
            return place_record(dateline, ctx, article.dateline, "dateline")
        return fallback
    target = event.target
    stated = target is not None and target.country_basis in {None, "stated"}
    if _nationals(article, target):  # "expelled three French diplomats", "killed two French tourists": not France
        target = None
    if stopped_weapons(event):  # "shot down 52 Russian drones": over the interceptor's side, not Russia
        target = None
    if (
        target is not None
        and target.country
        and target.sector not in _NON_STATE_SECTORS
        and stated
        and not guessed(target)
    ):
        country = gazetteer.country(target.country)
        if country is not None:
            return place_record(country, ctx, target.text, "target")
    if attacker is not None and story is not None and story.country != attacker:
        if dateline is not None and story.country in dateline.countries:  # "ODESA - Russian drones hit the port"
            return place_record(dateline, ctx, article.dateline, "dateline")  # finer, the story's country
        return place_record(story, ctx, None, "story")  # "Indian shelling kills two, says Pakistan army"
    if fallback is not None and _violent(event):  # "a Russian drone hit a bus in Kherson": where it landed
        return fallback
    if target is not None and target.country and target.sector not in _NON_STATE_SECTORS and not guessed(target):
        country = gazetteer.country(target.country)
        if country is not None:
            return place_record(country, ctx, target.text, "target")
    source = event.source
    if source is not None and source.country and source.sector not in _NON_STATE_SECTORS and not guessed(source):
        country = gazetteer.country(source.country)
        if country is not None:
            return place_record(country, ctx, source.text, "source")
    if fallback is not None:
        return fallback
    if dateline is not None:
        return place_record(dateline, ctx, article.dateline, "dateline")
    if story is not None:
        return place_record(story, ctx, None, "story")
    for via, participant in (("target", target), ("source", event.source)):
        if (
            participant is not None and participant.country and not guessed(participant)
        ):  # last: an armed group's home ("Pak militants")
            country = gazetteer.country(participant.country)
            if country is not None:
                return place_record(country, ctx, participant.text, via)
    found = _people_country(article, event, gazetteer, ctx)
    if found is None and (event.location or {}).get("country") in cut:
        return {}  # the coder's own guess read the country in "Puerto Jordan" too: no place rather than it
    return found


def _people_country(
    article: Article, event: Event, gazetteer: Gazetteer, ctx: dict[str, float]
) -> dict[str, Any] | None:
    """Last of all, the one country of the people the event's sentence names though they are neither side
    ("Infighting leaves five Pakistani militants dead", "16 Pak terrorists killed in air strikes"), marked as
    taken from an actor; None when they are of no country or of several."""
    found = {
        m.actor.country
        for m in in_sentence(article, event.sentence_index)
        if m.kind == "nominal"
        and m.actor is not None
        and m.actor.country
        and m.actor.country_basis != "place"  # read off a place name that placed nothing
    }
    if len(found) != 1:
        return None
    country = gazetteer.country(next(iter(found)))
    return place_record(country, ctx, None, "actor") if country is not None else None


def _countries_in(article: Article, event: Event, text: str) -> set[str]:
    """Countries that the actor mentions inside ``text`` (a place name of the event's sentence) name."""
    if not text:
        return set()
    return {
        m.actor.country
        for m in in_sentence(article, event.sentence_index)
        if m.actor is not None and m.actor.country and m.text in text
    }


def _attacker_country(event: Event) -> str | None:
    """The source's country of a violent event whose target is not of that country (or unknown)."""
    source = event.source.country if event.source is not None else None
    target = event.target.country if event.target is not None else None
    if event.source is not None and event.source.country_basis == "place":
        return None  # "security forces ... in Hangu" are of wherever Hangu is: no other side's
    if not _violent(event) or not source or source == target:
        return None
    if event.source is not None and event.source.sector in _HOME_SECTORS:
        return None  # police act in their own country: "Pakistan police kill 3 militants near the border"
    return source


def _agent_country(article: Article, event: Event) -> str | None:
    """The country named on the means of an unattributed violent act: "killed by Indian shelling",
    "died in Indian firing" (the modifier of the agent or the event noun)."""
    if event.source is not None or not _violent(event):
        return None
    trigger = trigger_token(article, event)
    if trigger is None:
        return None
    nouns = [trigger] if trigger.pos_ == "NOUN" else []
    for prep in (c for c in trigger.children if c.dep_ in {"agent", "prep"} and c.lower_ in {"by", "in", "from"}):
        nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    nouns += [c for c in trigger.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]  # "India firing kills a woman"
    target = event.target.country if event.target is not None else None
    for noun in nouns:
        for mod in noun.children:
            if mod.dep_ not in {"amod", "compound", "nmod", "poss"} or mod.i > noun.i:
                continue
            for m in covering(article, mod.idx):
                if m.actor is not None and m.actor.country:
                    return m.actor.country if m.actor.country != target else None
    return None


def _national_means(article: Article, event: Event) -> str | None:
    """The country of a bare national adjective on the means of a violent act ("Indian shelling", "killed
    by Thai artillery fire"): it marks the fire as the other side's, so that country is no place of the event.
    A national noun phrase ("Indian troops", "Nigerian police") is a side that may act at home: None."""
    doc = article.doc
    if doc is None or not _violent(event):
        return None
    target = participant_span(event.target)
    for m in in_sentence(article, event.sentence_index):
        if m.kind != "demonym" or m.actor is None or not m.actor.country:
            continue
        if target is not None and spans_overlap(m.start, m.end, *target):
            continue  # the victims' nationality ("two Thai soldiers") is the place's, not the attacker's
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        i = span.end
        while i < len(doc) and doc[i].lower_ in subset("force_nouns", "weapons"):
            i += 1  # "Thai artillery fire", "Azerbaijani drone strike"
        if i < len(doc) and doc[i].lemma_.lower() in subset("force_nouns", "foreign_fire"):
            return str(m.actor.country)
    return None


def _verbal(event: Event) -> bool:
    """A statement, appeal or other verbal act (CAMEO quad classes 1 and 3), or a political concession told
    without a place (080-083: "resigned", "ended her campaign" happen where the sentence says, or nowhere)."""
    code = str((event.cameo or {}).get("code") or "")
    return (event.cameo or {}).get("quad_class") in (1, 3) or code[:3] in {"080", "081", "082", "083"}


def _violent(event: Event) -> bool:
    return (event.cameo or {}).get("root") in _VIOLENT_ROOTS or (event.plover or {}).get("type") == "ASSAULT"


def story_countries(article: Article, gazetteer: Gazetteer) -> dict[int, Counter[str]]:
    """Countries each sentence names (sentence index -> counts): the countries of its actors, except
    armed groups (their country is where they come from, not where they act), and country names no
    actor mention covers ("Pak forces"). Computed once per article (``GeoStage``)."""
    counts: dict[int, Counter[str]] = {}
    covered: list[tuple[int, int]] = []
    for m in article.mentions:
        if m.actor is None or not m.actor.country or m.actor.country_basis == "place":
            continue  # a country guessed from a place name ("Hangu") tells nothing of where the place is
        covered.append((m.start, m.end))
        if article.doc is not None and m.head is not None and is_escape_goal(article.doc[m.head]):
            continue  # "before fleeing towards the Malian border": where they went, not where they acted
        if m.actor.sector in _NON_STATE_SECTORS or (
            m.kind == "place" and (not names_country(m.text, gazetteer) or name_part(article, m.start, m.end))
        ):
            continue
        counts.setdefault(m.sentence_index, Counter())[m.actor.country] += 1
    doc = article.doc
    if doc is not None:
        starts = sorted(covered)
        for sent in article.sentences:
            span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
            for tok in span if span is not None else ():
                if tok.pos_ != "PROPN" or any(a <= tok.idx < b for a, b in starts):
                    continue
                place = gazetteer.lookup(tok.text, alternates=False)
                if place is not None and place.precision == "country" and place.country:
                    counts.setdefault(sent.index, Counter())[place.country] += 1
    return counts


def _story_country(
    counts: dict[int, Counter[str]], event: Event, gazetteer: Gazetteer, attacker: str | None
) -> Place | None:
    """The country the event's sentence (else the article) names most, other than the attacker's
    ("Pak forces kill 28 militants" is in Pakistan), or None when two tie."""
    whole: Counter[str] = Counter()
    for c in counts.values():
        whole.update(c)
    for found in (Counter(counts.get(event.sentence_index, {})), whole):
        if attacker is not None and len(found) > 1:
            found.pop(attacker, None)
        ranked = found.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return gazetteer.country(ranked[0][0])
    return None


_ARMED_NATIONALS = frozenset({"MIL", "COP", "REB", "INS", "UAF", "SPY"})


def _nationals(article: Article, p: Participant | None) -> bool:
    """Is ``p`` people told by their nationality ("three French diplomats", "a British tourist", "the German
    ambassador"): a common noun with a demonym on it, whose country says who they are, not where they were?"""
    where = participant_span(p)
    if where is None or article.doc is None:
        return False
    span = article.doc.char_span(*where, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root
    if head.dep_ == "amod" and head.ent_type_ == "NORP" and head.head.pos_ == "NOUN":
        head = head.head  # the target is the demonym alone: "detained two Ukrainian contractors"
    if p is None or p.sector in _ARMED_NATIONALS:
        return False  # "ambushed Israeli soldiers": forces are most often on their side or where they are sent
    return head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in head.children)
