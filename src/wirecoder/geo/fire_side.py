"""Fire from one country lands on the other side: "Three villagers killed in Indian firing: police", "firing
from Iran kills two shepherds", "X says Y shelling kills a woman". The attacker's country named on the fire
is no place of the event; where the victims were is the reporting side's country (the government or army
that tells of its own dead: "X says", a trailing ": army" attribution) or the victims' stated country; when
the text gives neither, the event keeps no country rather than the attacker's.
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Event, Mention, Participant
from ..coding.constants import Token
from ..coding.lexicon import subset
from ..mentions import in_sentence
from .gazetteer import Gazetteer

# Roots of violence from afar: fights, shelling, shooting (CAMEO 18-20).
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Prepositions whose object on a fire noun is who fired or where from ("firing by Thai troops", "from Iran").
_ORIGIN_PREPS = frozenset({"by", "from"})
# Prepositions that carry the means of a casualty ("killed in Indian firing", "killed by shelling").
_MEANS_PREPS = frozenset({"in", "by", "from"})
# Modifiers before a noun that may name whose it is ("Indian shelling", "Indian BSF firing").
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
# Verbs of a report whose subject tells of its own side's dead ("X says", "X claims", "X reports").
_REPORT_VERBS = frozenset({"say", "claim", "report", "allege", "confirm", "accuse"})
# Sides that report for a country: its government, army, police, border forces.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})
# Weapons of strikes from the air, which say nothing of a border.
_AIR = frozenset({"air", "drone"})
# Armed groups as victims: the fire is a state's operation at home ("army shelling kills 12 militants").
_ARMED_GROUPS = frozenset({"REB", "INS", "SEP", "UAF", "CRM", "TER"})
# Nouns of a border line, whose own modifiers name its countries.
BORDER_NOUNS = frozenset({"border", "borders", "frontier", "boundary"})
# Marks that open a headline's trailing attribution ("... : army", "... - Pakistan").
_ATTRIBUTION_MARKS = (": ", " - ", " -- ")
# Words of a leading attribution: "Pakistani police: ...", "Iraq's interior ministry: ...".
_LEAD_WORDS = 5


def mend_fire_side(article: Article, event: Event, gazetteer: Gazetteer, kb: Any = None) -> None:
    """Move a violent event placed only in the attacker's country (or nowhere) to the reporting side; give
    fire with no source the forces of the country it came from ("firing from Iran": Iran's forces)."""
    if (event.cameo or {}).get("root") not in _VIOLENT_ROOTS or article.doc is None:
        return
    found = attacker_mention(article, event)
    if found is None or found.actor is None or not found.actor.country:
        return
    attacker = str(found.actor.country)
    if event.source is None and kb is not None:
        event.source = _forces(found, kb)
    if event.target is not None and event.target.sector in _ARMED_GROUPS:
        return
    location = event.location or {}
    side = victims_country(article, event, attacker)
    if location.get("country") == attacker and _shared_side(location, gazetteer, attacker, side):
        return  # a border or a disputed region: placed on the side the fire fell on
    if location.get("country") not in {None, attacker} or location.get("precision") not in {None, "country"}:
        return  # a place of its own ("in Poonch"), or already on the other side
    if side is None:
        if location.get("country") == attacker:
            event.location = None  # the text says who fired, not where: no country rather than the wrong one
        return
    place = gazetteer.country(side)
    if place is not None:
        event.location = {**place.location({}), "text": None, "via": "reporting side", "from": "actor"}


def _shared_side(location: dict[str, Any], gazetteer: Gazetteer, attacker: str, side: str | None) -> bool:
    """Put a place that several countries share ("Kashmir", "the Line of Control") on the side the fire fell
    on: the reporting side if it is one of them, else the one that is not the attacker's. False when the
    place is no shared one."""
    place = gazetteer.lookup(str(location.get("name") or ""))
    if place is None or len(place.countries) < 2 or attacker not in place.countries:
        return False
    others = [c for c in place.countries if c != attacker]
    location["country"] = side if side in others else others[0]
    return True


def _forces(mention: Mention, kb: Any) -> Participant:
    """The armed forces of the country a mention names, as the source of its fire."""
    country = str(mention.actor.country) if mention.actor is not None else None
    actor = kb.country_actor(country, "MIL", None, governing=False)
    return Participant(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        actor_id=actor.actor_id,
        name=actor.name,
        country=country,
        sector="MIL",
        cameo=actor.cameo,
        country_basis="stated",
    )


def attacker_mention(article: Article, event: Event) -> Mention | None:
    """The mention of the side that fired, as the text names it on the fire itself: a national word before
    the fire noun ("Indian shelling"), or the "by" / "from" object of it ("by Thai troops", "from Iran"); the
    source's country when the source is such a force."""
    for noun in _means_nouns(article, event):
        tokens = [
            t
            for c in noun.children
            if c.dep_ in _MODIFIERS and c.i < noun.i and not (c.lower_ in BORDER_NOUNS and _pair_before(c.doc, c.i))
            for t in c.subtree
        ]
        i = noun.i - 1
        while i >= 0 and noun.doc[i].pos_ in {"ADJ", "PROPN", "NOUN"}:  # "Indian BSF firing", however parsed
            if noun.doc[i].lower_ in BORDER_NOUNS and _pair_before(noun.doc, i):
                break  # "India-Pakistan border shelling": the two countries name the border, not who fired
            tokens.append(noun.doc[i])
            i -= 1
        for prep in (c for c in noun.children if c.dep_ in {"prep", "agent"} and c.lower_ in _ORIGIN_PREPS):
            if noun.pos_ == "VERB" and noun.tag_ != "VBG":
                continue  # "troops fired from the hills": a verb's "from" is no origin country
            tokens += [t for o in prep.children if o.dep_ == "pobj" for t in o.subtree]
        found = _country_of(article, event, tokens)
        if found is not None:
            return found
    return None


def victims_country(article: Article, event: Event, attacker: str) -> str | None:
    """The side the fire fell on: the country of the state body reporting it (subject of "says", or a
    trailing or leading attribution), else the target's stated country; None when the text names neither."""
    reporter = reporting_country(article, event, attacker)
    if reporter is not None:
        return reporter
    target = event.target
    if target is not None and target.country and target.country != attacker:
        if target.country_basis in {None, "stated"}:
            return str(target.country)
    return None


def reporting_country(article: Article, event: Event, other: str | None) -> str | None:
    """The country of the state body (government, army, police) that reports the event in its sentence: the
    subject of "says" / "claims", or a trailing (": army") or leading ("Thai police: ") attribution; not
    ``other``'s."""
    doc = article.doc
    sentence = article.sentences[event.sentence_index]
    for m in in_sentence(article, event.sentence_index):
        actor = m.actor
        if actor is None or not actor.country or actor.country == other or actor.sector not in _STATE_SECTORS:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_.lower() in _REPORT_VERBS:
            return str(actor.country)
        tail = max((sentence.text.rfind(mark) for mark in _ATTRIBUTION_MARKS), default=-1)
        if tail > 0 and m.start >= sentence.start + tail:
            return str(actor.country)
        if m.end <= sentence.start + _lead_attribution(sentence.text):  # "Thai army: shelling from ..."
            return str(actor.country)
    return None


def _pair_before(doc: Any, i: int) -> bool:
    """Whether the border noun at ``i`` follows a hyphenated pair of names ("Iran-Iraq border")."""
    return i >= 3 and doc[i - 2].text in {"-", "–"} and doc[i - 1].pos_ in {"PROPN", "ADJ"}


def _lead_attribution(text: str) -> int:
    """The length of a headline's leading attribution ("Afghan police: ...", up to its colon) when it is a
    short name (at most ``_LEAD_WORDS`` words), else 0."""
    colon = text.find(": ")
    return colon if 0 < colon and len(text[:colon].split()) <= _LEAD_WORDS else 0


def _means_nouns(article: Article, event: Event) -> list[Token]:
    """The fire nouns of the event's sentence (``foreign_fire`` and ``weapons`` of the force nouns: "firing",
    "shelling", "rockets"), which a headline's parse hangs anywhere ("killed in Indian BSF firing"). Not air
    and drone strikes: a state flies them over its own country as often as over another's."""
    sentence = article.sentences[event.sentence_index]
    span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    fire = subset("force_nouns", "foreign_fire") | (subset("force_nouns", "weapons") - _AIR)
    return [
        t
        for t in span or ()
        if (t.pos_ in {"NOUN", "PROPN"} or t.tag_ == "VBG") and (t.lemma_.lower() in fire or t.lower_ in fire)
    ]


def _country_of(article: Article, event: Event, tokens: list[Token]) -> Mention | None:
    """The first mention of the one country that the mentions over ``tokens`` name (forces, a demonym or a country), not the
    target's own words ("two Thai soldiers" are victims)."""
    if not tokens:
        return None
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)
    target = event.target
    found: dict[str, Mention] = {}
    for m in in_sentence(article, event.sentence_index):
        if m.actor is None or not m.actor.country or m.start < lo or m.end > hi:
            continue
        if target is not None and target.start is not None and target.end is not None:
            if m.start < target.end and target.start < m.end and target.country_basis in {None, "stated"}:
                continue
        if m.kind in {"demonym", "place", "name", "acronym"} or m.actor.sector in _STATE_SECTORS:
            found.setdefault(str(m.actor.country), m)
    return next(iter(found.values())) if len(found) == 1 else None
