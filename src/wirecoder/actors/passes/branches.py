"""Pass ``actors.branches.v1``: a bare name whose KB entry has a namesake in the country its sentence is
placed in names the namesake ("Taliban attacked a checkpoint in Bannu": the Pakistani Taliban, not the
Afghan government of the day), as the KB's ``branches`` say. Only when every place of the sentence is in
that country, the sentence names nothing of the entry's own country and the article never names the
namesake itself (precision first)."""

from __future__ import annotations

from ..kb import normalise
from ..records import Branch
from ..sectors import sector_group
from ..state import COUNTRY_HITS, Found, ResolutionState
from .registry import register


@register("actors.branches.v1")
def namesakes(s: ResolutionState) -> None:
    """Switch each bare alias of an entry with branches to the branch of its sentence's country, unless the
    article names the branch itself ("the Taliban ... the TTP": the writer tells the two apart)."""
    named = {f.hits[0].key for f in s.found if f.hits and f.hits[0].kind == "entry"}
    for f in list(s.found):
        hit = f.hits[0] if f.hits else None
        if hit is None or hit.kind != "entry" or f.mention.via != "kb":
            continue
        entry = s.kb.entries.get(hit.key)
        if entry is None or not entry.branches:
            continue
        key = normalise(f.mention.text)
        branch = next(
            (b for b in entry.branches if key in b.aliases and b.actor in s.kb.entries and b.actor not in named), None
        )
        if branch is not None and _placed_in(s, f, branch, entry.country) and not _diplomatic(s, f):
            f.mention.actor = s.kb.entries[branch.actor].at(s.day, s.kb.sectors)
            f.mention.actor.country_basis = "place"


def _placed_in(s: ResolutionState, f: Found, branch: Branch, own: str | None) -> bool:
    """Whether the sentence names places of the branch's country only, and nothing of the entry's own."""
    placed = False
    for g in s.in_sentence(f.mention.sentence_index):
        if g is f or not g.hits:
            continue
        hit = g.hits[0]
        country = hit.key if hit.kind in COUNTRY_HITS else (g.mention.actor.country if g.mention.actor else None)
        if own is not None and country == own:
            return False  # "Pakistan urged the Taliban in Kabul ...": the entry's own country is in sight
        if g.mention.kind == "place":
            if country != branch.country:
                return False
            placed = True
    return placed


def _diplomatic(s: ResolutionState, f: Found) -> bool:
    """Whether a government speaks or acts in the sentence ("Pakistan urged", "officials in Islamabad said",
    "the foreign minister"): then the bare name is the counterpart state's ruler, not its namesake."""
    government = sector_group("government")
    for g in s.in_sentence(f.mention.sentence_index):
        if g is not f and g.mention.via in ("country", "capital"):
            return True
    sent = s.article.sentences[f.mention.sentence_index]
    span = s.doc.char_span(sent.start, sent.end, alignment_mode="expand")
    for tok in span if span is not None else []:
        agent = s.kb.agent((tok.lemma_,))
        if agent is not None and agent.sector in government:
            return True
    return False
