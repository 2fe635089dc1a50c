"""A town tied to the act that the gazetteer finds only abroad, in a country the story never names, while the
same sentence names an area of a country the story is about ("attacked the town of Petite-Riviere in Haiti's
Artibonite region", the gazetteer knowing only a Petite Riviere in Mauritius): the area of the story's country
is the place, not the namesake abroad. A city of its own standing (``_CITY_PEOPLE`` or more) is no namesake: "talks on
Kashmir in Tashkent" stay in Tashkent."""

from __future__ import annotations

from typing import Any

from ..article import Article
from .gazetteer import Gazetteer
from .sentence_places import PlaceSpan, place_record, resolve_span, sided_context

_FINE = frozenset({"place", "district", "province"})
_CITY_PEOPLE = 100_000  # a city this big is where the text says, even in a country the story names nowhere else


def home_area(
    article: Article, gazetteer: Gazetteer, found: dict[str, Any], spans: list[PlaceSpan], ctx: dict[str, float]
) -> dict[str, Any] | None:
    """The sentence's place in a country of the story, standing for ``found`` (a tied place in a country with no
    weight in ``ctx``: named nowhere in the story), or None when ``found`` stays."""
    country = found.get("country")
    if not country or found.get("precision") == "country" or ctx.get(country, 0.0) > 0.0:
        return None
    own = gazetteer.lookup(str(found.get("name") or ""))
    if own is not None and own.kind == "place" and own.population >= _CITY_PEOPLE:
        return None
    for span in spans:
        if span.participant or found.get("text") and span.text == found.get("text"):
            continue
        place = resolve_span(gazetteer, span, ctx)
        if place is None or place.precision not in _FINE or not any(ctx.get(c, 0.0) > 0.0 for c in place.countries):
            continue
        return place_record(place, sided_context(ctx, span), span.text, "sentence")
    return None
