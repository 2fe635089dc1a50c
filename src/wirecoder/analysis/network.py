"""The actor network: who acts on whom, as weighted directed edges.

Nodes are actors keyed by actor id (else CAMEO actor code, else country); ``by="country"`` keys
them by country instead. An edge ``source -> target`` has ``weight`` = number of (factual) events
and ``goldstein`` = their mean Goldstein score (negative: hostile, positive: cooperative).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..query import _check_date, _since, _until
from ..store import schema
from .series import factual

if TYPE_CHECKING:
    from ..store import Store

E = schema.events


def _node(row: Any, side: str, by: str) -> tuple[str, dict[str, Any]] | None:
    country, cameo, actor_id = row[f"{side}_country"], row[f"{side}_cameo"], row[f"{side}_actor_id"]
    key = country if by == "country" else (actor_id or cameo or country)
    if not key:
        return None
    if by == "country":
        return key, {"id": key, "name": key, "country": key, "sector": None, "cameo": key}
    name = row[f"{side}_name"] or row[f"{side}_text"] or key
    return key, {"id": key, "name": name, "country": country, "sector": row[f"{side}_sector"], "cameo": cameo}


def network(
    store: Store, since: str | None = None, until: str | None = None, min_weight: int = 1, by: str = "actor"
) -> dict[str, Any]:
    """``{"nodes": [{id, name, country, sector, cameo, events}], "edges": [{source, target, weight,
    goldstein}]}`` over events in [since, until], keeping edges with at least ``min_weight`` events."""
    if by not in ("actor", "country"):
        raise ValueError(f"by={by!r}: use 'actor' or 'country'")
    cols = [E.c.goldstein]
    for side in ("source", "target"):
        cols += [E.c[f"{side}_{k}"] for k in ("actor_id", "name", "text", "country", "sector", "cameo")]
    stmt = select(*cols).where(*factual())
    if since:
        stmt = stmt.where(_since(_check_date(since, "since")))
    if until:
        stmt = stmt.where(_until(_check_date(until, "until")))
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    with store.engine.connect() as conn:
        for row in conn.execute(stmt).mappings():
            src, tgt = _node(row, "source", by), _node(row, "target", by)
            if src is None or tgt is None:
                continue
            for key, info in (src, tgt):
                nodes.setdefault(key, info)
            edge = edges[(src[0], tgt[0])]
            edge[0] += 1
            if row["goldstein"] is not None:
                edge[1] += row["goldstein"]
                edge[2] += 1
    kept = [
        {"source": s, "target": t, "weight": int(w), "goldstein": round(g / n, 3) if n else None}
        for (s, t), (w, g, n) in edges.items()
        if w >= min_weight
    ]
    kept.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    degree: dict[str, int] = defaultdict(int)
    for e in kept:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    out_nodes = [{**nodes[k], "events": degree[k]} for k in sorted(degree, key=lambda k: (-degree[k], k))]
    return {"nodes": out_nodes, "edges": kept}
