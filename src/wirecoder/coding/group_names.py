"""The name of a group that the actor base lacks or matched only in part, as the text writes it.

"The Autonomous Anti-Capitalist Commandos claimed the attack": no actor, and the parser may tag no entity,
yet the capitalised noun phrase names the claimant. "Revolutionary Cells of Solidarity" is one name even
when the actor base knows a "Revolutionary Cells": the longer name is another group, kept as text only
(its country then comes from the incident's place, as for any unlisted actor).
"""

from __future__ import annotations

import itertools

from ..article import Article, Mention
from .constants import Token

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_REGION_PREPS = frozenset({"in", "of", "for"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})
# Lower-case words inside a name: "Jamaat-ul-Mujahideen", "Ansar al-Islam", "Uqba bin Nafi", "Ejercito de X"
_JOINERS = frozenset(
    {"-", "'s", "al", "el", "ul", "e", "i", "bin", "ibn", "bint", "abu", "de", "del", "da", "wa", "wal"}
)


def unlisted_name(article: Article, tok: Token, mention: Mention | None) -> Mention | None:
    """``mention``, or the capitalised name phrase ``tok`` heads when there is none or it is longer than the
    mention by an "of" part that is no place ("Cells of Solidarity")."""
    span = _name_span(tok)
    if span is None:
        return mention
    first, last = span
    doc = tok.doc
    if mention is None or _unlisted(mention):  # "Movement for X in West Africa (MUJAO)": the region is named
        told = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention is not None else None
        edge = max(last, told[-1].i) if told is not None and len(told) else last
        last = _region_before_acronym(doc, edge) or last
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    if mention is not None and not (
        end > mention.end or (start < mention.start and (_placed(mention) or _unlisted(mention)))
    ):
        return mention  # no longer than the mention, or longer only before a name of the actor base
    # (a name the base lacks takes its capitalised words before: "Ansarul Islam", not "Islam")
    if mention is None and last == first and tok.pos_ != "PROPN":
        return None
    sentence = mention.sentence_index if mention is not None else _sentence_of(article, start)
    return Mention(doc.text[start:end], start, end, sentence, "name", None, "claim-name", tok.i)


def _region_before_acronym(doc: object, last: int) -> int | None:
    """The end of a place part that a bracketed acronym closes after a name ending at ``last``: "Movement for
    Oneness and Jihad in West Africa (MUJAO)" is one name (the place is its region, not the group's seat)."""
    toks = list(doc[last + 1 : last + 10])  # type: ignore[index]
    if not toks or toks[0].lower_ not in _REGION_PREPS:
        return None
    words = toks[1:]
    if words and words[0].lower_ == "the":
        words = words[1:]
    place = [t for t in itertools.takewhile(lambda t: _capital(t) or t.lower_ in _JOINERS, words)]
    rest = words[len(place) : len(place) + 3]
    closed = len(rest) == 3 and rest[0].text == "(" and rest[2].text == ")"
    if not place or not closed or not (rest[1].text.isupper() and len(rest[1].text) >= 2):
        return None
    return int(place[-1].i)


def _unlisted(mention: Mention) -> bool:
    """A mention no actor of the base names (none, or one made from the text's own words)."""
    return mention.actor is None or (mention.actor.actor_id or "").startswith("local:")


def _placed(mention: Mention) -> bool:
    """A mention read as a place or a country ("Pakistan" of "Ittehad-ul-Mujahideen Pakistan")."""
    return mention.kind == "place" or mention.via in ("country", "place", "demonym")


def _name_span(tok: Token) -> tuple[int, int] | None:
    """Token bounds of the capitalised phrase ``tok`` heads: its capitalised modifiers and an "of" part
    whose object is capitalised and no place; None when ``tok`` is no such name. A place word heads a name
    only after other name words ("Jamaat-ul-Mujahideen Bangladesh")."""
    left = [c for c in tok.lefts if c.dep_ in _NAME_DEPS and (_capital(c) or c.lower_ in _JOINERS)]
    if not _capital(tok) or (tok.ent_type_ in _PLACE_ENTS and not any(_capital(c) for c in left)):
        return None
    first = min((c.left_edge.i for c in left), default=tok.i)
    if any(not (_capital(t) or t.lower_ in _JOINERS) for t in tok.doc[first : tok.i]):
        first = tok.i
    last = tok.i
    for prep in tok.rights:
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.dep_ == "prep" and prep.lower_ == "of" and objs and _capital(objs[0]):
            if objs[0].ent_type_ not in _PLACE_ENTS:
                last = objs[0].i
        break
    if not any(t.pos_ == "PROPN" for t in tok.doc[first : last + 1]):
        return None
    return first, last


def _capital(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")


def _sentence_of(article: Article, char: int) -> int:
    return next((s.index for s in article.sentences if s.start <= char < s.end), 0)


def incident_country(article: Article, sentence: int, lookback: int) -> str | None:
    """The one country of the places named in ``sentence``, else in the nearest sentence before it (at most
    ``lookback`` back) that names places of one country; None when none does or one names two."""
    for index in range(sentence, max(sentence - lookback, 0) - 1, -1):
        countries = {
            m.actor.country
            for m in article.mentions
            if m.sentence_index == index and m.kind == "place" and m.actor is not None and m.actor.country
        }
        if len(countries) > 1:
            return None
        if countries:
            return countries.pop()
    return None


def acronym_name(article: Article, tok: Token) -> Mention | None:
    """The whole name ``tok`` heads when a bracketed acronym of its initials closes it: "fighters of the
    Eastern Rivers People's Army (ERPA)", "the Liberation Front of the Central Plateau (LFCP)" (the acronym
    and the name's last words alone are no name of it)."""
    doc = tok.doc
    for acr in tok.subtree:
        if acr.dep_ != "appos" or not (acr.text.isupper() and acr.text.isalpha() and len(acr.text) >= 2):
            continue
        if not (acr.i and doc[acr.i - 1].text == "(" and acr.i + 1 < len(doc) and doc[acr.i + 1].text == ")"):
            continue
        first = tok.left_edge.i
        while first < acr.i and doc[first].lower_ in ("the", "a", "an"):
            first += 1
        words = doc[first : acr.i - 1]
        initials = "".join(t.text[0] for t in words if t.text[:1].isupper())
        if not words or initials != acr.text:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        return Mention(doc.text[start:end], start, end, _sentence_of(article, start), "name", None, "claim-name", tok.i)
    return None
