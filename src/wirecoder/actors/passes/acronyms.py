"""Passes ``actors.acronyms.v1`` and ``actors.acronym_variants.v1``: acronyms the article defines
("the Joint Border Council (JBC)") and unknown acronyms one letter off a defined one ("IAE" after "IEA")."""

from __future__ import annotations

from ...article import Actor
from ..coref import acronym_variant, copy_actor
from ..state import Found, ResolutionState
from ..syntax import abbreviates, slug
from .registry import register


@register("actors.acronyms.v1")
def acronym_definitions(s: ResolutionState) -> None:
    """ "Long Name (ABC)": ABC names the same actor for the rest of the article; unknown long names become
    article-local actors."""
    doc = s.doc
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")":
            continue
        acr = doc[i + 1].text
        if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 8):
            continue
        long_form = s.named_at(i - 1)
        if long_form is None or long_form.mention.kind == "acronym":
            long_form = _long_form_nominal(s, i - 1)
        if long_form is None or not abbreviates(acr, long_form.mention.text):
            continue
        if long_form.mention.actor is None:
            long_form.mention.actor = _local_org(s, long_form)
            long_form.mention.via = "local"
            long_form.is_group = True
        _define(s, i, acr, long_form)


def _define(s: ResolutionState, i: int, acr: str, long_form: Found) -> None:
    """``acr`` (token ``i + 1``, inside brackets) and every later use of it name ``long_form``'s actor."""
    actor = long_form.mention.actor
    assert actor is not None
    s.acronyms[acr] = actor
    short = s.named_at(i + 1)
    if short is None:
        short = s.add(i + 1, i + 1, "acronym")
    short.mention.actor = copy_actor(actor)
    short.mention.via = "acronym"
    short.is_group, short.is_person = long_form.is_group, long_form.is_person
    for f in s.found:
        if f.first > i + 2 and f.mention.text == acr:
            f.mention.actor, f.mention.via = copy_actor(actor), "acronym"
            f.is_group, f.is_person = long_form.is_group, long_form.is_person
    for j in range(i + 3, len(s.doc)):
        if s.doc[j].text == acr and s.named_at(j) is None:
            g = s.add(j, j, "acronym")
            g.mention.actor, g.mention.via = copy_actor(actor), "acronym"
            g.is_group, g.is_person = long_form.is_group, long_form.is_person


@register("actors.acronym_variants.v1")
def acronym_variants(s: ResolutionState) -> None:
    """Unknown acronyms close to one defined or used in the article ("IAE" for "IEA") follow it."""
    for tok in s.doc:
        f = s.named_at(tok.i)
        if f is not None and (f.mention.actor is not None or f.first != f.last):
            continue
        variant = acronym_variant(tok.text, s.acronyms)
        if variant is None:
            continue
        if f is None:
            f = s.add(tok.i, tok.i, "acronym")
        f.mention.actor, f.mention.via = copy_actor(variant), "acronym-variant"
        f.is_group = True


def _long_form_nominal(s: ResolutionState, last: int) -> Found | None:
    """An unknown capitalised name just before "(ABC)" that NER missed: "Joint Border Council (JBC)"."""
    first = last
    while first - 1 >= 0 and (s.doc[first - 1].is_title or s.doc[first - 1].lower_ in ("of", "for", "and")):
        first -= 1
    while first <= last and not s.doc[first].is_title:
        first += 1
    if last - first < 1 or any(s.named_at(k) for k in range(first, last + 1)):
        return None
    return s.add(first, last, "name", label="ORG")


def _local_org(s: ResolutionState, f: Found) -> Actor:
    """An article-local organisation: country from a country named in it, sector from an agent noun in it."""
    span = s.doc[f.first : f.last + 1]
    country, sector = None, None
    for tok in span:
        for hit in s.kb.lookup(tok.text):
            if hit.kind in ("country", "adjective", "capital") and country is None:
                country = hit.key
        agent = s.kb.agent((tok.lemma_.casefold(),)) or s.kb.agent((tok.lower_,))
        if agent and sector is None:
            sector = agent.sector
    if country is None and sector is not None:
        country = s.context_country()
    name = span.text
    return Actor(f"local:{slug(name)}", name, country, sector, (country or "") + (sector or "") or None, None)
