"""Places glued to the next line's first word: a headline run into the next one ("Two killed in raid in Tank
Large haul of arms found") leaves the place and a capitalised word of the next line as one proper name
("Tank Large"), which the tagger calls a person and no place resolves. The longest run of leading words
that the gazetteer knows is read as the place, when the name after a locative preposition is followed by
a lowercase noun, verb or adjective (the glued line goes on in sentence case: "Large haul"). Only one
capitalised word may be glued on: "in Tor Ghundai Ali on Monday" is a village the gazetteer lacks. Only a
headline-length line is read so, and not when the lowercase word modifies a noun after it: "at Abu Shouk
displacement camp" is a camp's name, no glued line."""

from __future__ import annotations

from typing import Any

from .gazetteer import Gazetteer

# Prepositions that put an event at a place.
_LOCATIVE = frozenset({"in", "near", "at", "outside", "inside"})
_CONTENT = frozenset({"NOUN", "VERB", "ADJ", "NUM"})
_LONGEST = 4  # words of a run of capitalised words read as one glued name
_HEADLINE_TOKENS = 25  # a longer sentence is prose, where a name never runs into the next line
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def glued_places(doc: Any, text: str, start: int, end: int, gazetteer: Gazetteer) -> list[tuple[str, int, int]]:
    """(name, start, end) of each known place that begins a longer unknown capitalised run after a
    locative preposition between ``start`` and ``end`` (character offsets of a sentence)."""
    found: list[tuple[str, int, int]] = []
    span = doc.char_span(start, end, alignment_mode="expand")  # the sentence's tokens, not the whole doc's
    tokens = list(span) if span is not None else [t for t in doc if start <= t.idx < end]
    if len(tokens) > _HEADLINE_TOKENS:
        return found
    for tok in tokens:
        if tok.lower_ not in _LOCATIVE or tok.i + 2 >= len(doc):
            continue
        run = []
        for k in range(tok.i + 1, min(tok.i + 1 + _LONGEST, len(doc))):
            if not doc[k].is_title or doc[k].idx >= end:
                break
            run.append(doc[k])
        after = run[-1].i + 1 if run else None
        if len(run) < 2 or after is None or after >= len(doc) or not _goes_on(doc[after]):
            continue
        whole = text[run[0].idx : run[-1].idx + len(run[-1].text)]
        if gazetteer.lookup(whole, alternates=False) is not None:
            continue  # the run is a place name of its own ("in Dera Ismail Khan district")
        stop = run[-2].idx + len(run[-2].text)
        if gazetteer.lookup(text[run[0].idx : stop], alternates=False) is not None:
            found.append((text[run[0].idx : stop], run[0].idx, stop))
    return found


def _goes_on(tok: Any) -> bool:
    """A lowercase word that carries a line on after its first word ("cache" of "Heavy cache seized")."""
    if tok.dep_ in _MODIFIER_DEPS and tok.head.i > tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        return False  # "Abu Shouk displacement camp": the capitalised run names the camp
    return bool(tok.is_lower and tok.is_alpha and tok.pos_ in _CONTENT)
