"""Commands that read the store: ``events`` (query), ``export`` (files in dataset layouts), ``stats``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from ..errors import WirecoderError
from . import app, fail

if TYPE_CHECKING:  # imported when used: keeps start-up light
    from ..query import EventQuery
    from ..store import Store

DbOption = Annotated[str, typer.Option("--db", help="Database: a SQLite path or a postgresql:// URL.")]
ActorOption = Annotated[
    str | None, typer.Option(help="Either side: name (substring), CAMEO code (PAKGOV, PAK), country or actor id.")
]
DyadOption = Annotated[
    str | None,
    typer.Option(
        help="Two sides, either direction: PAK-AFG (country, CAMEO code or actor id; A,B for ids with hyphens)."
    ),
]
TypeOption = Annotated[
    str | None,
    typer.Option(
        "--type", help='PLOVER type (ACCUSE), CAMEO code prefix (112, 19) or ACLED (sub-)event type ("Armed clash").'
    ),
]
SinceOption = Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive.")]
UntilOption = Annotated[str | None, typer.Option(help="Up to this date, inclusive.")]
PlaceOption = Annotated[str | None, typer.Option(help="Event location: place name (substring) or country.")]
ArticleOption = Annotated[str | None, typer.Option("--article", help="Only the events of this article id.")]
IncludeOption = Annotated[
    str,
    typer.Option(
        "--include",
        help="Also keep these flagged events (left out by default): negated, hypothetical, future, background; "
        "comma-separated, or all.",
    ),
]
MinConfidenceOption = Annotated[
    float | None, typer.Option("--min-confidence", help="Only events coded with at least this confidence (0-1).")
]
PrecisionOption = Annotated[
    str | None,
    typer.Option(
        "--precision", help="Only events dated to these precisions: day, week, month, year (comma-separated)."
    ),
]


class EventsFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"
    icews = "icews"
    acled = "acled"
    polecat = "polecat"


class StatsFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Freq(StrEnum):
    week = "week"
    month = "month"


def open_store(db: str) -> Store:
    """Open an existing database, or exit with a one-line message saying how to make one."""
    from ..store import Store

    if "://" not in db and not Path(db).expanduser().exists():
        fail(f"no database at {db}: create one with `wirecoder demo --db {db}` or `wirecoder code FILE --db {db}`")
    try:
        return Store(db, read_only=True)
    except WirecoderError as exc:
        fail(str(exc))


def _query(
    actor: str | None,
    dyad: str | None,
    type_: str | None,
    since: str | None,
    until: str | None,
    place: str | None,
    article: str | None,
    limit: int = 100,
    offset: int = 0,
    include: str = "",
    min_confidence: float | None = None,
    precision: str | None = None,
) -> EventQuery:
    """The ``EventQuery`` of the command's options; a bad value is one line and exit 2."""
    from ..query import FLAGS, PRECISIONS, EventQuery, check_confidence, check_date, parse_choices

    try:
        for value, name in ((since, "since"), (until, "until")):
            if value:
                check_date(value, name)
        return EventQuery(
            actor=actor,
            dyad=dyad,
            type=type_,
            since=since,
            until=until,
            place=place,
            article_id=article,
            limit=limit,
            offset=offset,
            min_confidence=check_confidence(min_confidence),
            include=parse_choices(include or "none", FLAGS, "include"),
            precision=parse_choices(precision, PRECISIONS, "precision"),
        )
    except WirecoderError as exc:
        fail(str(exc))


def _who(p: dict[str, Any] | None) -> str:
    if not p:
        return "—"
    code = p.get("cameo") or "/".join(x for x in (p.get("country"), p.get("sector")) if x)
    label = p.get("name") or p.get("text") or ""
    return f"{label} [{code}]" if code else label


def _code(p: dict[str, Any] | None) -> str:
    if not p:
        return "—"
    return p.get("cameo") or p.get("country") or (p.get("name") or p.get("text") or "?")[:16]


@app.command()
def events(
    db: DbOption = "wirecoder.db",
    actor: ActorOption = None,
    dyad: DyadOption = None,
    type_: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: PlaceOption = None,
    article: ArticleOption = None,
    limit: Annotated[int, typer.Option(help="At most this many events (newest first).")] = 100,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    format: Annotated[
        EventsFormat, typer.Option("--format", "-f", help="table, jsonl (event records) or csv (flat columns).")
    ] = EventsFormat.table,
    include: IncludeOption = "",
    min_confidence: MinConfidenceOption = None,
    precision: PrecisionOption = None,
) -> None:
    """Query stored events by actor, dyad, type, dates and place."""
    from ..query import count_events
    from ..query import events as query_events

    q = _query(actor, dyad, type_, since, until, place, article, limit, offset, include, min_confidence, precision)
    store = open_store(db)
    try:
        rows = query_events(store, q)
        total = count_events(store, q)
    except WirecoderError as exc:
        fail(str(exc))
    if format is EventsFormat.jsonl:
        from ..export.text import write_jsonl

        write_jsonl(rows, sys.stdout)
    elif format is EventsFormat.csv:
        from ..export.text import write_csv

        write_csv(rows, sys.stdout)
    else:
        console = Console()
        narrow = console.width < 110  # on an 80-column terminal: codes only, no place
        table = Table(title=f"{len(rows)} of {total} events", expand=True)
        table.add_column("date", no_wrap=True)
        if narrow:
            table.add_column("who", max_width=20)
            table.add_column("event", max_width=12)
        else:
            for col, width in (("source", 22), ("event", 14), ("target", 22), ("place", 12)):
                table.add_column(col, max_width=width)
        table.add_column("evidence", ratio=1)
        for r in rows:
            cameo, plover = r.get("cameo") or {}, r.get("plover") or {}
            flags = ",".join(f for f in ("negated", "hypothetical", "future") if r.get(f))
            event = f"{cameo.get('code') or ''} {plover.get('type') or ''}".strip() + (f" [{flags}]" if flags else "")
            loc = r.get("location") or {}
            sentence = (r.get("evidence") or {}).get("sentence") or ""
            sentence = sentence[:157] + "…" if len(sentence) > 160 else sentence
            if narrow:
                who = f"{_code(r.get('source'))} → {_code(r.get('target'))}"
                table.add_row(r.get("date") or "—", who, event, sentence)
            else:
                table.add_row(
                    r.get("date") or "—",
                    _who(r.get("source")),
                    event,
                    _who(r.get("target")),
                    loc.get("name") or loc.get("country") or "",
                    sentence,
                )
        console.print(table)
        if total > offset + len(rows):
            console.print(f"{len(rows)} of {total} events; use --limit/--offset for more")
    if total > offset + len(rows) and format is not EventsFormat.table:
        typer.echo(f"{len(rows)} of {total} events; use --limit/--offset for more", err=True)


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="csv, jsonl, parquet, or the GDELT 2.0 / ICEWS / ACLED / POLECAT layouts."),
    ],
    output: Annotated[str, typer.Option("--output", "-o", help="File to write, or - for stdout.")] = "-",
    db: DbOption = "wirecoder.db",
    actor: ActorOption = None,
    dyad: DyadOption = None,
    type_: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: PlaceOption = None,
    article: ArticleOption = None,
    include: IncludeOption = "",
    min_confidence: MinConfidenceOption = None,
    precision: PrecisionOption = None,
) -> None:
    """Export every matching event as a file (see docs/exports.md for each layout)."""
    from ..export import export as run_export

    if format is ExportFormat.parquet and output == "-" and sys.stdout.isatty():
        fail("Parquet is binary: give a file with -o events.parquet")
    q = _query(actor, dyad, type_, since, until, place, article, 0, 0, include, min_confidence, precision)
    store = open_store(db)
    try:
        n = run_export(store, format.value, output, q)
    except WirecoderError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    typer.echo(f"exported {n} event(s) as {format.value}" + (f" to {output}" if output != "-" else ""), err=True)


def _print_counts(title: str, counts: dict[str, int], console: Console, top: int = 15) -> None:
    if not counts:
        return
    table = Table(title=title)
    table.add_column(title.split(" by ")[-1])
    table.add_column("events", justify="right")
    for key, n in list(counts.items())[:top]:
        table.add_row(str(key), str(n))
    if len(counts) > top:
        table.add_row("…", str(sum(list(counts.values())[top:])))
    console.print(table)


@app.command()
def stats(
    db: DbOption = "wirecoder.db",
    dyad: Annotated[str | None, typer.Option(help="Show this dyad's time series (PAK-AFG).")] = None,
    freq: Annotated[Freq, typer.Option(help="Period of the series and alerts.")] = Freq.week,
    alerts: Annotated[
        bool,
        typer.Option("--alerts", help="Show escalation alerts (z-score of conflict intensity vs a trailing window)."),
    ] = False,
    window: Annotated[int, typer.Option(help="Alerts: trailing periods in the baseline.")] = 8,
    threshold: Annotated[float, typer.Option(help="Alerts: z-score at or above which a period is flagged.")] = 2.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="Aggregate table grouped by these (comma-separated): country, admin1, year, month, event_type, "
            "sub_event_type, plover, cameo_root, quad_class, actor, target, dyad, date_precision, location_precision.",
        ),
    ] = None,
    sum_: Annotated[
        str, typer.Option("--sum", help="With --by: sum these per row (fatalities, goldstein; comma-separated).")
    ] = "fatalities",
    format: Annotated[StatsFormat | None, typer.Option("--format", "-f", help="With --by: table, json or csv.")] = None,
    actor: ActorOption = None,
    type_: TypeOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    place: PlaceOption = None,
    include: IncludeOption = "",
    min_confidence: MinConfidenceOption = None,
    precision: PrecisionOption = None,
) -> None:
    """Counts, aggregate tables (--by), a dyad's time series (--dyad) and escalation alerts (--alerts).

    ``--by country,year,event_type --sum fatalities`` groups the events and sums their fatalities."""
    from .. import analysis
    from ..query import split_dyad

    if by:
        q = _query(actor, None, type_, since, until, place, None, 0, 0, include, min_confidence, precision)
        store = open_store(db)
        try:
            rows = analysis.aggregate(store, by, sum_, q)
        except WirecoderError as exc:
            fail(str(exc))
        _print_aggregate(rows, format or (StatsFormat.json if as_json else StatsFormat.table), by)
        return
    store = open_store(db)
    console = Console()
    try:
        if dyad:
            a, b = split_dyad(dyad)
            result: Any = analysis.dyad_series(store, a, b, freq.value)
            if alerts:
                result = {"series": result, "alerts": analysis.alerts(store, freq.value, window, threshold, dyad=dyad)}
        elif alerts:
            result = analysis.alerts(store, freq.value, window, threshold)
        else:
            result = analysis.stats(store)
    except (WirecoderError, ValueError) as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if dyad:
        series = result["series"] if alerts else result
        table = Table(title=f"{dyad} by {freq.value}: {sum(p['events'] for p in series)} events")
        for col in ("period", "events", "goldstein", "quad 1-2-3-4", "PLOVER types"):
            table.add_column(col, justify="right" if col in ("events", "goldstein") else "left")
        for p in series:
            quads = "-".join(str(p["by_quad"][q]) for q in (1, 2, 3, 4))
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(p["by_plover"].items(), key=lambda kv: -kv[1]))
            table.add_row(p["period"], str(p["events"]), f"{p['goldstein_sum']:.1f}", quads, kinds)
        console.print(table)
        if alerts:
            _print_alerts(result["alerts"], console)
        return
    if alerts:
        _print_alerts(result, console)
        return
    console.print(
        f"{result['articles']} articles, {result['events']} events ({result['negated']} negated, "
        f"{result['hypothetical']} hypothetical), {result['quotes']} quotes, {result['actors']} actors, "
        f"{result['rejects']} rejected inputs"
    )
    _print_counts("events by PLOVER type", result["by_plover"], console)
    _print_counts("events by month", dict(sorted(result["by_month"].items())), console, top=36)
    _print_counts("events by country", result["by_country"], console)
    _print_counts("events by dyad", result["by_dyad"], console)


def _print_aggregate(rows: list[dict[str, Any]], format: StatsFormat, by: str) -> None:
    from ..analysis.aggregate import write_csv

    if format is StatsFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif format is StatsFormat.csv:
        write_csv(rows, sys.stdout)
    else:
        table = Table(title=f"{sum(r['events'] for r in rows)} events by {by}")
        for col in list(rows[0]) if rows else []:
            table.add_column(col, justify="right" if isinstance(rows[0][col], (int, float)) else "left")
        for r in rows:
            table.add_row(*(str(v) for v in r.values()))
        Console().print(table)


def _print_alerts(rows: list[dict[str, Any]], console: Console) -> None:
    table = Table(title=f"{len(rows)} escalation alert(s)")
    for col in ("period", "dyad", "intensity", "events", "baseline", "z"):
        table.add_column(col, justify="left" if col in ("period", "dyad") else "right")
    for r in rows:
        table.add_row(
            r["period"],
            r["dyad"],
            f"{r['intensity']:.1f}",
            str(r["events"]),
            f"{r['baseline_mean']:.1f} ± {r['baseline_sd']:.1f}",
            f"{r['z']:.1f}",
        )
    console.print(table)


@app.command()
def incidents(
    db: DbOption = "wirecoder.db",
    window_days: Annotated[int, typer.Option(help="Reports at most this many days apart can merge.", min=0)] = 1,
    radius_km: Annotated[float, typer.Option(help="Reports at most this far apart can merge.", min=0)] = 50.0,
) -> None:
    """Merge events that several stories report about one incident (code, demo, ingest do it too)."""
    from ..incidents import MergeRule
    from ..incidents import update as update_incidents

    store = open_store(db)
    try:
        result = update_incidents(store, MergeRule(window_days=window_days, radius_km=radius_km))
    except WirecoderError as exc:
        fail(str(exc))
    typer.echo(
        f"{result['assigned']} event(s) assigned, {result['joined']} joined an incident reported by another "
        f"story; {result['incidents']} incident(s) in {db}"
    )
