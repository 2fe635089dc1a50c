"""Pass ``actors.outlets.v1``: a place name that an outlet noun introduces ("the news agency Saba", "the
daily Al-Ahram") names the outlet, not the place: it is a name the actor base lacks, of no country and
no location. Data: ``data/actors/outlet_nouns.yaml``."""

from __future__ import annotations

from functools import cache

from ...errors import DataError
from ...yamlfiles import data_path, read_yaml
from ..state import ResolutionState
from .registry import register


@cache
def outlet_nouns() -> frozenset[str]:
    """The nouns of ``data/actors/outlet_nouns.yaml``."""
    path = data_path("actors", "outlet_nouns.yaml")
    data = read_yaml(path)
    nouns = data.get("nouns") if isinstance(data, dict) else None
    if not isinstance(nouns, list) or not all(isinstance(n, str) for n in nouns):
        raise DataError(str(path), "'nouns' must be a list of words")
    return frozenset(n.casefold() for n in nouns)


@register("actors.outlets.v1")
def outlet_names(s: ResolutionState) -> None:
    """Turn place mentions introduced by an outlet noun (a compound before the name, or the noun before it that
    the name stands in apposition to) into names of no actor; "Pakistan TV" stays the country's outlet."""
    nouns = outlet_nouns()
    for f in s.found:
        if f.mention.kind != "place" or f.mention.head is None:
            continue
        head = s.doc[f.mention.head]
        near = [c for c in head.children if c.dep_ in {"compound", "nmod"} and c.i < f.first]
        near += [head.head] if head.dep_ == "appos" and head.head.i < f.first else []  # "the agency, Saba"
        if any(t.lemma_.casefold() in nouns or t.lower_ in nouns for t in near):
            f.mention.kind, f.mention.actor, f.mention.via = "name", None, "outlet"
            f.hits = []
