"""Exports: flat CSV / JSON Lines / Parquet and the GDELT 2.0, ICEWS and ACLED layouts; the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pg import make_corpus
from wirecoder.export import FORMATS, export, write_records
from wirecoder.export.acled import COLUMNS as ACLED_COLUMNS
from wirecoder.export.columns import FLAT_COLUMNS
from wirecoder.export.gdelt import COLUMNS as GDELT_COLUMNS
from wirecoder.export.icews import COLUMNS as ICEWS_COLUMNS
from wirecoder.query import EventQuery


def _text(store, fmt: str, q: EventQuery | None = None) -> tuple[int, str]:
    buf = io.StringIO()
    n = export(store, fmt, buf, q)
    return n, buf.getvalue()


def test_export_csv_has_flat_columns_and_every_event(corpus_store):
    n, out = _text(corpus_store, "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == len(rows) == 10
    assert list(rows[0]) == FLAT_COLUMNS
    strike = next(r for r in rows if r["location_name"] == "Kunar")
    assert (strike["cameo_code"], strike["plover_type"], strike["source_cameo"], strike["target_country"]) == (
        "190",
        "ASSAULT",
        "PAKGOV",
        "AFG",
    )
    assert strike["fatalities"] == "4" and strike["acled_sub_event_type"] == "Armed clash"
    assert json.loads(strike["quantities"])[0]["value"] == 4
    assert strike["article_url"] == "https://news.example/art-2"


def test_export_jsonl_round_trips_the_records(corpus_store):
    n, out = _text(corpus_store, "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert n == len(records) == 10
    stored = {r["id"]: r for r in corpus_store.event_records()}
    for r in records:
        article = r.pop("article")
        assert set(article) == {"id", "title", "url", "published"}
        assert r == stored[r["id"]]


def test_export_parquet_is_typed(corpus_store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "events.parquet"
    assert export(corpus_store, "parquet", path) == 10
    table = pq.read_table(path)
    assert table.num_rows == 10 and table.column_names == FLAT_COLUMNS
    assert str(table.schema.field("goldstein").type) == "double"
    assert str(table.schema.field("negated").type) == "bool"
    assert sorted(x for x in table.column("fatalities").to_pylist() if x is not None) == [4, 7]


def test_export_parquet_empty_store_still_has_schema(any_store, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "empty.parquet"
    assert export(any_store, "parquet", path) == 0
    assert pq.read_table(path).column_names == FLAT_COLUMNS


def test_export_gdelt_layout(corpus_store):
    n, out = _text(corpus_store, "gdelt")
    lines = out.splitlines()
    assert n == len(lines) == 9  # the negated accusation is left out
    assert len(GDELT_COLUMNS) == 61
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines]
    assert all(len(line.split("\t")) == 61 for line in lines)
    strike = next(r for r in rows if r["ActionGeo_FullName"] == "Kunar, Afghanistan")
    assert (strike["ActionGeo_CountryCode"], strike["ActionGeo_Type"]) == ("AF", "4")  # FIPS; a named place
    assert strike["SQLDATE"] == "20230220" and strike["MonthYear"] == "202302" and strike["Year"] == "2023"
    assert (strike["Actor1Code"], strike["Actor1CountryCode"], strike["Actor1Type1Code"]) == ("PAKGOV", "PAK", "GOV")
    assert (strike["EventCode"], strike["EventBaseCode"], strike["EventRootCode"]) == ("190", "190", "19")
    assert strike["QuadClass"] == "4" and float(strike["GoldsteinScale"]) == -10.0
    assert strike["SOURCEURL"] == "https://news.example/art-2" and len(strike["DATEADDED"]) == 14
    assert strike["GLOBALEVENTID"].isdigit() and int(strike["GLOBALEVENTID"]) <= 2**53


def test_export_icews_layout(corpus_store):
    n, out = _text(corpus_store, "icews")
    rows = list(csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert n == len(rows) == 9 and list(rows[0]) == ICEWS_COLUMNS
    threat = next(r for r in rows if r["CAMEO Code"] == "138")
    assert threat["Source Country"] == "Afghanistan" and threat["Target Country"] == "Pakistan"
    assert threat["Source Sectors"] == "Government,Executive" and threat["Intensity"] == "-7.0"
    assert threat["Story ID"].isdigit() and threat["Sentence Number"] == "2"
    assert threat["Event Date"] == "2023-02-21" and threat["Publisher"] == "news.example"


def test_export_acled_layout_keeps_acled_typed_events(corpus_store):
    n, out = _text(corpus_store, "acled")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert n == len(rows) == 2 and list(rows[0]) == ACLED_COLUMNS
    by_loc = {r["location"]: r for r in rows}
    kunar, peshawar = by_loc["Kunar"], by_loc["Peshawar"]
    assert kunar["event_type"] == "Battles" and kunar["disorder_type"] == "Political violence"
    assert kunar["country"] == "Afghanistan" and kunar["event_id_cnty"].startswith("AFG") and kunar["iso"] == "4"
    # Pakistani forces abroad are External/Other forces
    assert (kunar["inter1"], kunar["inter2"]) == ("External/Other forces", "State forces")
    assert kunar["interaction"] == "State forces-External/Other forces"
    assert (peshawar["inter1"], peshawar["inter2"], peshawar["interaction"]) == (
        "Rebel group",
        "State forces",
        "State forces-Rebel group",
    )
    assert kunar["region"] == "South Asia" and peshawar["actor2"] == "Government of Pakistan (2022-2023)"
    assert kunar["fatalities"] == "4" and kunar["time_precision"] == "1"
    assert kunar["notes"].startswith("Sentence 0")


def test_export_respects_the_query(corpus_store):
    n, _ = _text(corpus_store, "csv", EventQuery(dyad="PAK-AFG", type="ASSAULT", limit=1))
    assert n == 1  # limit is ignored; one PAK-AFG assault exists
    n, _ = _text(corpus_store, "jsonl", EventQuery(place="Ruritania"))
    assert n == 0


def test_export_unknown_format_names_the_choices():
    from wirecoder.errors import ConfigError

    with pytest.raises(ConfigError, match="csv, jsonl, parquet, gdelt, icews, acled, polecat"):
        write_records([], "xml", io.StringIO())
    assert FORMATS == ("csv", "jsonl", "parquet", "gdelt", "icews", "acled", "polecat")


# -- the CLI --------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path):
    from wirecoder.store import Store

    path = tmp_path / "cli.db"
    Store(path).save_many(make_corpus())
    return str(path)


@pytest.fixture(scope="module")
def runner():
    from wirecoder.cli import load_commands

    return CliRunner(), load_commands()


def test_export_cli_writes_a_file(cli_db, runner, tmp_path):
    cli, app = runner
    out = tmp_path / "gdelt.tsv"
    result = cli.invoke(app, ["export", "--db", cli_db, "--format", "gdelt", "-o", str(out), "--dyad", "PAK-AFG"])
    assert result.exit_code == 0, result.output
    assert len(out.read_text().splitlines()) == 6 and "exported 6 event(s)" in result.output


def test_export_cli_events_and_stats(cli_db, runner):
    cli, app = runner
    result = cli.invoke(app, ["events", "--db", cli_db, "--type", "19", "--format", "jsonl"])
    assert result.exit_code == 0
    assert {json.loads(x)["cameo"]["code"] for x in result.stdout.splitlines() if x.startswith("{")} == {"190"}
    result = cli.invoke(app, ["events", "--db", cli_db, "--actor", "taliban", "--format", "csv"])
    assert result.exit_code == 0 and result.stdout.startswith("id,article_id")
    result = cli.invoke(app, ["events", "--db", cli_db, "--dyad", "PAK-AFG"])
    assert result.exit_code == 0 and "of 6 events" in result.stdout  # the negated one is left out by default
    result = cli.invoke(app, ["stats", "--db", cli_db, "--json"])
    assert json.loads(result.stdout)["by_plover"]["ACCUSE"] == 4
    result = cli.invoke(app, ["stats", "--db", cli_db, "--dyad", "PAK-AFG", "--freq", "month", "--alerts", "--json"])
    data = json.loads(result.stdout)
    assert [p["period"] for p in data["series"]] == ["2023-01", "2023-02"] and data["alerts"][0]["period"] == "2023-02"


def test_export_cli_errors_are_one_line(cli_db, runner, tmp_path):
    cli, app = runner
    result = cli.invoke(app, ["events", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "no database at" in result.output
    result = cli.invoke(app, ["events", "--db", cli_db, "--since", "soon"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
    result = cli.invoke(app, ["stats", "--db", cli_db, "--dyad", "PAK"])
    assert result.exit_code == 2 and "PAK-AFG" in result.output


def test_export_tab_layouts_survive_tabs_quotes_and_newlines(any_store):
    from pg import make_article, make_event

    event = make_event(
        "odd",
        0,
        "190",
        "pak-gov",
        "afg-gov",
        "2023-04-01",
        place=('Tab\there "quoted"\nplace', "AFG"),
        acled=("Battles", "Armed clash"),
        sentence='He said "go"\tnow,\nthen left.',
    )
    any_store.save(make_article("odd", "2023-04-01", [event]))
    for fmt, width in (("gdelt", 61), ("icews", 20)):
        _, out = _text(any_store, fmt)
        assert all(len(line.split("\t")) == width for line in out.splitlines())
    _, out = _text(any_store, "acled")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert row["notes"] == 'He said "go"\tnow,\nthen left.' and row["location"].startswith("Tab")


# -- property tests: store -> query and export -> import are round trips ---------------------------


_text_st = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)
_event_st = st.fixed_dictionaries(
    {
        "code": st.sampled_from(["112", "138", "036", "190", "042"]),
        "date": st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
        "name": _text_st,
        "place": st.one_of(st.none(), st.tuples(_text_st, st.sampled_from(["PAK", "AFG", "IND"]))),
        "fatalities": st.one_of(st.none(), st.integers(0, 10_000)),
        "sentence": _text_st,
        "negated": st.booleans(),
    }
)


def _random_article(specs: list[dict]):
    from pg import make_article, make_event

    events = []
    for i, spec in enumerate(specs):
        e = make_event(
            "prop",
            i,
            spec["code"],
            "pak-gov",
            "afg-gov",
            spec["date"],
            place=spec["place"],
            fatalities=spec["fatalities"],
            negated=spec["negated"],
            sentence=spec["sentence"] or "x",
        )
        e.source.name = spec["name"]
        events.append(e)
    return make_article("prop", "2023-01-01", events)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(specs=st.lists(_event_st, min_size=1, max_size=6))
def test_export_round_trips_store_query_csv_jsonl(tmp_path, specs):
    from dataclasses import asdict

    from wirecoder.export.columns import flat_row
    from wirecoder.export.csvsafe import safe_dict
    from wirecoder.query import events as query_events
    from wirecoder.store import Store

    db = tmp_path / f"prop-{abs(hash(repr(specs)))}.db"
    store = Store(db)
    article = _random_article(specs)
    store.save(article)
    store.save(article)  # idempotent
    got = {r["id"]: r for r in query_events(store, EventQuery(limit=1000))}
    assert len(got) == len(specs)
    for e in article.events:
        record = dict(got[e.id])
        assert record.pop("article")["id"] == "prop"
        assert record == json.loads(json.dumps(asdict(e)))
    n, out = _text(store, "csv")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert n == len(rows) == len(specs)
    for row in rows:
        expected = safe_dict(flat_row(got[row["id"]]))  # formula-like cells carry a leading '
        assert row == {k: "" if v is None else str(v) for k, v in expected.items()}
    n, out = _text(store, "jsonl")
    assert {json.loads(line)["id"] for line in out.splitlines()} == set(got)
    store.close()
    db.unlink()


def test_export_country_code_table_is_validated(tmp_path, monkeypatch):
    from wirecoder.errors import DataError
    from wirecoder.export import codes

    assert (codes.fips("PAK"), codes.fips("DEU"), codes.acled_region("IRN"), codes.iso_numeric("PAK")) == (
        "PK",
        "GM",
        "Middle East",
        586,
    )
    bad = tmp_path / "wirecoder" / "data" / "export"
    bad.mkdir(parents=True)
    (bad / "countries.csv").write_text(
        "# test\niso3,iso2,fips,acled_region,cow\nPAK,PK,PK,South Asia,770\nafg,AF,AFG,South Asia,x\n", encoding="utf-8"
    )
    monkeypatch.setattr(codes, "data_path", lambda *parts: tmp_path.joinpath("wirecoder", "data", *parts))
    codes.countries.cache_clear()
    try:
        with pytest.raises(DataError, match="line 4"):
            codes.countries()
    finally:
        monkeypatch.undo()
        codes.countries.cache_clear()
