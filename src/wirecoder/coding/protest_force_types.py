"""The PLOVER type of an act of the protest family follows its ACLED sub-type, as the Wikinews dev gold codes
them: police dispersing a crowd ("police fired tear gas at protesters who had blocked a highway", "riot police
dispersed the march with water cannon") is a protest with intervention and COERCE, not an assault; a violent
demonstration by the protesters themselves ("youths threw stones at police during a protest") is PROTEST. Force
that kills or badly hurts protesters is excessive force and stays ASSAULT; only the PLOVER type moves (the CAMEO
code, root 17 or 14 already for these acts' families, is kept).

Words: ``data/lexicon/protest_force_types.yaml``.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Article
from .lexicon import load


@cache
def _retypes() -> dict[str, dict[str, Any]]:
    return {row["sub_event_type"]: row for row in load("protest_force_types")["retypes"]}


def force_types_of_protests(article: Article) -> None:
    """Give an intervention on a protest the type COERCE, and a violent demonstration the type PROTEST."""
    rows = _retypes()
    for i, event in enumerate(article.events):
        row = rows.get((event.acled or {}).get("sub_event_type") or "")
        if row is None or (event.plover or {}).get("type") != row["from"] or event.fatalities:
            continue
        sector = event.source.sector if event.source is not None else None
        if sector is not None and sector in row["kept_sources"]:
            continue
        article.events[i] = replace(event, plover={"type": row["to"], "mode": row["mode"]})
