"""How a route answers: the JSON twin or the HTML page, chosen by the request (shared by ``app`` and ``pages``)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates

from ..version import __version__
from .tables import ROWS, csv_body, route_of

NAV = [
    ("/", "Dashboard"),
    ("/events", "Events"),
    ("/dyad", "Dyad"),
    ("/alerts", "Alerts"),
    ("/network", "Network"),
    ("/map", "Map"),
    ("/quotes", "Quotes"),
    ("/actors", "Actors"),
    ("/stats", "Stats"),
]


def wants_json(request: Request) -> bool:
    """JSON for ``*.json`` paths and for clients that ask for JSON rather than HTML."""
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if isinstance(value, Decimal):
        return float(value)
    return jsonable_encoder(value)


def json_response(data: Any, status_code: int = 200) -> Response:
    """JSON of plain dicts and lists, encoded directly (the query layer returns JSON-ready data;
    FastAPI's recursive ``jsonable_encoder`` would cost more than the SQL on a page of events)."""
    body = json.dumps(data, default=_json_default, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), status_code=status_code, media_type="application/json")


def respond(request: Request, template: str, data: Any, status_code: int = 200, **context: Any) -> Response:
    """The JSON twin (``data``), its rows as CSV (``?format=csv`` on a list route), or the HTML page
    (``template`` rendered with ``data`` and ``context``)."""
    if request.query_params.get("format") == "csv" and status_code == 200:
        body = csv_body(request.url.path, data)
        if body is not None:
            name = "wirecoder-" + route_of(request.url.path).strip("/") + ".csv"
            return Response(
                body,
                media_type="text/csv; charset=utf-8",
                headers={"Content-Disposition": f'attachment; filename="{name}"'},
            )
    if wants_json(request):
        return json_response(data, status_code)
    templates: Jinja2Templates = request.app.state.templates
    page = {"request": request, "data": data, "nav": NAV, "version": __version__, **context}
    if "csv_url" not in page and route_of(request.url.path) in ROWS:
        # a list page offers its table as CSV (``?format=csv`` on the JSON twin)
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "format" and v]
        page["csv_url"] = route_of(request.url.path) + ".json?" + urlencode([*params, ("format", "csv")])
    return templates.TemplateResponse(request, template, page, status_code=status_code)


def safe_url(url: object) -> str:
    """``url`` if it is an http(s) link, else "" (an article's URL must not become ``javascript:``)."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else ""
