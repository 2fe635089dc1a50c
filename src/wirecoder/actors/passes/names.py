"""Pass ``actors.names.v1``: named mentions, from KB aliases (longest match wins) and named entities."""

from __future__ import annotations

from typing import Any

from ..kb import _HIT_ORDER, Hit, KnowledgeBase, normalise
from ..sectors import sector_named
from ..state import Found, ResolutionState
from ..syntax import DETERMINERS, place_preps
from .longer_names import PLACE_HITS, after_region_prefix, inside_longer_name, inside_water_name
from .registry import register

NER_LABELS = {"PERSON", "ORG", "NORP", "GPE", "FAC"}
# Words after a name that make it an area whatever the entity tagger said ("Kebbi state").
_AREA_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "oblast"})


def alias_matches(kb: KnowledgeBase, doc: Any, max_words: int) -> dict[tuple[int, int], list[Hit]]:
    """(start, end) token spans whose text is a KB alias -> what they name; the longest per start.

    One-token matches must be capitalised ("US" is not "us"), longer ones must start or end with a capital."""
    toks = list(doc)
    norms = [normalise(t.text) if not (t.is_space or "\n" in t.text) else None for t in toks]
    found: dict[tuple[int, int], list[Hit]] = {}
    n_tok = len(toks)
    index = kb.index
    starts = kb.alias_starts()
    mixed_only = kb.mixed_case_only()
    article_only = kb.article_only()
    upper_only = kb.upper_only()
    stop = n_tok  # first index >= i where a line break or space token cuts phrases
    for i in range(n_tok - 1, -1, -1):
        if norms[i] is None:
            stop = i
        first = toks[i]
        norm = norms[i]
        if not norm or norm.split(" ", 1)[0] not in starts or first.is_punct or first.lower_ in DETERMINERS:
            continue
        for n in range(min(max_words, stop - i), 0, -1):
            last = toks[i + n - 1]
            if not norms[i + n - 1] or last.is_punct:
                continue  # never end on punctuation or on a possessive "'s"
            if n == 1:
                if not first.text[:1].isupper() or (norm in mixed_only and not _has_inner_capital(first.text)):
                    continue  # "us" is not "US", a plain "Let" is not "LeT"
                if norm in article_only and not _titled(doc, i):
                    continue  # "Hindu and Muslim groups" name no newspaper; "The Hindu reported" does
                if norm in upper_only and not first.text.isupper() and _name_part(kb, doc, i):
                    continue  # "Un" of "Kim Jong Un" is a person's name, not the UN
            elif not (first.text[:1].isupper() or last.text[:1].isupper()):
                continue
            key = " ".join(w for w in norms[i : i + n] if w)
            hits = index.get(key)
            if hits:
                found[(i, i + n)] = list(hits)
                break
    return found


def _name_part(kb: KnowledgeBase, doc: Any, i: int) -> bool:
    """Whether the word at ``i`` ends or continues a person's name: inside a longer PERSON entity, or after a
    capitalised word that names nothing the KB knows (a given name: "Kim Jong Un", "Ahmed Au")."""
    tok = doc[i]
    if tok.ent_type_ == "PERSON" and any(e.start < i or e.end > i + 1 for e in doc.ents if e.start <= i < e.end):
        return True
    if i == 0:
        return False
    prev = doc[i - 1]
    if not (prev.is_alpha and prev.is_title and prev.pos_ == "PROPN"):
        return False
    key = normalise(prev.text)
    return key in kb.given_names or key not in kb.index


def _titled(doc: Any, i: int) -> bool:
    """Whether the one word at ``i`` of a title with its article ("The Hindu") is written with it, and is no
    group of people modifying a noun or joined to another ("the Hindu and Muslim communities")."""
    tok = doc[i]
    if i == 0 or doc[i - 1].lower_ != "the":
        return False
    modifier = tok.dep_ in {"amod", "nmod", "compound"} or any(c.dep_ == "conj" for c in tok.children)
    return not (tok.ent_type_ == "NORP" and modifier)


def _has_inner_capital(text: str) -> bool:
    return any(c.isupper() for c in text[1:])


def _indefinite(doc: Any, i: int, last: int | None = None) -> bool:
    """Whether the name at tokens ``i..last`` follows "a"/"an" as the head of its noun phrase, naming a
    kind ("an Islamic Emirate"), not an actor; as a modifier ("a UN envoy") it still names the actor."""
    if i == 0 or doc[i - 1].lower_ not in ("a", "an"):
        return False
    end = doc[last if last is not None else i]
    return end.dep_ not in ("compound", "amod", "nmod", "poss")


@register("actors.names.v1")
def named_mentions(s: ResolutionState) -> None:
    """Every KB alias (not inside a longer PERSON entity), then every named entity not already covered."""
    taken = _alias_mentions(s)
    _entity_mentions(s, taken)


def _alias_mentions(s: ResolutionState) -> set[int]:
    from spacy.util import filter_spans

    doc = s.doc
    groups = alias_matches(s.kb, doc, s.max_words)
    ents = list(doc.ents)
    persons = [e for e in ents if e.label_ == "PERSON"]
    chosen = filter_spans(
        [
            doc[a:b]
            for a, b in groups
            if not any(
                p.start <= a and b <= p.end and (b - a) < len(p) and groups[(a, b)][0].kind != "entry" for p in persons
            )
        ]
    )
    taken: set[int] = set()
    for span in chosen:
        hits = sorted(
            groups[(span.start, span.end)],
            key=lambda h: (not h.overlay, _HIT_ORDER.get(h.kind, 9), h.key in s.kb.secondary_ids),
        )
        if _indefinite(doc, span.start, span.end - 1) and hits and hits[0].kind == "entry":
            continue  # "an Islamic Emirate", "a Hezbollah": a kind of thing, not the named actor
        if hits and hits[0].kind in PLACE_HITS and inside_longer_name(doc, span.start, span.end):
            continue  # "Praia" of "Mocimboa da Praia": a part of another place's name names no country
        if hits and hits[0].kind in PLACE_HITS and inside_water_name(doc, span.start, span.end):
            continue  # "China" of "the South China Sea": the sea is the place
        if hits and hits[0].kind != "entry" and after_region_prefix(doc, span.start):
            continue  # "American" of "the Inter-American Commission": a region's word, no country
        ent_label = next((e.label_ for e in ents if e.start <= span.start and span.end <= e.end), None)
        place = _place_start(s, span.start, span.end)
        if place is not None:  # "Ismail Khan" of "Dera Ismail Khan": the whole name is a place
            first, iso3 = place
            _add_named(s, first, span.end - 1, [Hit("place", iso3)], "GPE")
            taken.update(range(first, span.end))
            continue
        _add_named(s, span.start, span.end - 1, hits, ent_label)
        taken.update(range(span.start, span.end))
    return taken


def _place_start(s: ResolutionState, start: int, end: int) -> tuple[int, str] | None:
    """The first token and the country of a place name that the alias at [start, end) ends ("Dera" of "Dera
    Ismail Khan"), or None when the capitalised words before it make no place the gazetteer knows."""
    if s.place_country is None:
        return None
    for first in range(start - 1, max(-1, start - 3), -1):
        tok = s.doc[first]
        if not tok.is_title or tok.pos_ != "PROPN" or tok.is_sent_start:
            return None
        iso3 = s.place_country(s.doc[first:end].text)
        if iso3:
            return first, iso3
    return None


def _bracket_free(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of an entity's tokens between brackets: a note's "Ghotki (Sindh" tagged as one entity is the
    town and the province, two names ("(Town, District, Province)" places of incident notes)."""
    runs, first = [], start
    for k in range(start, end + 1):
        if k == end or doc[k].text in "()[]":
            if k > first:
                runs.append((first, k))
            first = k + 1
    return runs


def _entity_mentions(s: ResolutionState, taken: set[int]) -> None:
    doc = s.doc
    for ent, (start, end) in ((e, r) for e in doc.ents for r in _bracket_free(doc, e.start, e.end)):
        if ent.label_ not in NER_LABELS:
            continue
        first, last = start, end - 1
        while first <= last and doc[first].lower_ in ("the", "a", "an"):
            first += 1
        while last >= first and doc[last].dep_ == "case" or (last >= first and doc[last].is_punct):
            last -= 1
        if first > last or any(i in taken for i in range(first, last + 1)):
            continue
        if any(doc[k].text[-1:] in "-\u2013\u2014" and len(doc[k]) > 1 for k in range(first, last + 1)):
            continue  # glued to a dateline dash ("Quetta- Security"): not a real entity
        text = doc[first : last + 1].text
        hits = s.kb.lookup(text)
        if first == last and normalise(text) in s.kb.article_only() and not _titled(doc, first):
            hits = [h for h in hits if h.kind != "entry"]  # "Hindu" of "Hindu and Muslim groups": no newspaper
        after = doc[last + 1].lower_ if last + 1 < len(doc) else ""
        root = doc[first : last + 1].root
        after_place_prep = root.dep_ == "pobj" and root.head.lower_ in place_preps()  # "near Gusau" (as PERSON)
        if (
            not hits
            and s.place_country is not None
            and (ent.label_ in ("GPE", "LOC") or after in _AREA_WORDS or after_place_prep)
        ):
            iso3 = s.place_country(text)  # "Kebbi state" tagged NORP
            hits = [Hit("place", iso3)] if iso3 else []
        if _indefinite(doc, first, last) and hits and hits[0].kind == "entry":
            continue
        if hits and hits[0].kind in PLACE_HITS and inside_longer_name(doc, first, last + 1):
            continue  # "Santa Cruz" of "Santa Cruz do Sul"
        _add_named(s, first, last, hits, ent.label_)
        taken.update(range(first, last + 1))


def _add_named(s: ResolutionState, first: int, last: int, hits: list[Hit], label: str | None) -> None:
    text = s.doc[first : last + 1].text
    kind = "acronym" if text.isupper() and len(text) <= 8 and text.replace(".", "").isalpha() else "name"
    f = s.add(first, last, kind, hits=hits, label=label)
    hit = hits[0] if hits else None
    if hit is None:
        f.is_person = label == "PERSON"
        f.is_group = label in ("ORG", "NORP")
        return
    if hit.kind == "entry":
        _type_entry(s, f, hit, kind, text)
    elif hit.kind == "place":
        f.mention.kind, f.mention.via = "place", "place"
        f.mention.actor = s.country_actor(hit.key, None)
        f.mention.actor.name = text
    elif hit.kind in ("adjective", "people"):
        f.mention.kind = "demonym"
        f.mention.via = "demonym"
        sector = sector_named("people") if hit.kind == "people" else None
        f.mention.actor = s.country_actor(hit.key, sector)
        f.is_group = hit.kind == "people"
    # countries and capitals are typed by syntax in the places pass


def _type_entry(s: ResolutionState, f: Found, hit: Hit, kind: str, text: str) -> None:
    entry = s.kb.entries[hit.key]
    f.mention.actor = entry.at(s.day, s.kb.sectors)
    f.mention.via = "kb"
    f.is_person = entry.type == "person"
    f.is_group = entry.type == "org"
    if kind == "acronym":
        s.acronyms[text] = f.mention.actor
