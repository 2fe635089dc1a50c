"""Visits at home: going to a town of one's own country is travel, not a diplomatic visit (CAMEO 042).

"The Canadian prime minister visited Kyiv" is a visit to Ukraine; "the senator visited Kenosha" or "the
minister travelled to the flood-hit district" is a trip at home that event data does not record.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..yamlfiles import data_path, read_yaml

_TRIP_CODES = frozenset({"042", "043"})  # CAMEO make / host a visit (040, consult, is also a meeting)


def _known(p: Any) -> bool:
    """A participant the actor base knows, or one with a country or a sector other than plain people; one typed
    only by the place or the story ("protesters" in a story from Hong Kong) is not known."""
    if p.country_basis not in {None, "stated"}:
        return False
    return bool(p.actor_id or p.name or p.country or p.sector not in {None, "CVL"})


def home_visit(code: str, sources: list[Any], targets: list[Any], codes: frozenset[str]) -> bool:
    """Is a visit (``codes``: the pattern set's ``home_visit_codes``) aimed only at places of its source's
    own country, or made by someone no actor stands for ("Smith travelled to New York", "some marchers headed for
    the tower")? A visit to a person or a body, or a known actor's visit abroad, is kept."""
    if code not in codes:
        return False
    if not targets:  # a trip somewhere no actor stands for is told only of a known actor (a meeting stays)
        return code in _TRIP_CODES and bool(sources) and not any(_known(s.participant) for s in sources)
    places = [t for t in targets if t.mention is not None and t.mention.kind == "place"]
    if len(places) != len(targets):
        return False
    if sources and not any(s.mention is not None for s in sources):
        return True  # a trip by a name or a group no actor stands for
    home = {s.participant.country for s in sources if s.participant.country}
    return len(home) == 1 and all(t.participant.country in home for t in places)


_TRIP_PREPS = frozenset({"in", "to", "into"})


@cache
def _trip_words(key: str) -> frozenset[str]:
    """A word list of places/visit_host.yaml (which the geo stage's visit host reads too): ``visitor_sectors``, a
    state's or a party's envoys (troops or police arriving abroad deploy and visit no one); ``visit_lemmas``, verbs
    of travel; ``talk_purposes``, what a diplomatic trip goes "for"."""
    return frozenset(str(w) for w in read_yaml(data_path("places", "visit_host.yaml"))[key])


def trip_abroad(tok: Any, code: str, sources: list[Any], mentions: list[Any], config: Any) -> bool:
    """Is a visit verb with no one named (``home_visit_codes``) a trip abroad by a state's or a party's person or
    body (``_visitor_sectors``): "Kenya's president arrived in Beijing", "the Argentine president arrived in
    Lima"? Its own in/to phrase must name a place of another country than its visitor's; the geo stage takes
    that country as the host. Such a trip is an event though the subject is a title, not a name."""
    if code not in config.home_visit_codes:
        return False
    sectors = _trip_words("visitor_sectors")
    home = {
        s.participant.country for s in sources if s.participant.country and str(s.participant.sector or "") in sectors
    }
    if len(home) != 1:
        return False
    objs = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in _TRIP_PREPS for o in p.children]
    for obj in (o for o in objs if o.dep_ == "pobj"):
        for m in mentions:
            country = m.actor.country if m.actor is not None else None
            if m.kind == "place" and country and country not in home and m.start <= obj.idx < m.end:
                return True
    return False


def _for_talks(tok: Any) -> bool:
    """Does the travel verb go "for" talks ("flew to Nairobi for consultations")?"""
    preps = (p for p in tok.children if p.dep_ == "prep" and p.lower_ == "for")
    return any(o.lemma_.lower() in _trip_words("talk_purposes") for p in preps for o in p.children if o.dep_ == "pobj")


def untold_trip(trig: Any, sources: list[Any], targets: list[Any], mentions: list[Any], config: Any) -> bool:
    """Is a hand-written travel frame ("flew to Seoul", "landed in Abuja": a ``home_visit_codes`` code) with no
    one named as visited anything but a trip abroad by a state's or a party's person (``trip_abroad``)? Such a
    flight at home ("Kenya's president landed in Nairobi") is no event, as PETRARCH2's travel verbs are dropped when
    they name no target. A traveller of no known country ("the trade delegation flew to Nairobi for consultations")
    keeps the trip when it goes for talks (``talk_purposes``), as PETRARCH2's travel frames did: whether it goes
    abroad is unknown, and "the governor flew to Denver for a campaign event" stays none. A place taken as the target
    (the flight's destination) names no one visited."""
    if trig.frame is None or trig.code not in config.home_visit_codes:
        return False
    if any(t.mention is None or t.mention.kind != "place" for t in targets):
        return False
    if trig.token.lemma_ not in _trip_words("visit_lemmas"):
        return False
    if not any(s.participant.country for s in sources) and _for_talks(trig.token):
        return False
    return not trip_abroad(trig.token, trig.code, sources, mentions, config)


def travel_lemmas() -> frozenset[str]:
    """Verbs of travel (``visit_lemmas`` of places/visit_host.yaml)."""
    return _trip_words("visit_lemmas")
