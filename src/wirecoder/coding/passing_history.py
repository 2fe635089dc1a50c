"""History told in passing is no event of the story: "Mnangagwa took power in 2017 after the army removed
Mugabe" tells how he came to power; the removal, dated years before publication (``Event.background``) and told
in a clause that hangs on the sentence's statement, is background, as the Wikinews guide has it ("events
mentioned only in passing ... are not coded"). An old act that is its sentence's own point ("In 2019 the army
arrested the president.") stays, marked background.

Words: ``data/lexicon/passing_history.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Article, Event
from .lexicon import word_lists


@dataclass(frozen=True)
class _Words:
    adverbial_deps: frozenset[str]
    relative_deps: frozenset[str]
    markers: frozenset[str]
    same_clause_deps: frozenset[str]


def _words() -> _Words:
    return word_lists("passing_history", _Words)


def _token(article: Article, event: Event) -> Any:
    doc = getattr(article, "doc", None)
    start, end = (event.trigger or {}).get("start"), (event.trigger or {}).get("end")
    if doc is None or not isinstance(start, int) or not isinstance(end, int):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def in_passing(tok: Any, words: _Words) -> bool:
    """Is ``tok`` the verb of a clause subordinate to another: a relative clause, or an adverbial one with a
    time marker ("after the army removed him")? Not in a sentence the parser reads with no main verb."""
    if tok.sent.root.pos_ not in {"VERB", "AUX"}:
        return False  # no statement for the clause to hang on ("A coup removed X in 2006, ..." read as a noun's)
    seen = 0
    while tok.dep_ in words.same_clause_deps and tok.head.i != tok.i and seen < 8:
        tok, seen = tok.head, seen + 1
    if tok.dep_ in words.relative_deps:
        return True
    if tok.dep_ in words.adverbial_deps:
        return any(c.dep_ == "mark" and c.lower_ in words.markers for c in tok.children)
    return False


def drop_passing_history(article: Article) -> None:
    """Drop the background events told in a clause subordinate to their sentence's statement."""
    words = _words()
    kept = []
    for e in article.events:
        tok = _token(article, e) if e.background else None
        if tok is not None and in_passing(tok, words):
            continue
        kept.append(e)
    article.events = kept
