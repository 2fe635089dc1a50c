"""The actor network: who acts on whom, as weighted directed edges.

Nodes are actors keyed by actor id (else CAMEO actor code, else country); ``by="country"`` keys
them by country instead. An edge ``source -> target`` has ``weight`` = number of (factual) events
and ``goldstein`` = their mean Goldstein score (negative: hostile, positive: cooperative).
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from ..query import check_date, since_condition, until_condition
from ..store import schema
from .series import factual

if TYPE_CHECKING:
    from ..store import Store

E = schema.events


_SIDE = ("actor_id", "cameo", "country", "sector")


def _fuller(node: dict[str, Any], than: dict[str, Any]) -> bool:
    """Does ``node`` describe its actor better than ``than``: a more specific CAMEO code (longer, then later in
    order), then, for the same code, the later name, country and sector, so that the node shown never depends on
    the order the database returns its rows in?"""

    def rank(n: dict[str, Any]) -> tuple[int, str, str, str, str]:
        code = n.get("cameo") or ""
        return (len(code), code, str(n.get("name") or ""), str(n.get("country") or ""), str(n.get("sector") or ""))

    return rank(node) > rank(than)


def network(
    store: Store,
    since: str | None = None,
    until: str | None = None,
    min_weight: int = 1,
    by: str = "actor",
    loops: bool = True,
) -> dict[str, Any]:
    """``{"nodes": [{id, name, country, sector, cameo, events}], "edges": [{source, target, weight,
    goldstein}]}`` over events in [since, until], keeping edges with at least ``min_weight`` events;
    ``loops=False`` leaves out an actor's (or country's) events on itself."""
    if by not in ("actor", "country"):
        raise ValueError(f"by={by!r}: use 'actor' or 'country'")
    keys = ["country"] if by == "country" else list(_SIDE)
    group = [E.c[f"{side}_{k}"] for side in ("source", "target") for k in keys]
    names = [func.max(E.c[f"{side}_{k}"]) for side in ("source", "target") for k in ("name", "text")]
    stmt = select(*group, *names, func.count(), func.sum(E.c.goldstein), func.count(E.c.goldstein))
    stmt = stmt.where(*factual()).group_by(*group)
    if since:
        stmt = stmt.where(since_condition(check_date(since, "since")))
    if until:
        stmt = stmt.where(until_condition(check_date(until, "until")))
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0, 0.0, 0])
    k = len(keys)
    with store.engine.connect() as conn:
        for row in conn.execute(stmt):
            ends = []
            for i, side in enumerate((row[:k], row[k : 2 * k])):
                info = dict(zip(keys, side, strict=True))
                key = info["country"] if by == "country" else (info["actor_id"] or info["cameo"] or info["country"])
                if not key:
                    break
                if by == "country":
                    node = {"id": key, "name": key, "country": key, "sector": None, "cameo": key}
                else:
                    name = row[2 * k + 2 * i] or row[2 * k + 2 * i + 1] or key
                    node = {
                        "id": key,
                        "name": name,
                        "country": info["country"],
                        "sector": info["sector"],
                        "cameo": info["cameo"],
                    }
                old = nodes.get(key)
                if old is None or _fuller(node, old):
                    # one actor may be coded "AFG" (named bare) and "AFGGOV", or named two ways: the node shows
                    # the fuller code (and one name), whatever order the database returns the rows in
                    nodes[key] = node
                ends.append(key)
            if len(ends) < 2:
                continue
            n, total, n_scored = row[-3], row[-2], row[-1]
            edge = edges[(ends[0], ends[1])]
            edge[0] += int(n)
            edge[1] += float(total or 0.0)
            edge[2] += int(n_scored)
    kept: list[dict[str, Any]] = [
        {"source": s, "target": t, "weight": int(w), "goldstein": round(g / n, 3) if n else None}
        for (s, t), (w, g, n) in edges.items()
        if w >= min_weight and (loops or s != t)
    ]
    kept.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    degree: dict[str, int] = defaultdict(int)
    for e in kept:
        degree[e["source"]] += e["weight"]
        degree[e["target"]] += e["weight"]
    out_nodes = [{**nodes[k], "events": degree[k]} for k in sorted(degree, key=lambda k: (-degree[k], k))]
    return {"nodes": out_nodes, "edges": kept}
