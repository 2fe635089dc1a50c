"""The store on PostgreSQL (and SQLite, same code path): idempotent saves, schema version, index migration."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from pg import have_postgres, make_corpus, postgres_url, store_target
from wirecoder.errors import ConfigError
from wirecoder.store import Store, schema


def test_postgres_saving_twice_adds_nothing(any_store):
    corpus = make_corpus()
    any_store.save_many(corpus)
    first = any_store.counts()
    any_store.save_many(make_corpus())
    assert any_store.counts() == first
    assert (first["articles"], first["events"], first["quotes"], first["actors"]) == (3, 10, 2, 5)


def test_postgres_recoding_replaces_and_round_trips_the_record(any_store):
    corpus = make_corpus()
    any_store.save(corpus[1])
    corpus[1].events = corpus[1].events[:1]
    any_store.save(corpus[1])
    [record] = any_store.event_records("art-2")
    assert record["cameo"] == {
        "code": "190",
        "root": "19",
        "name": "Use conventional military force",
        "goldstein": -10.0,
        "quad_class": 4,
    }
    assert record["location"]["name"] == "Kunar" and record["fatalities"] == 4
    assert record["quantities"][0]["kind"] == "killed"


def test_postgres_unicode_and_markup_survive(any_store):
    art = make_corpus()[0]
    art.text = "Le ministre a déclaré « non » — <script>alert(1)</script> 🙂"
    art.title = "<img src=x onerror=alert(1)>"
    any_store.save(art)
    with any_store.engine.connect() as conn:
        row = conn.execute(schema.articles.select().where(schema.articles.c.id == art.id)).mappings().one()
    assert row["text"] == art.text and row["title"] == art.title


def test_postgres_schema_has_every_table_and_index(any_store):
    insp = inspect(any_store.engine)
    assert {"articles", "events", "quotes", "actors", "mentions", "rejects", "runs", "meta"} <= set(
        insp.get_table_names()
    )
    names = {ix["name"] for ix in insp.get_indexes("events")}
    assert {"ix_events_date", "ix_events_dyad", "ix_events_plover", "ix_events_source_actor"} <= names


def test_postgres_missing_indexes_are_created_on_open(any_store):
    with any_store.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_plover"))
    Store(store_target(any_store))
    names = {ix["name"] for ix in inspect(any_store.engine).get_indexes("events")}
    assert "ix_events_plover" in names


def test_postgres_refuses_a_newer_schema(any_store):
    with any_store.engine.begin() as conn:
        conn.execute(schema.meta.update().where(schema.meta.c.key == "schema_version").values(value="99"))
    target = store_target(any_store)
    try:
        with pytest.raises(ConfigError, match="upgrade wirecoder"):
            Store(target)
    finally:
        with any_store.engine.begin() as conn:
            conn.execute(
                schema.meta.update()
                .where(schema.meta.c.key == "schema_version")
                .values(value=str(schema.SCHEMA_VERSION))
            )


def test_postgres_bad_url_is_one_clear_error():
    with pytest.raises(ConfigError, match="cannot open database"):
        Store("nosuchdriver://x/y")


@pytest.mark.skipif(not have_postgres(), reason="no PostgreSQL (set WIRECODER_TEST_PG or install postgresql)")
def test_postgres_plain_url_selects_psycopg3():
    store = Store(postgres_url())
    assert store.engine.dialect.name == "postgresql" and store.engine.dialect.driver == "psycopg"
    store.close()


def test_postgres_migrations_run_in_order_on_an_older_database(any_store, monkeypatch):
    import wirecoder.store as store_module

    any_store.save(make_corpus()[0])
    url = store_target(any_store)
    ran: list[int] = []

    current, following = schema.SCHEMA_VERSION, schema.SCHEMA_VERSION + 1

    def step(conn) -> None:
        conn.execute(text("ALTER TABLE articles ADD COLUMN wc_test_note TEXT"))
        ran.append(following)

    monkeypatch.setattr(store_module, "SCHEMA_VERSION", following)
    monkeypatch.setitem(schema.MIGRATIONS, following, step)
    try:
        Store(url)
        Store(url)  # already at the following version: nothing runs twice
        assert ran == [following]
        with any_store.engine.connect() as conn:
            version = conn.execute(text("SELECT value FROM meta WHERE key = 'schema_version'")).scalar_one()
            columns = {c["name"] for c in inspect(conn).get_columns("articles")}
        assert version == str(following) and "wc_test_note" in columns
    finally:
        with any_store.engine.begin() as conn:
            conn.execute(text("ALTER TABLE articles DROP COLUMN wc_test_note"))
            conn.execute(text(f"UPDATE meta SET value = '{current}' WHERE key = 'schema_version'"))


def test_postgres_missing_migration_is_a_clear_error(any_store, monkeypatch):
    import wirecoder.store as store_module

    url = store_target(any_store)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 2)
    with pytest.raises(ConfigError, match=f"no migration to {schema.SCHEMA_VERSION + 1}"):
        Store(url)


def test_postgres_analyze_refreshes_statistics(any_store):
    any_store.save_many(make_corpus())
    any_store.analyze()
    assert any_store.counts()["events"] == 10
