"""Pass ``actors.groups.v1``: a named party, movement or group the KB does not know ("the United Renewal
Front", "Democrats") takes the story's country when its sentence names no other, as event data gives every
actor one; the same precautions as for unknown persons (``persons.story_country_of``), and none for a name
of a region or of many states (data: unknown_groups.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ...article import Actor
from ...errors import DataError
from ...yamlfiles import data_path, read_yaml
from ..state import Found, ResolutionState
from ..syntax import slug
from .armed_names import armed_names
from .persons import PERSON_VIA, story_country_of
from .registry import register

# NER labels of names that can be a domestic group: organisations and political or religious groups.
GROUP_LABELS = frozenset({"ORG", "NORP"})
# Prepositions that make a name a venue, not an actor: "reached the Megastore", "a fire inside the bank".
VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near", "into"})
# The story's country must be named in this many times as many sentences as any other country: a group
# is placed by the story alone, so a story about two countries gives none.
LEAD = 2.0


@dataclass(frozen=True)
class GroupWords:
    international: re.Pattern[str]
    plural_suffix: str


@cache
def group_words() -> GroupWords:
    """The word lists of ``data/actors/unknown_groups.yaml``."""
    path = data_path("actors", "unknown_groups.yaml")
    data = read_yaml(path)
    words = data.get("international_words") if isinstance(data, dict) else None
    suffix = data.get("plural_suffix") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words) or not isinstance(suffix, str):
        raise DataError(str(path), "'international_words' must be a list of words and 'plural_suffix' a string")
    alternation = "|".join(re.escape(w.casefold()) for w in sorted(words, key=len, reverse=True))
    return GroupWords(re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), suffix)


def domestic_name(f: Found, doc_text: str) -> bool:
    """Whether a name the KB lacks can be one country's group: not a region's or many states' name (nor an
    acronym the text spells out as one), and a one-word political or religious group name only in the plural."""
    words = group_words()
    text = f.mention.text.casefold().replace("-", " ")
    if words.international.search(text):
        return False
    for spelled in re.finditer(rf"([^.()]{{1,80}})\(\s*{re.escape(f.mention.text)}\s*\)", doc_text):
        if words.international.search(spelled.group(1).casefold().replace("-", " ")):
            return False  # "African Continental Free Trade Area (AfCFTA)": AfCFTA is as international
    return f.label != "NORP" or f.first != f.last or text.endswith(words.plural_suffix)


@register("actors.groups.v1")
def unknown_groups(s: ResolutionState) -> None:
    """Give each named organisation or group with no actor the story's country (precision first)."""
    for f in list(s.found):
        if f.mention.actor is not None or f.consumed or f.mention.kind != "name" or f.label not in GROUP_LABELS:
            continue
        if f.hits or not f.mention.text[:1].isupper() or not domestic_name(f, s.doc.text):
            continue
        if f.last + 1 < len(s.doc) and s.doc[f.last + 1].text == ":":
            continue  # a label ("Source: ..."), not someone acting
        if _a_venue(s, f) or s.doc[f.last].lemma_.lower() in armed_names().nouns:
            continue  # a venue; or "... Revolutionary Army", left to the armed-group rule (armed_names.py)
        iso3 = story_country_of(s, f)
        if iso3 is None or not _leads(s, iso3):
            continue
        name = f.mention.text
        f.mention.actor = Actor(f"local:{slug(name)}", name, iso3, None, None, None, s.story_basis())
        f.mention.via = PERSON_VIA


def _leads(s: ResolutionState, iso3: str) -> bool:
    """Whether the article's mentions name ``iso3`` in ``LEAD`` times as many sentences as any other country."""
    sentences: dict[str, set[int]] = {}
    for g in s.found:
        country = g.mention.actor.country if g.mention.actor is not None else None
        if country:
            sentences.setdefault(country, set()).add(g.mention.sentence_index)
    own = len(sentences.get(iso3, ()))
    return all(own >= LEAD * len(k) for c, k in sentences.items() if c != iso3)


def _a_venue(s: ResolutionState, f: Found) -> bool:
    """Whether the name is the object of a place preposition: a shop or a building there, not a group acting."""
    head = s.doc[f.mention.head] if f.mention.head is not None else s.doc[f.last]
    return head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPOSITIONS
