"""The read-only routes. Each is registered twice: ``/x.json`` (JSON, in the OpenAPI spec) and ``/x``
(HTML for browsers, JSON for ``Accept: application/json``); one function serves both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from .. import analysis, query
from . import aggregates
from .highlight import segments
from .responses import respond

router = APIRouter()
# route -> its response model in ``models.py`` (the OpenAPI schema of the JSON twin)
_MODELS = {
    "/": "Dashboard",
    "/events": "EventPage",
    "/articles/{article_id}": "ArticleDetail",
    "/actors": "ActorList",
    "/quotes": "QuotePage",
    "/dyad": "DyadSeries",
    "/alerts": "AlertList",
    "/network": "Network",
    "/map": "MapData",
    "/stats": "Stats",
}

Code = Annotated[str | None, Query(max_length=200)]
Day = Annotated[date | None, Query(description="ISO date YYYY-MM-DD")]
Freq = Annotated[Literal["week", "month"], Query(description="Period of the series")]


_CSV_PARAM = {
    "name": "format",
    "in": "query",
    "required": False,
    "description": "csv: the listed rows as a CSV download",
    "schema": {"type": "string", "enum": ["json", "csv"]},
}


def twin(path: str, summary: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register ``fn`` at ``path.json`` (JSON, documented with its typed response model) and at ``path``
    (HTML or JSON by Accept)."""
    from . import models
    from .tables import ROWS

    model = _MODELS.get(path)

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        json_path = "/index.json" if path == "/" else path + ".json"
        responses: dict[int | str, dict[str, Any]] = {200: {"model": getattr(models, model)}} if model else {}
        if path in ROWS:
            responses[200]["content"] = {"text/csv": {"schema": {"type": "string"}}}
        extra = {"parameters": [_CSV_PARAM]} if path in ROWS else None
        router.add_api_route(
            json_path,
            fn,
            methods=["GET"],
            summary=summary,
            response_class=JSONResponse,
            responses=responses,
            openapi_extra=extra,
        )
        router.add_api_route(path, fn, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
        return fn

    return register


def store_of(request: Request) -> Any:
    return request.app.state.store


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise HTTPException(422, "since is after until")


def _page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, str | None]:
    """URLs of the previous and next pages, keeping the other query parameters."""

    def at(new_offset: int) -> str:
        params = [(k, v) for k, v in request.query_params.multi_items() if k != "offset" and v]
        return f"{request.url.path}?{urlencode([*params, ('offset', str(new_offset))])}"

    return {
        "prev": at(max(0, offset - limit)) if offset > 0 else None,
        "next": at(offset + limit) if offset + limit < total else None,
    }


def _joined(values: list[str] | None) -> str | None:
    """Checkbox lists (``include=negated&include=future``) and comma lists (``include=negated,future``) alike."""
    words = [w for v in values or [] for w in v.split(",") if w.strip()]
    return ",".join(words) if words else None


class FlagFilters:
    """Minimum confidence, flagged kinds of event and date precision: the filters every event view shares,
    with ``query.EventQuery``'s semantics (flagged events are left out unless ``include`` names them)."""

    def __init__(
        self,
        include: Annotated[
            list[str] | None,
            Query(
                max_length=100,
                description="Also list flagged events (left out by default): negated, hypothetical, future, "
                "background; comma-separated or repeated, or all",
            ),
        ] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Minimum coder confidence")] = None,
        precision: Annotated[
            list[str] | None,
            Query(max_length=100, description="Date precisions: day, week, month, year (comma-separated or repeated)"),
        ] = None,
    ) -> None:
        self.values: dict[str, Any] = {
            "include": query.parse_choices(_joined(include) or "none", query.FLAGS, "include"),
            "min_confidence": min_confidence,
            "precision": query.parse_choices(_joined(precision), query.PRECISIONS, "precision"),
        }


class EventFilters:
    """The ``EventQuery`` fields as validated query parameters."""

    def __init__(
        self,
        flags: Annotated[FlagFilters, Depends()],
        actor: Annotated[str | None, Query(max_length=200, description="Actor name or code (PAK, PAKGOV)")] = None,
        dyad: Annotated[
            str | None, Query(max_length=200, pattern=r"^[^-\s]+-[^-\s]+$", description="Two actors: PAK-AFG")
        ] = None,
        type: Annotated[str | None, Query(max_length=100, description="PLOVER type, CAMEO code or ACLED type")] = None,
        since: Day = None,
        until: Day = None,
        place: Annotated[str | None, Query(max_length=200)] = None,
        article_id: Annotated[str | None, Query(max_length=64)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 50,
        offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
    ) -> None:
        _check_range(since, until)
        self.values: dict[str, Any] = {
            **flags.values,
            "actor": actor or None,
            "dyad": dyad or None,
            "type": type or None,
            "since": _iso(since),
            "until": _iso(until),
            "place": place or None,
            "article_id": article_id or None,
            "limit": limit,
            "offset": offset,
        }

    def query(self) -> Any:
        return query.EventQuery(**self.values)


@twin("/", "Dashboard summary: counts, busiest dyads, countries for the dyad picker")
def dashboard(request: Request) -> Response:
    store = store_of(request)
    data = {
        "counts": store.counts(),
        "dyads": aggregates.top_dyads(store, 20),
        "countries": aggregates.countries(store),
    }
    return respond(request, "dashboard.html", data, title="Dashboard")


@twin("/events", "Events matching the filters, newest first, paginated")
def list_events(request: Request, filters: Annotated[EventFilters, Depends()]) -> Response:
    store = store_of(request)
    q = filters.query()
    total = query.count_events(store, q)
    limit, offset = filters.values["limit"], filters.values["offset"]
    data = {
        "total": total,
        "limit": limit,
        "offset": offset,
        "filters": {k: v for k, v in filters.values.items() if k not in ("limit", "offset")},
        "items": query.events(store, q),
    }
    return respond(request, "events.html", data, title="Events", pages=_page_links(request, total, limit, offset))


@twin("/articles/{article_id}", "One article: text, events and quotes with their character offsets")
def show_article(
    request: Request,
    article_id: str,
    event: Annotated[str | None, Query(max_length=64, description="Event id to highlight")] = None,
) -> Response:
    record = query.article(store_of(request), article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id}")
    evs = record.get("events") or []
    selected = next((e for e in evs if str(e.get("id")) == event), None) if event else None
    parts = segments(record.get("text") or "", evs, record.get("quotes") or [], event)
    return respond(
        request, "article.html", record, title=record.get("title") or article_id, segments=parts, selected=selected
    )


@twin("/actors", "Actors in the database, optionally matching a search string")
def list_actors(
    request: Request,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or code")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> Response:
    items = query.actors(store_of(request), q or None, limit)
    return respond(request, "actors.html", {"q": q, "items": items}, title="Actors")


@twin("/quotes", "Who said what about whom: quotes, by speaker and by who they are about")
def list_quotes(
    request: Request,
    speaker: Code = None,
    about: Code = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
) -> Response:
    items = query.quotes(store_of(request), speaker or None, about or None, limit, offset)
    data = {"speaker": speaker, "about": about, "limit": limit, "offset": offset, "items": items}
    more = len(items) == limit
    pages = _page_links(request, offset + limit + (1 if more else 0), limit, offset)
    return respond(request, "quotes.html", data, title="Quotes", pages=pages)


@twin("/dyad", "Time series of one dyad: events, summed Goldstein, counts by PLOVER type and quad class")
def dyad(
    request: Request,
    flags: Annotated[FlagFilters, Depends()],
    a: Annotated[str | None, Query(max_length=100, description="First actor or country, e.g. PAK")] = None,
    b: Annotated[str | None, Query(max_length=100, description="Second actor or country, e.g. AFG")] = None,
    freq: Freq = "week",
) -> Response:
    store = store_of(request)
    filters = query.EventQuery(**flags.values)
    series = analysis.dyad_series(store, a, b, freq=freq, filters=filters) if a and b else []
    data = {"a": a, "b": b, "freq": freq, "filters": flags.values, "series": series}
    flag_query = urlencode(
        [(k, v) for k, v in request.query_params.multi_items() if k in ("min_confidence", "include", "precision") and v]
    )
    return respond(
        request,
        "dyad.html",
        data,
        flag_query=flag_query,
        title=f"Dyad {a}–{b}" if a and b else "Dyad",
        countries=aggregates.countries(store),
        dyads=aggregates.top_dyads(store, 10),
    )


@twin("/alerts", "Escalation alerts: periods whose conflict intensity exceeds the dyad's trailing baseline")
def list_alerts(
    request: Request,
    freq: Freq = "week",
    window: Annotated[int | None, Query(ge=2, le=520, description="Periods in the trailing baseline")] = None,
    threshold: Annotated[float | None, Query(gt=0, le=1000, description="How far above baseline")] = None,
    dyad: Annotated[
        str | None, Query(max_length=200, pattern=r"^[^-\s]+-[^-\s]+$", description="Only this dyad")
    ] = None,
) -> Response:
    kwargs: dict[str, Any] = {"freq": freq, "dyad": dyad or None}
    if window is not None:
        kwargs["window"] = window
    if threshold is not None:
        kwargs["threshold"] = threshold
    items = analysis.alerts(store_of(request), **kwargs)
    data = {"freq": freq, "window": window, "threshold": threshold, "dyad": dyad, "items": items}
    return respond(request, "alerts.html", data, title="Alerts")


@twin("/network", "Actor network: who acts on whom, with weighted edges")
def actor_network(
    request: Request,
    since: Day = None,
    until: Day = None,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    by: Annotated[Literal["actor", "country"], Query(description="One node per actor or per country")] = "actor",
    loops: Annotated[bool, Query(description="Show an actor's (or country's) events on itself")] = False,
) -> Response:
    _check_range(since, until)
    graph = analysis.network(store_of(request), _iso(since), _iso(until), min_weight, by=by, loops=loops)
    data = {"since": _iso(since), "until": _iso(until), "min_weight": min_weight, "by": by, "loops": loops, **graph}
    names = {n["id"]: n.get("name") or n["id"] for n in graph["nodes"]}
    return respond(request, "network.html", data, title="Network", names=names)


@twin("/map", "Event counts per place (lat/lon) and per country, for the map")
def event_map(request: Request, since: Day = None, until: Day = None) -> Response:
    _check_range(since, until)
    places = aggregates.event_places(store_of(request), _iso(since), _iso(until))
    data = {"since": _iso(since), "until": _iso(until), **places}
    return respond(request, "map.html", data, title="Map")


@twin("/stats", "Counts by type, month and country; an aggregate table (?by=country,year&sum=fatalities)")
def show_stats(
    request: Request,
    flags: Annotated[FlagFilters, Depends()],
    by: Annotated[
        str,
        Query(
            max_length=200,
            description="Group the table by these, comma-separated: " + ", ".join(analysis.aggregate_dimensions()),
        ),
    ] = "country,year",
    sum: Annotated[str, Query(max_length=100, description="Sum these per row: fatalities, goldstein")] = "fatalities",
    format: Annotated[Literal["json", "csv"] | None, Query(description="csv: the aggregate table as CSV")] = None,
    since: Day = None,
    until: Day = None,
    place: Annotated[str | None, Query(max_length=200)] = None,
    type: Annotated[str | None, Query(max_length=100, description="PLOVER type, CAMEO code or ACLED type")] = None,
) -> Response:
    _check_range(since, until)
    store = store_of(request)
    q = query.EventQuery(
        type=type or None,
        since=_iso(since),
        until=_iso(until),
        place=place or None,
        **flags.values,
    )
    rows = analysis.aggregate(store, by, sum, q)
    if format == "csv":
        import io

        from ..analysis.aggregate import write_csv

        buf = io.StringIO()
        write_csv(rows, buf)
        name = "wirecoder-stats-" + "-".join(w.strip() for w in by.split(",") if w.strip()) + ".csv"
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    data = {**analysis.stats(store), "table": {"by": by, "sum": sum, "rows": rows}, "filters": flags.values}
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in ("format", "by", "sum") and v]
    csv_url = "/stats.json?" + urlencode([*params, ("by", by), ("sum", sum), ("format", "csv")])
    return respond(
        request, "stats.html", data, title="Stats", csv_url=csv_url, dimensions=analysis.aggregate_dimensions()
    )
