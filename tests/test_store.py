"""Store: SQLite schema, idempotent saves, rejects."""

from __future__ import annotations

import sqlite3

import pytest

from wirecoder.article import Actor, Article, Event, Mention, Participant, Quantity, Quote, stable_id
from wirecoder.errors import ConfigError, EmptyInput
from wirecoder.store import Store, database_url
from wirecoder.store.schema import SCHEMA_VERSION


def _article(n_events: int = 2) -> Article:
    text = "The northern army shelled the border town. The governor condemned the attack."
    art = Article(raw=text, source="mem.txt", id="a1", text=text, content_hash=stable_id(text, length=40))
    actor = Actor("kb:testland-mil", "Testland military", "TST", "MIL", "TSTMIL")
    art.mentions = [Mention("The northern army", 0, 17, 0, "nominal", actor, "kb", 2)]
    src = Participant.from_mention(art.mentions[0])
    for i in range(n_events):
        art.events.append(
            Event(
                id=stable_id("a1", i),
                article_id="a1",
                sentence_index=0,
                trigger={"text": "shelled", "lemma": "shell", "start": 18, "end": 25},
                date="2020-05-01",
                date_precision="day",
                source=src,
                target=None,
                cameo={
                    "code": "195",
                    "root": "19",
                    "name": "Employ aerial weapons",
                    "goldstein": -10.0,
                    "quad_class": 4,
                },
                plover={"type": "ASSAULT", "mode": "aerial"},
                acled={"event_type": None, "sub_event_type": None},
                location=None,
                fatalities=3,
                quantities=[Quantity("killed", 3, None, "three")],
                negated=False,
                hypothetical=False,
                future=False,
                evidence={"sentence": text[:42], "start": 0, "end": 42},
                confidence=0.7,
            )
        )
    art.quotes = [Quote(stable_id("a1", 50), 1, src, "we will respond", 50, 65, "said")]
    return art


def test_store_database_url_maps_paths_and_postgres():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@localhost/db").startswith("postgresql+psycopg://")


def test_store_saving_twice_adds_nothing(tmp_path):
    store = Store(tmp_path / "w.db")
    store.save(_article())
    first = store.counts()
    store.save(_article())
    assert store.counts() == first
    assert first["articles"] == 1 and first["events"] == 2 and first["quotes"] == 1 and first["actors"] == 1


def test_store_recoding_replaces_events(tmp_path):
    store = Store(tmp_path / "w.db")
    store.save(_article(3))
    store.save(_article(1))
    assert store.counts()["events"] == 1
    [record] = store.event_records("a1")
    assert record["cameo"]["code"] == "195" and record["source"]["country"] == "TST"


def test_store_rejects_are_kept_once_with_reason(tmp_path):
    store = Store(tmp_path / "w.db")
    err = EmptyInput("empty.txt", "no text after cleaning")
    store.save_reject(err)
    store.save_reject(err)
    rows = store.rejects()
    assert [(r["source"], r["reason"]) for r in rows] == [("empty.txt", "empty")]


def test_store_schema_is_plain_sqlite(tmp_path):
    path = tmp_path / "w.db"
    Store(path).save(_article())
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("select name from sqlite_master where type='table'")}
    assert {"articles", "events", "quotes", "actors", "mentions", "rejects", "runs", "meta"} <= tables
    assert con.execute("select value from meta where key='schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_store_schema_1_gains_the_background_column_and_flagged_indexes(tmp_path):
    """A store of schema 1 (background only inside the records) opened by a writing command: the column is
    filled from the records, the filter indexes are made again with the flags, the default view agrees."""
    from wirecoder import query

    path = tmp_path / "w.db"
    art = _article(n_events=2)
    art.events[1].background = True
    Store(path).save(art)
    con = sqlite3.connect(path)
    assert dict(con.execute("SELECT id, background FROM events")) == {art.events[0].id: 0, art.events[1].id: 1}
    flagged = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%background%'"
    for (index,) in con.execute(flagged).fetchall():
        con.execute(f"DROP INDEX {index}")
    con.execute("CREATE INDEX ix_events_dyad ON events (source_country, target_country, date)")
    con.execute("ALTER TABLE events DROP COLUMN background")
    con.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    store = Store(path)
    con = sqlite3.connect(path)
    flags = dict(con.execute("SELECT id, background FROM events"))
    assert flags == {art.events[0].id: 0, art.events[1].id: 1}
    dyad = con.execute("SELECT sql FROM sqlite_master WHERE name = 'ix_events_dyad'").fetchone()[0]
    assert "background" in dyad
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    con.close()
    shown = query.events(store, query.EventQuery(include=()))
    assert [e["id"] for e in shown] == [art.events[0].id]
    assert query.count_events(store, query.EventQuery(include=("background",))) == 2


def test_store_refuses_newer_schema(tmp_path):
    path = tmp_path / "w.db"
    Store(path)
    con = sqlite3.connect(path)
    con.execute("update meta set value='99' where key='schema_version'")
    con.commit()
    with pytest.raises(ConfigError, match="upgrade"):
        Store(path)
