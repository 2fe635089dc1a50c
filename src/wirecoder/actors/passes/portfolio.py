"""A title's portfolio: in "British Special Envoy for Ruritania Jane Doe" or "the ambassador to Zorland,
John Roe", the country after "for"/"to" is the one the person deals with, not their own; their own is the
nationality or country word of the title before it."""

from __future__ import annotations

from ..state import COUNTRY_HITS, Found, ResolutionState

PORTFOLIO_PREPOSITIONS = frozenset({"for", "to"})


def _country_at(s: ResolutionState, k: int) -> tuple[Found, str] | None:
    """The mention at token ``k`` and the country it names (a country word or a nominal of a country)."""
    g = s.named_at(k)
    if g is None:
        return None
    if g.hits and g.hits[0].kind in COUNTRY_HITS:
        return g, g.hits[0].key
    actor = g.mention.actor
    if g.mention.kind == "nominal" and actor is not None and actor.country and g.mention.via == "demonym":
        return g, actor.country
    return None


def portfolio(s: ResolutionState, f: Found) -> tuple[set[int], str | None]:
    """For a name right after "<title> for/to <country>": the portfolio country's token heads (never the
    person's own) and the country of the title before it, if the title names one."""
    doc = s.doc
    k = f.first - 1
    heads: set[int] = set()
    while k >= 0 and (got := _country_at(s, k)) is not None and got[0].mention.kind != "nominal":
        heads.add(got[0].mention.head if got[0].mention.head is not None else k)
        k = got[0].first - 1
    if (
        not heads
        or k < 1
        or doc[k].lower_ not in PORTFOLIO_PREPOSITIONS
        or not doc[k - 1].text[:1].isupper()
        or doc[k - 1].is_sent_start
    ):
        return set(), None
    own: set[str] = set()
    j = k - 1
    while j >= 0 and (doc[j].text[:1].isupper() or doc[j].text in ("-", "'s")) and not doc[j].is_sent_start:
        got = _country_at(s, j)
        if got is not None:
            own.add(got[1])
        j -= 1
    if doc[j].is_sent_start and (got := _country_at(s, j)) is not None:
        own.add(got[1])
    return heads, own.pop() if len(own) == 1 else None
