"""Finding actor mentions in an article and resolving them, in context, against the knowledge base.

``Resolver`` makes one ``ResolutionState`` per article (``state.py``) and runs the passes of
``passes/`` over it in the order ``data/actors/passes.yaml`` lists (by default):

1. named mentions: KB aliases (normalised n-gram lookup, longest match wins) and named entities;
2. acronyms defined in the text ("National Security Committee (NSC)") and their near-miss variants;
3. country and capital names: acting ("Pakistan accused", "Kabul said" -> GOV) or a place ("in Pakistan");
4. the dateline: its names are places and the story's default country;
5. namesakes by where the sentence is placed ("Taliban" in Bannu), and persons the KB lacks (a nationality
   in their phrase, else the story's country);
6. one-word person names -> the full name used elsewhere in the article;
7. in text order: agent-noun phrases ("40 Pakistani soldiers", "the spokesman for the IEA"), their
   appositions and titles ("..., Zabihullah Mujahid"), definite descriptions ("the group") and pronouns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..article import Article, Mention
from .kb import Hit, KnowledgeBase
from .passes import passes
from .passes.names import alias_matches
from .state import Found, ResolutionState, reference_date

__all__ = ["Found", "ResolutionState", "Resolver", "reference_date"]


class Resolver:
    """Resolves the mentions of one article after another against one knowledge base.

    Alias matching is a longest-match lookup of normalised token n-grams in the KB's alias index (no
    per-alias pattern objects: building stays instant with tens of thousands of aliases). One-token
    matches must be capitalised ("US" is not "us"), longer ones must start or end with a capital.
    """

    def __init__(
        self,
        kb: KnowledgeBase,
        nlp: Any = None,
        state_sector: str | None = "GOV",
        place_country: Callable[[str], str | None] | None = None,
        pass_names: tuple[str, ...] | None = None,
    ) -> None:
        """``state_sector``: the sector of a country or capital name acting ("Pakistan accused ...");
        "GOV" (the default: PAKGOV) or None (the bare country code PAK, as PETRARCH and the CAMEO manual do).
        ``place_country``: the country (ISO-3) of a place name the KB does not know ("Benue", "Kharkiv"),
        from the gazetteer; it types the place as a location and gives nearby nominals their country.
        ``pass_names``: the passes to run, in order (default: ``data/actors/passes.yaml``)."""
        self.kb = kb
        self.state_sector = state_sector
        self.place_country = place_country
        self.max_words = min(10, max((len(k.split()) for k in kb.index), default=1))
        self.passes = passes(pass_names)

    def __call__(self, article: Article) -> list[Mention]:
        doc = article.doc
        if doc is None:
            return []
        state = ResolutionState(self.kb, article, doc, self.state_sector, self.place_country, self.max_words)
        for step in self.passes:
            step(state)
        return state.mentions()

    def matches(self, doc: Any) -> dict[tuple[int, int], list[Hit]]:
        """(start, end) token spans whose text is a KB alias -> what they name; the longest per start."""
        return alias_matches(self.kb, doc, self.max_words)
