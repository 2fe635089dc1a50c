"""The ``actors`` stage: find who the article talks about and resolve each mention to an actor.

Public API: ``ActorStage`` (the pipeline stage), ``load_kb`` / ``KnowledgeBase`` (the actor knowledge
base, "kb.v1" plus an optional user overlay), ``resolve_name`` (one name at one date, for the CLI's
``actors search``) and ``Resolver`` (the per-article resolution, reusable outside a pipeline).

Each ``Mention`` has ``kind`` ("name", "acronym", "nominal", "pronoun", "demonym", "place"), ``head`` (the
spaCy token index of its head) and ``via``, how its actor was found: "kb" (an alias), "kb-surname" (the
one KB person with that surname), "acronym" (defined in the text), "acronym-variant" ("IAE" after "IEA"),
"local" (an article-local organisation), "country" / "capital" (a state acting: its government),
"place" / "dateline" (a location: country only, no sector), "demonym", "nominal" (an agent-noun phrase
typed by its modifiers), "context" (typed with the sentence's or story's country), "apposition" (a role
noun and a name), "bracket" ("They [TTP]") or "coref" (surnames, pronouns, "the group"). Unresolved
mentions have ``actor=None`` and ``via=None``. Roles resolve at the article's date (publication, else the
latest date in the text); ``KnowledgeBase.entry_actor(id, date)`` gives an actor at another date.
"""

from __future__ import annotations

from collections.abc import Callable

from ..article import Article
from ..settings import Settings
from ..stage import Stage
from .kb import KnowledgeBase, load_kb, normalise
from .names import resolve_name
from .overlay import active_overlay
from .resolve import Resolver, reference_date

__all__ = ["ActorStage", "KnowledgeBase", "Resolver", "load_kb", "normalise", "reference_date", "resolve_name"]


class ActorStage(Stage):
    """Fills ``article.mentions`` with resolved actors (see ``resolve.py`` for the rules).

    ``Settings.state_sector``: sector of a country name acting, "GOV" (default) or None
    for the bare country code (PETRARCH's convention)."""

    name = "actors"
    requires = ("doc", "times")
    assigns = ("mentions",)

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        from ..nlp import load_spacy

        self.kb = load_kb(settings.actors, active_overlay(settings.actors_overlay))
        self.resolver = Resolver(
            self.kb,
            load_spacy(settings.spacy_model),
            settings.state_sector,
            place_country=gazetteer_countries(settings),
        )

    def __call__(self, article: Article) -> Article:
        article.mentions = self.resolver(article)
        return article


def gazetteer_countries(settings: Settings) -> Callable[[str], str | None]:
    """The country of a place name by the gazetteer (opened on first use): a province or district, or a
    town of at least 5,000 people, by its own name (not a GeoNames alternate); country names are the KB's
    business."""
    from ..geo import load_gazetteer

    alias_path = settings.places_aliases

    def country(text: str) -> str | None:
        place = load_gazetteer(alias_path).lookup(text, alternates=False)  # no exonyms: "Boni" is not Bonn
        if place is None or place.precision == "country" or not place.country:
            return None
        if place.precision == "place" and place.population < 5000 and place.source != "alias":
            return None
        return str(place.country)

    return country
