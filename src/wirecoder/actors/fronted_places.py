"""A place fronting a clause ("In New Delhi, the government rejected the threat"): the place the clause is told
from frames its unowned subject, as a dateline does, in a story that names two countries. Such a place weighs as a
nominal's own place phrase (``ResolutionState.local_country_basis``), and a bare "the government" of that clause
is not the antecedent government of another country told before (``passes.nominals``)."""

from __future__ import annotations

from .own_places import in_fronted_place
from .state import COUNTRY_HITS, Found, ResolutionState


def fronted_countries(s: ResolutionState, f: Found) -> set[str]:
    """The countries of the places in an "In X," phrase fronting the clause whose subject is ``f``."""
    if f.mention.head is None:
        return set()
    head = s.doc[f.mention.head]
    return {
        str(g.hits[0].key)
        for g in s.in_sentence(f.mention.sentence_index)
        if g is not f
        and g.mention.kind == "place"
        and g.hits
        and g.hits[0].kind in COUNTRY_HITS
        and g.mention.head is not None
        and in_fronted_place(head, s.doc[g.mention.head])
    }
