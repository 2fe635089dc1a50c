"""Pass ``actors.short_names.v1``: a body named again by the last words of its full name ("the Commission" after
"the European Commission", "the Tribunal" after "the Special Tribunal for ...") is the same actor, when exactly
one earlier name of the article ends so (and the KB knows it). A person's name is left to the surname passes,
and a short name that is itself a country, capital or KB alias keeps what it names."""

from __future__ import annotations

from ..coref import copy_actor
from ..state import Found, ResolutionState
from .registry import register

# NER labels of a short name that can stand for a body named in full before.
SHORT_LABELS = frozenset({"ORG", "NORP", "FAC", "GPE"})


def _words(text: str) -> list[str]:
    words = text.split()
    return words[1:] if words and words[0].lower() == "the" else words


def _ends_with(full: Found, short: list[str]) -> bool:
    """Whether the full name's words end with the short name's, and are more of them."""
    words = _words(full.mention.text)
    return len(words) > len(short) and words[-len(short) :] == short


@register("actors.short_names.v1")
def short_names(s: ResolutionState) -> None:
    """ "Fico accused the Commission" after "the European Commission froze funds": the European Commission."""
    for f in s.found:
        if f.mention.actor is not None or f.hits or f.consumed or f.is_person or f.mention.kind != "name":
            continue
        short = _words(f.mention.text)
        if not short or f.label not in SHORT_LABELS or not all(w[:1].isupper() for w in short):
            continue
        fuller = [g for g in s.found if g.first < f.first and not g.is_person and _ends_with(g, short)]
        known = {
            g.mention.actor.actor_id: g for g in fuller if g.mention.actor is not None and g.mention.actor.actor_id
        }
        if len(known) == 1 and len(_longer_names(s, f.first, short)) == 1:  # "the Electoral Commission" too: none
            (full,) = known.values()
            f.mention.actor, f.mention.via = copy_actor(full.mention.actor), "coref"


def _longer_names(s: ResolutionState, before: int, short: list[str]) -> set[str]:
    """The longer capitalised names written before token ``before`` that end with the short name's words."""
    doc, n, names = s.doc, len(short), set()
    for i in range(before - n + 1):
        if [t.text for t in doc[i : i + n]] != short:
            continue
        j = i
        while j > 0 and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ != "the" and not doc[j - 1].is_sent_start:
            j -= 1
        if j > 0 and doc[j - 1].is_sent_start and doc[j - 1].text[:1].isupper() and doc[j - 1].lower_ != "the":
            j -= 1
        if j < i:
            names.add(" ".join(t.text for t in doc[j : i + n]))
    return names
