"""Visits at home: going to a town of one's own country is travel, not a diplomatic visit (CAMEO 042).

"The Canadian prime minister visited Kyiv" is a visit to Ukraine; "the senator visited Kenosha" or "the
minister travelled to the flood-hit district" is a trip at home that event data does not record.
"""

from __future__ import annotations

from typing import Any

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
