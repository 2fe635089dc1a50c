"""Aggregate tables and filters: ``analysis.aggregate``, ``wirecoder stats --by``, ``/stats.json?by=``."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from pg import make_article, make_corpus, make_event
from wirecoder.analysis import aggregate
from wirecoder.query import EventQuery, QueryError


def _cells(rows, *dims):
    return {tuple(r[d] for d in dims): (r["events"], r["fatalities"]) for r in rows}


def test_aggregate_country_year_sums_fatalities_of_factual_events(corpus_store):
    rows = aggregate(corpus_store, "country,year", "fatalities")
    assert _cells(rows, "country", "year") == {
        ("AFG", "2023"): (2, 4),
        ("PAK", "2023"): (2, 7),
        ("RUR", "2022"): (1, 0),
        ("unknown", "2023"): (3, 0),  # the negated accusation is left out by default
        ("unknown", "unknown"): (1, 0),
    }
    assert list(rows[0]) == ["country", "year", "events", "fatalities"]
    assert rows[-1]["country"] == "unknown"  # unknowns sort last


def test_aggregate_filters_select_flagged_precision_and_confidence(corpus_store):
    everything = aggregate(corpus_store, "year", None, EventQuery(include=("negated",)))
    assert {r["year"]: r["events"] for r in everything}["2023"] == 8
    months = aggregate(corpus_store, "month,plover", None, EventQuery(include=(), precision=("month",)))
    assert [(r["month"], r["plover"], r["events"]) for r in months] == [("2023-02", "ACCUSE", 1)]
    assert aggregate(corpus_store, "year", None, EventQuery(include=(), min_confidence=0.9)) == []


def test_aggregate_dyad_event_type_and_actor(corpus_store):
    rows = aggregate(corpus_store, "dyad,event_type", "fatalities,goldstein")
    battles = [r for r in rows if r["event_type"] == "Battles"]
    assert [(r["dyad"], r["events"], r["fatalities"], r["goldstein"]) for r in battles] == [
        ("AFG-PAK", 1, 4, -10.0),
        ("PAK-PAK", 1, 7, -10.0),
    ]
    actors = {r["actor"] for r in aggregate(corpus_store, "actor", None)}
    assert "unknown" not in actors or len(actors) > 1


def test_aggregate_bad_names_are_query_errors(corpus_store):
    with pytest.raises(QueryError, match="--by 'planet' is not one of country"):
        aggregate(corpus_store, "country,planet")
    with pytest.raises(QueryError, match="--sum"):
        aggregate(corpus_store, "country", "wounded")
    with pytest.raises(QueryError, match="at least one"):
        aggregate(corpus_store, "")


def test_aggregate_background_events_are_left_out_by_default(any_store):
    old = make_event("bg", 0, "190", "pak-gov", "afg-gov", "1989-02-15", place=("Kunar", "AFG"), fatalities=3)
    new = make_event("bg", 1, "190", "pak-gov", "afg-gov", "2024-02-15", place=("Kunar", "AFG"), fatalities=2)
    any_store.save(make_article("bg", "2024-02-16", [old, new]))
    # the coder marks recounted history with the record field "background" (DESIGN.md), which the store
    # also keeps as a column (schema 2); set both, as saving such an event does
    from sqlalchemy import update

    from wirecoder.store import schema

    events = schema.events
    with any_store.engine.begin() as conn:
        record = json.loads(conn.execute(events.select().where(events.c.id == old.id)).mappings().one()["record"])
        record["background"] = True
        conn.execute(update(events).where(events.c.id == old.id).values(record=json.dumps(record), background=True))
    assert _cells(aggregate(any_store, "year"), "year") == {("2024",): (1, 2)}
    assert len(aggregate(any_store, "year", None, EventQuery(include=("background",)))) == 2


# -- the CLI ----------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path):
    from wirecoder.store import Store

    path = tmp_path / "agg.db"
    Store(path).save_many(make_corpus())
    return str(path)


@pytest.fixture(scope="module")
def runner():
    from wirecoder.cli import load_commands

    return CliRunner(), load_commands()


def test_aggregate_cli_csv_and_json(cli_db, runner):
    cli, app = runner
    result = cli.invoke(app, ["stats", "--db", cli_db, "--by", "country,year", "--sum", "fatalities", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {(r["country"], r["year"]): r["fatalities"] for r in rows}[("AFG", "2023")] == "4"
    result = cli.invoke(app, ["stats", "--db", cli_db, "--by", "year", "--include", "all", "--json"])
    assert {r["year"]: r["events"] for r in json.loads(result.stdout)}["2023"] == 8
    result = cli.invoke(app, ["stats", "--db", cli_db, "--by", "country", "--place", "Afghanistan"])
    assert result.exit_code == 0 and "AFG" in result.stdout and "PAK" not in result.stdout


@pytest.mark.parametrize(
    "args, words",
    [
        (["stats", "--by", "country", "--since", "2023-13-45"], "2023-13-45"),
        (["events", "--until", "2023-02-30"], "2023-02-30"),
        (["export", "-f", "csv", "--since", "soon"], "soon"),
        (["stats", "--by", "galaxy"], "galaxy"),
        (["events", "--include", "rumours"], "rumours"),
        (["events", "--min-confidence", "1.5"], "1.5"),
        (["export", "-f", "acled", "--precision", "decade"], "decade"),
    ],
)
def test_aggregate_cli_bad_filters_are_one_line(cli_db, runner, args, words):
    cli, app = runner
    result = cli.invoke(app, [*args, "--db", cli_db])
    assert result.exit_code == 2, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and words in lines[0] and "Traceback" not in result.output


def test_aggregate_cli_events_leave_flagged_out_unless_included(cli_db, runner):
    cli, app = runner
    plain = cli.invoke(app, ["events", "--db", cli_db, "--format", "jsonl", "--limit", "1000"])
    every = cli.invoke(app, ["events", "--db", cli_db, "--format", "jsonl", "--limit", "1000", "--include", "all"])
    records = [json.loads(x) for x in plain.stdout.splitlines() if x.startswith("{")]
    assert len(records) == 9 and not any(r["negated"] for r in records)
    assert len([x for x in every.stdout.splitlines() if x.startswith("{")]) == 10


# -- the API ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    httpx = pytest.importorskip("httpx")
    from web_server import live_server
    from wirecoder.store import Store
    from wirecoder.web import create_app

    path = tmp_path_factory.mktemp("agg-api") / "api.db"
    Store(path).save_many(make_corpus())
    with live_server(create_app(path)) as url:
        with httpx.Client(base_url=url, timeout=30) as client:
            yield client


def test_aggregate_api_stats_by_and_csv_download(api):
    data = api.get("/stats.json", params={"by": "country,year", "sum": "fatalities"}).json()
    table = data["table"]
    assert table["by"] == "country,year" and {"country", "year", "events", "fatalities"} == set(table["rows"][0])
    assert _cells(table["rows"], "country", "year")[("PAK", "2023")] == (2, 7)
    assert data["events"] == 10  # the store's counts are kept beside the table
    got = api.get("/stats.json", params={"by": "event_type", "format": "csv", "include": "all"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    assert "attachment" in got.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(got.text)))
    assert {r["event_type"]: r["events"] for r in rows}["Battles"] == "2"
    html = api.get("/stats", params={"by": "dyad"}, headers={"Accept": "text/html"}).text
    assert "Download CSV" in html and "format=csv" in html and "AFG-PAK" in html


@pytest.mark.parametrize(
    "params", [{"by": "galaxy"}, {"include": "rumours"}, {"min_confidence": "2"}, {"since": "2023-13-45"}]
)
def test_aggregate_api_bad_filters_are_422(api, params):
    got = api.get("/stats.json", params=params)
    assert got.status_code == 422 and "detail" in got.json()


def test_aggregate_api_network_loops_off_by_default_and_map_precision(api):
    plain = api.get("/network.json", params={"by": "country"}).json()
    assert plain["loops"] is False and all(e["source"] != e["target"] for e in plain["edges"])
    loops = api.get("/network.json", params={"by": "country", "loops": "true"}).json()
    assert ("PAK", "PAK") in {(e["source"], e["target"]) for e in loops["edges"]}
    points = api.get("/map.json").json()["points"]
    assert points and {p["precision"] for p in points} <= {"place", "district", "province", "country"}
    html = api.get("/network", params={"by": "actor"}, headers={"Accept": "text/html"}).text
    assert "/static/vendor/d3/d3-force.min.js" in html and "kb:pak-gov</td>" not in html


def test_aggregate_api_every_list_route_downloads_csv_and_has_a_typed_schema(api):
    for route, column in (
        ("/events.json", "evidence_sentence"),
        ("/actors.json", "name"),
        ("/quotes.json", "text"),
        ("/alerts.json", "z"),
        ("/network.json", "weight"),
        ("/map.json", "precision"),
        ("/dyad.json", "goldstein_sum"),
    ):
        got = api.get(route, params={"format": "csv", "a": "PAK", "b": "AFG"})
        assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv"), route
        assert column in got.text.splitlines()[0].split(","), route
    events = list(csv.DictReader(io.StringIO(api.get("/events.json", params={"format": "csv", "limit": 1000}).text)))
    assert len(events) == api.get("/events.json", params={"limit": 1000}).json()["total"]
    spec = api.get("/openapi.json").json()
    for path, model in (("/events.json", "EventPage"), ("/network.json", "Network"), ("/stats.json", "Stats")):
        schema = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": f"#/components/schemas/{model}"}
    assert "items" in spec["components"]["schemas"]["EventPage"]["properties"]


def test_aggregate_api_events_leave_flagged_out_unless_included(api):
    plain = api.get("/events.json", params={"limit": 1000}).json()
    assert plain["total"] == 9 and not any(e["negated"] for e in plain["items"])
    every = api.get("/events.json", params={"limit": 1000, "include": "all"}).json()
    assert every["total"] == 10
    months = api.get("/events.json", params={"precision": "month"}).json()
    assert [e["date"] for e in months["items"]] == ["2023-02"]
    assert api.get("/events.json", params={"min_confidence": "0.9"}).json()["total"] == 0
    assert api.get("/events.json", params={"include": "rumours"}).status_code == 422
