"""Where an event happened: a place phrase on the trigger, its objects or clauses, else the dateline."""

from __future__ import annotations

from typing import Any

from ..article import Article, Mention
from . import frames as fr
from .constants import LOCATION_PREPS, MODIFIER_DEPS, PLACE_ENTS, Token
from .roles import mention_for


def location(
    article: Article, trig: Token, sent_mentions: list[Mention], taken: set[int | None]
) -> dict[str, Any] | None:
    """A place tied to the event ("in Kabul", "inside Pakistan", "at a mosque in Peshawar") that is not
    one of its participants (``taken``: their start offsets), else the dateline, else None."""

    def place(holder: Token, depth: int) -> dict[str, Any] | None:
        for p in fr.children(holder, {"prep"}):
            if p.lower_ not in LOCATION_PREPS:
                continue
            for obj in fr.children(p, {"pobj"}):
                m = mention_for(article, obj, sent_mentions)
                if m is not None and m.start in taken:
                    continue
                if m is not None and (
                    m.kind == "place" or (m.actor is not None and m.actor.sector is None and m.actor.country)
                ):
                    return {"name": m.text, "country": m.actor.country if m.actor else None}
                if (m is None or m.actor is None) and obj.ent_type_ in PLACE_ENTS:
                    ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                    return {"name": ent.text if ent is not None else obj.text, "country": None}
                if depth > 0:
                    found = place(obj, depth - 1)
                    if found:
                        return found
        return None

    clauses = [
        c
        for c in trig.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "advmod" and m.lower_ in ("when", "where", "as") or m.dep_ == "mark" for m in c.children)
    ]
    for holder in [trig, *fr.objects(trig), *clauses]:
        found = place(holder, 1)
        if found:
            return found
    for mod in (c for c in trig.children if c.dep_ in MODIFIER_DEPS):
        m = mention_for(article, mod, sent_mentions)
        if m is not None and m.kind == "place" and m.start not in taken:
            return {"name": m.text, "country": m.actor.country if m.actor else None}
    if article.dateline:
        return {"name": article.dateline, "country": None}
    return None
