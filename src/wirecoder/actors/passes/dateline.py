"""Pass ``actors.dateline.v1``: the names in a dateline ("Islamabad- In a statement ...", "KABUL,
Afghanistan (Reuters) — ...", or the cleaner's ``article.dateline``) are places, and the story's country."""

from __future__ import annotations

from ...article import Mention
from ..kb import Hit
from ..state import Found, ResolutionState
from ..syntax import DATELINE
from .registry import register

_PLACE_HITS = ("capital", "country", "place")


@register("actors.dateline.v1")
def dateline(s: ResolutionState) -> None:
    """Type the dateline's names as places (adding the dateline name when no mention covers it) and set
    ``state.dateline_country``."""
    region, name = _dateline_region(s)
    if not name:
        return
    hits = [h for h in s.kb.lookup(name) if h.kind in _PLACE_HITS]
    if hits:
        s.dateline_country = hits[0].key
    elif s.place_country is not None:  # a city the KB does not list ("YANGON (Reuters) -"): the gazetteer's
        s.dateline_country = s.place_country(_titled(name))
    if region is None:
        return
    s.dateline_span = region
    covered = False
    for f in s.found:
        if region[0] <= f.mention.start < region[1] and f.hits and f.hits[0].kind in _PLACE_HITS:
            f.mention.kind, f.mention.via = "place", "dateline"
            f.mention.actor = s.country_actor(f.hits[0].key, None)
            f.mention.actor.name = f.mention.text
            f.is_group = False
            covered = covered or f.mention.start == region[0]
    if covered or not hits or any(f.mention.start <= region[0] < f.mention.end for f in s.found):
        return
    _add_dateline_place(s, region[0], name, hits)


def _titled(name: str) -> str:
    """A dateline's capitals as a name is written ("DERA ISMAIL KHAN" is Dera Ismail Khan), up to its comma."""
    first = name.split(",")[0].strip()
    return " ".join(w.title() if w.isupper() else w for w in first.split())


def _dateline_region(s: ResolutionState) -> tuple[tuple[int, int] | None, str | None]:
    """The dateline's character span and name, from the first sentences or the cleaner's dateline."""
    text = s.article.text
    region: tuple[int, int] | None = None
    name: str | None = None
    for sent in s.article.sentences[:4]:
        m = DATELINE.match(text[sent.start : sent.end])
        if m:
            region, name = (sent.start + m.start(1), sent.start + m.end()), m.group(1)
            break
    if s.article.dateline:
        name = s.article.dateline
        pos = text.find(name, 0, 300)
        if region is None and pos >= 0:
            region = (pos, pos + len(name))
    return region, name


def _add_dateline_place(s: ResolutionState, start: int, name: str, hits: list[Hit]) -> None:
    end = start + len(name)
    span = s.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return
    actor = s.country_actor(hits[0].key, None)
    actor.name = name
    mention = Mention(name, start, end, s.sentence_of(start), "place", actor, "dateline", span.root.i)
    s.found.append(Found(mention, span.start, span.end - 1, hits=hits))
