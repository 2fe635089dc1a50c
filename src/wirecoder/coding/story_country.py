"""The country a story is about, for the people it names without one: "critics", "residents", "one person"
in a story told about one country are of that country, as event data gives every actor one."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..actors.destinations import is_destination
from ..article import Article, Mention

# A story decides its country when at least this many other sentences name it, and it leads the next by
# this factor (precision first: a story about two countries gives none).
_MIN_SENTENCES = 2
_LEAD = 2.0


def story_country(article: Article, sentence: int, mentions: list[Mention]) -> str | None:
    """The country most sentences of the article name (other than ``sentence``), when it clearly leads and
    ``sentence``'s own ``mentions`` name no other country."""
    own = {m.actor.country for m in mentions if m.actor is not None and m.actor.country}
    if len(own) > 1:
        return None
    named: Counter[str] = Counter()
    for index, countries in _countries_by_sentence(article).items():
        if index != sentence:
            named.update(countries)
    ranked = named.most_common(2)
    if not ranked or ranked[0][1] < _MIN_SENTENCES:
        return None
    if len(ranked) > 1 and ranked[0][1] < _LEAD * ranked[1][1]:
        return None
    country = ranked[0][0]
    return country if own <= {country} else None


def _countries_by_sentence(article: Article) -> dict[int, set[str]]:
    """The countries each sentence's resolved mentions are of."""
    out: dict[int, set[str]] = {}
    for m in article.mentions:
        if m.actor is not None and m.actor.country:
            out.setdefault(m.sentence_index, set()).add(m.actor.country)
    return out


def place_countries(mentions: list[Mention], doc: Any) -> set[str]:
    """The countries of the places ``mentions`` name, but for places visited or where talks are held ("flew to
    Geneva for consultations": the delegation is not Swiss; see ``actors.destinations``)."""
    return {
        m.actor.country
        for m in mentions
        if m.kind == "place"
        and m.actor is not None
        and m.actor.country
        and not (m.head is not None and is_destination(doc[m.head]))
    }
