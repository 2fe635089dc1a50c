"""``?format=csv`` on the list routes: the rows of a JSON twin as a CSV download (events as the flat export
columns, other rows with nested values as JSON text)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from ..export.csvsafe import safe_dict

# route -> the key of its JSON twin that holds the rows
ROWS = {
    "/events": "items",
    "/actors": "items",
    "/quotes": "items",
    "/alerts": "items",
    "/dyad": "series",
    "/network": "edges",
    "/map": "points",
}


def route_of(path: str) -> str:
    return "/" if path in ("/", "/index.json") else path.removesuffix(".json")


def csv_body(path: str, data: Any) -> str | None:
    """The CSV of a list route's rows, or None when ``path`` is not a list route."""
    key = ROWS.get(route_of(path))
    if key is None or not isinstance(data, dict):
        return None
    rows = data.get(key) or []
    buf = io.StringIO()
    if route_of(path) == "/events":
        from ..export.text import write_csv

        write_csv(rows, buf)
        return buf.getvalue()
    columns: list[str] = []
    for row in rows:
        columns += [k for k in row if k not in columns]
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            safe_dict(
                {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v for k, v in row.items()}
            )
        )
    return buf.getvalue()
