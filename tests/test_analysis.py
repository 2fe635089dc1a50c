"""Analysis: dyad series, escalation alerts, actor network and counts, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from pg import make_article, make_event
from wirecoder.analysis import alerts, dyad_series, network, period_of, stats
from wirecoder.query import QueryError


def test_analysis_period_labels():
    assert period_of("2023-01-04", "week") == "2023-01-02"  # the Monday
    assert period_of("2023-01-04", "month") == "2023-01"
    assert period_of("2023-01", "week") is None and period_of("2023-01", "month") == "2023-01"
    assert period_of(None, "week") is None and period_of("2023", "month") is None


def test_analysis_dyad_series_weekly_is_continuous(corpus_store):
    series = dyad_series(corpus_store, "PAK", "AFG", "week")
    periods = [p["period"] for p in series]
    assert periods[0] == "2023-01-02" and periods[-1] == "2023-02-20"
    assert len(periods) == 8  # gaps filled
    first, last = series[0], series[-1]
    assert first["events"] == 2 and first["by_plover"] == {"CONSULT": 1, "ACCUSE": 1}
    assert first["goldstein_sum"] == pytest.approx(2.0)
    # week of 20 Feb: a strike (-10) and a threat (-7); the negated accusation is left out
    assert last["events"] == 2 and last["goldstein_sum"] == pytest.approx(-17.0)
    assert last["by_quad"] == {1: 0, 2: 0, 3: 1, 4: 1}
    assert all(p["events"] == 0 for p in series[2:7])


def test_analysis_dyad_series_monthly_counts_month_dates(corpus_store):
    series = dyad_series(corpus_store, "Afghanistan", "Pakistan", "month")
    assert [(p["period"], p["events"]) for p in series] == [("2023-01", 3), ("2023-02", 3)]
    with pytest.raises(QueryError):
        dyad_series(corpus_store, "PAK", "AFG", "fortnight")


def test_analysis_alerts_flag_the_spike_with_its_statistic(corpus_store):
    found = alerts(corpus_store, freq="week", window=8, threshold=3.0)
    top = found[0]
    assert (top["dyad"], top["period"]) == ("AFG-PAK", "2023-02-20")
    assert top["intensity"] == pytest.approx(17.0)
    assert top["z"] == pytest.approx((17.0 - top["baseline_mean"]) / max(top["baseline_sd"], 1.0), abs=1e-2)
    assert len(top["event_ids"]) == 2
    assert all(a["z"] >= 3.0 for a in found)
    assert alerts(corpus_store, threshold=100.0) == []
    only = alerts(corpus_store, threshold=3.0, dyad="PAK-AFG")
    assert {a["dyad"] for a in only} == {"AFG-PAK"}


def test_analysis_alerts_need_history(any_store):
    any_store.save(make_article("y", "2023-05-01", [make_event("y", 0, "190", "pak-gov", "afg-gov", "2023-05-01")]))
    assert alerts(any_store) == []  # a single week: no baseline to compare with


def test_analysis_no_alert_from_a_zero_baseline(any_store):
    # a quiet dyad whose first event is an air strike: weeks of silence are no baseline to beat
    other = make_event("z0", 0, "112", "ruritania-gov", "ruritania-mil", "2023-01-02")
    strike = make_event("z1", 0, "190", "pak-gov", "afg-gov", "2023-03-06")
    any_store.save_many([make_article("z0", "2023-01-02", [other]), make_article("z1", "2023-03-06", [strike])])
    assert alerts(any_store, freq="week", threshold=2.0) == []


def test_analysis_network_weights_and_mean_goldstein(corpus_store):
    net = network(corpus_store)
    edges = {(e["source"], e["target"]): e for e in net["edges"]}
    e = edges[("kb:pak-gov", "kb:afg-gov")]
    assert e["weight"] == 3 and e["goldstein"] == pytest.approx((4.0 - 2.0 - 10.0) / 3, abs=1e-3)
    assert {n["id"] for n in net["nodes"]} >= {"kb:pak-gov", "kb:afg-gov", "kb:ttp"}
    strong = network(corpus_store, min_weight=3)
    assert {(x["source"], x["target"]) for x in strong["edges"]} == {
        ("kb:pak-gov", "kb:afg-gov"),
        ("kb:afg-gov", "kb:pak-gov"),
    }
    assert {n["id"] for n in strong["nodes"]} == {"kb:pak-gov", "kb:afg-gov"}
    early = network(corpus_store, until="2023-01-31")
    assert {(x["source"], x["target"]) for x in early["edges"]} == {
        ("kb:pak-gov", "kb:afg-gov"),
        ("kb:afg-gov", "kb:pak-gov"),
        ("kb:ruritania-gov", "kb:ruritania-mil"),
    }
    countries = network(corpus_store, by="country")
    assert {(x["source"], x["target"]) for x in countries["edges"]} >= {("PAK", "AFG"), ("PAK", "PAK")}


def test_analysis_stats_counts(corpus_store):
    s = stats(corpus_store)
    assert (s["articles"], s["events"], s["quotes"]) == (3, 10, 2)
    assert s["by_plover"] == {"ACCUSE": 4, "CONSULT": 3, "ASSAULT": 2, "THREATEN": 1}
    assert s["by_month"] == {"unknown": 1, "2022-11": 1, "2023-01": 3, "2023-02": 5}
    assert s["by_country"]["PAK"] == 8 and s["by_country"]["AFG"] == 7
    assert s["negated"] == 1
    assert s["by_dyad"] == {"AFG-PAK": 7, "PAK-PAK": 1, "RUR-RUR": 1}


def test_analysis_empty_store(any_store):
    assert dyad_series(any_store, "PAK", "AFG") == [] and alerts(any_store) == []
    assert network(any_store) == {"nodes": [], "edges": []}
    assert stats(any_store)["events"] == 0


def test_analysis_synthetic_database_generator(tmp_path):
    import importlib.util
    from pathlib import Path

    from wirecoder.query import EventQuery, count_events
    from wirecoder.store import Store

    script = Path(__file__).resolve().parents[1] / "scripts" / "make_synthetic_db.py"
    spec = importlib.util.spec_from_file_location("make_synthetic_db", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    db = tmp_path / "syn.db"
    assert module.main(["--db", str(db), "--events", "80", "--seed", "3"]) == 0
    store = Store(db)
    assert store.counts()["events"] == 80
    assert count_events(store, EventQuery(dyad="PAK-AFG")) > 0
    assert stats(store)["events"] == 80
