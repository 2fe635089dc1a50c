"""The ``store`` stage: coded articles into SQL (SQLite by default; PostgreSQL by URL), idempotently.

``Store(url_or_path)`` opens or creates the database. ``save(article)`` replaces everything stored for
that article id in one transaction, so coding the same article twice leaves the same rows; rejects are
kept per (source, reason).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, delete, event, func, insert, inspect, select
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..article import Article, Participant, actor_row
from ..errors import ConfigError, InputError
from . import schema, shield
from .schema import SCHEMA_VERSION

LOCK_WAIT_S = 30.0  # how long a SQLite write waits for another writer's lock before it fails


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for a path (SQLite) or a URL given as is (``postgresql://…``)."""
    text = str(target)
    if "://" in text:
        if text.startswith("postgresql://"):
            return "postgresql+psycopg://" + text[len("postgresql://") :]
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A wirecoder database. ``read_only=True`` (the read commands and a server without uploads) never
    creates, migrates or writes anything, and refuses a database that is not a wirecoder store."""

    def __init__(self, target: str | Path, *, read_only: bool = False) -> None:
        self.url = database_url(target)
        self.read_only = read_only
        self.name = name = display_name(target)
        target_url: str | URL = self.url
        ro_path: Path | None = None  # a SQLite file opened read-only
        if self.url.startswith("sqlite:///") and ":memory:" not in self.url:
            path = Path(self.url[len("sqlite:///") :])
            check_sqlite_path(name, path, read_only)
            if read_only:  # an SQLite URI opened read-only (quoted: a '#' or '?' in the path must not end it)
                ro_path = path
                target_url = URL.create("sqlite", database=sqlite_uri(path), query={"mode": "ro", "uri": "true"})
            else:
                refuse_foreign(name, path)
                target_url = URL.create("sqlite", database=str(path))  # not parsed: a '?' in the path stays
        # another process writing (a second run, an upload through the API) is waited for, not failed on
        wait = {"connect_args": {"timeout": LOCK_WAIT_S}} if self.url.startswith("sqlite") else {}
        try:
            self.engine: Engine = create_engine(target_url, future=True, **wait)
        except Exception as exc:  # bad URL, missing driver
            raise ConfigError(f"cannot open database {target}: {exc}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_read_pragmas if read_only else _sqlite_pragmas)
        try:
            if read_only:
                self._check_or_snapshot(ro_path)
            else:
                self._migrate()
        except SQLAlchemyError as exc:
            self.engine.dispose()
            raise ConfigError(open_problem(name, exc, read_only)) from None
        except ConfigError:
            self.engine.dispose()
            raise

    def _version(self, conn: Connection) -> int | None:
        """The schema version stored in ``meta``, or None when there is none; a ConfigError if not a number."""
        row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")).first()
        if row is None:
            return None
        try:
            return int(row[0])
        except (TypeError, ValueError):
            raise ConfigError(
                f"database {self.name} has an invalid schema version {str(row[0])[:40]!r} in its meta table: "
                f"it is damaged or not a wirecoder database; give another --db"
            ) from None

    def _check_or_snapshot(self, path: Path | None) -> None:
        """``_check``; when SQLite cannot make a WAL store's shared-memory file (its directory is read-only or
        not writable by this user) and no write-ahead log is pending, the file is read as it is (``immutable``)."""
        try:
            self._check()
        except OperationalError as exc:
            low = str(exc.orig).lower()
            if path is None or not ("readonly" in low or "unable to open" in low) or Path(f"{path}-wal").exists():
                raise
            self.engine.dispose()
            self.engine = create_engine(self.engine.url.update_query_dict({"immutable": "1"}), future=True)
            event.listen(self.engine, "connect", _sqlite_read_pragmas)
            self._check()

    def _check(self) -> None:
        """For a read-only open: every wirecoder table is there and the schema version is this one's."""
        found = set(inspect(self.engine).get_table_names())
        missing = [t for t in schema.metadata.tables if t not in found]
        if "meta" in missing or len(missing) == len(schema.metadata.tables):
            raise ConfigError(
                f"{self.name} is not a wirecoder database (no wirecoder tables); create one with "
                f"`wirecoder code FILES --db PATH` or `wirecoder demo --db PATH`"
            )
        if missing:
            raise ConfigError(
                f"database {self.name} lacks the table(s) {', '.join(sorted(missing))}: it is damaged or "
                f"incomplete; code the articles again into a new --db"
            )
        with self.engine.connect() as conn:
            version = self._version(conn)
        if version is None:
            raise ConfigError(f"database {self.name} has no schema version in its meta table: it is damaged")
        if version != SCHEMA_VERSION:
            newer = version > SCHEMA_VERSION
            raise ConfigError(
                f"database {self.name} has schema version {version}, "
                + (
                    f"newer than this wirecoder's {SCHEMA_VERSION}: upgrade wirecoder"
                    if newer
                    else f"older than this wirecoder's {SCHEMA_VERSION}: upgrade it in place with "
                    f"`wirecoder upgrade --db {self.name}`"
                )
            )

    def _migrate(self) -> None:
        """Create missing tables and indexes; bring an older database up to ``SCHEMA_VERSION`` by
        running ``schema.MIGRATIONS`` in order; refuse a newer one."""
        schema.metadata.create_all(self.engine)
        with shield.begin(self.engine) as conn:
            found_version = self._version(conn)
            if found_version is None:
                conn.execute(insert(schema.meta).values(key="schema_version", value=str(SCHEMA_VERSION)))
                return
            found = found_version
            if found > SCHEMA_VERSION:
                raise ConfigError(
                    f"database {self.name} has schema version {found}, newer than this wirecoder's "
                    f"{SCHEMA_VERSION}: upgrade wirecoder"
                )
            for version in range(found + 1, SCHEMA_VERSION + 1):
                step = schema.MIGRATIONS.get(version)
                if step is None:
                    raise ConfigError(
                        f"database {self.name} has schema version {found} and no migration to {version} exists"
                    )
                step(conn)
            if found < SCHEMA_VERSION:
                conn.execute(
                    schema.meta.update().where(schema.meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
                )
            # indexes added without a table change need no version: create the missing ones
            for table in schema.metadata.sorted_tables:
                for index in table.indexes:
                    index.create(conn, checkfirst=True)

    # -- runs -------------------------------------------------------------------------------------
    def start_run(
        self, command: str, settings: dict[str, Any] | None = None, provenance: dict[str, Any] | None = None
    ) -> str:
        """Record a run; its settings JSON carries the run's ``provenance`` (``wirecoder.provenance``),
        collected for the settings' spaCy model when not given."""
        from ..provenance import collect
        from ..settings import Settings

        if provenance is None:
            model = (settings or {}).get("spacy_model")
            provenance = collect(Settings(spacy_model=model) if model else None)
        run_id = uuid.uuid4().hex
        record = {**(settings or {}), "provenance": provenance}
        with shield.begin(self.engine) as conn:
            conn.execute(
                insert(schema.runs).values(
                    id=run_id, started_at=_now(), command=command, settings=json.dumps(record, default=str)
                )
            )
        return run_id

    def run_provenance(self) -> list[dict[str, Any]]:
        """Each recorded run that coded a stored article: id, command, start time and provenance."""
        used = select(schema.articles.c.run_id).where(schema.articles.c.run_id.is_not(None)).distinct()
        stmt = select(schema.runs).where(schema.runs.c.id.in_(used)).order_by(schema.runs.c.started_at)
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(stmt).mappings():
                try:
                    settings = json.loads(r["settings"] or "{}")
                except ValueError:
                    settings = {}
                out.append(
                    {
                        "run_id": r["id"],
                        "command": r["command"],
                        "started_at": r["started_at"],
                        "provenance": settings.get("provenance") if isinstance(settings, dict) else None,
                    }
                )
        return out

    def finish_run(self, run_id: str, coded: int, rejected: int) -> None:
        with shield.begin(self.engine) as conn:
            conn.execute(
                schema.runs.update()
                .where(schema.runs.c.id == run_id)
                .values(finished_at=_now(), coded=coded, rejected=rejected)
            )

    # -- writing ----------------------------------------------------------------------------------
    def save(self, article: Article, run_id: str | None = None) -> None:
        """Store one coded article, replacing what was stored for its id."""
        self.save_many([article], run_id)

    def save_many(self, articles: Iterable[Article], run_id: str | None = None) -> int:
        """Store coded articles in one transaction (each replaces what was stored for its id)."""
        n = 0
        with shield.begin(self.engine) as conn:
            for article in articles:
                save_in(conn, article, run_id)
                n += 1
        return n

    def save_reject(self, error: InputError, run_id: str | None = None) -> None:
        """Record a rejected input with its reason (once per source and reason)."""
        with shield.begin(self.engine) as conn:
            conn.execute(
                delete(schema.rejects).where(
                    (schema.rejects.c.source == error.source) & (schema.rejects.c.reason == error.reason)
                )
            )
            conn.execute(
                insert(schema.rejects).values(
                    source=error.source, reason=error.reason, message=error.message, run_id=run_id, at=_now()
                )
            )

    # -- reading ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in (
                    ("articles", schema.articles),
                    ("events", schema.events),
                    ("quotes", schema.quotes),
                    ("actors", schema.actors),
                    ("rejects", schema.rejects),
                )
            }

    def rejects(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.rejects).order_by(schema.rejects.c.id)).mappings().all()
        return [dict(r) for r in rows]

    def event_records(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """The stored event records (as JSON dicts), in article and sentence order."""
        query = select(schema.events.c.record).order_by(
            schema.events.c.article_id, schema.events.c.sentence_index, schema.events.c.id
        )
        if article_id:
            query = query.where(schema.events.c.article_id == article_id)
        with self.engine.connect() as conn:
            return [json.loads(r[0]) for r in conn.execute(query)]

    def analyze(self) -> None:
        """Refresh the planner's statistics (after a bulk load): ANALYZE on SQLite, VACUUM ANALYZE on
        PostgreSQL (which also lets it answer from indexes alone)."""
        if self.engine.dialect.name == "postgresql":
            with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
        else:
            with shield.begin(self.engine) as conn:
                conn.exec_driver_sql("ANALYZE")

    def close(self) -> None:
        self.engine.dispose()


def save_in(conn: Connection, article: Article, run_id: str | None = None) -> None:
    """Write one coded article inside the caller's transaction, replacing what its id had stored."""
    if not article.id:
        raise ValueError("article has no id: run the clean stage first")
    for table in (schema.events, schema.quotes, schema.mentions):
        conn.execute(delete(table).where(table.c.article_id == article.id))
    conn.execute(delete(schema.articles).where(schema.articles.c.id == article.id))
    conn.execute(insert(schema.articles).values(**_article_row(article, run_id)))
    actor_rows = {m.actor.actor_id: actor_row(m.actor) for m in article.mentions if m.actor and m.actor.actor_id}
    for actor_id, row in actor_rows.items():
        conn.execute(delete(schema.actors).where(schema.actors.c.actor_id == actor_id))
        conn.execute(insert(schema.actors).values(**row))
    if article.mentions:
        conn.execute(
            insert(schema.mentions),
            [
                {
                    "article_id": article.id,
                    "idx": i,
                    "text": m.text,
                    "start": m.start,
                    "end": m.end,
                    "sentence_index": m.sentence_index,
                    "kind": m.kind,
                    "actor_id": m.actor.actor_id if m.actor else None,
                    "via": m.via,
                }
                for i, m in enumerate(article.mentions)
            ],
        )
    if article.events:
        conn.execute(insert(schema.events), [_event_row(asdict(e)) for e in article.events])
    if article.quotes:
        conn.execute(insert(schema.quotes), [_quote_row(article.id, q) for q in article.quotes])
    # a source that is coded now is no longer a reject
    conn.execute(delete(schema.rejects).where(schema.rejects.c.source == article.source))


def _sqlite_read_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """A read-only connection sets nothing that writes (``journal_mode=WAL`` fails on a read-only disk)."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def display_name(target: str | Path) -> str:
    """The database as the user named it, without a password."""
    text = str(target)
    if "://" in text:
        try:
            return make_url(text).render_as_string(hide_password=True)
        except Exception:
            return text.split("://", 1)[0] + "://…"
    return text


def check_sqlite_path(name: str, path: Path, read_only: bool) -> None:
    """A ConfigError naming what is wrong with a SQLite path before SQLAlchemy tries it."""
    if path.is_dir():
        raise ConfigError(f"database {name} is a directory; give a file path with --db")
    if read_only and not path.exists():
        raise ConfigError(
            f"no database at {name}: create one with `wirecoder demo --db {name}` or `wirecoder code FILE --db {name}`"
        )
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ConfigError(f"cannot open database {name}: directory {parent} does not exist; create it first")


def sqlite_uri(path: Path) -> str:
    """``path`` as an SQLite ``file:`` URI, quoted."""
    return f"file:{quote(str(path.absolute()))}"


def refuse_foreign(name: str, path: Path) -> None:
    """Refuse to add wirecoder's tables to a SQLite file that holds another application's tables (or is
    not SQLite at all), before any connection that could change it (``journal_mode=WAL`` rewrites the
    header)."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"{sqlite_uri(path)}?mode=ro", uri=True)
        try:
            found = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ConfigError(open_problem(name, exc, False)) from None
    if found and "meta" not in found:
        shown = ", ".join(sorted(found)[:5])
        raise ConfigError(
            f"{name} is a SQLite database of something else (tables: {shown}); wirecoder will not add its "
            f"tables to it: give a new file name with --db"
        )


def open_problem(name: str, exc: Exception, read_only: bool) -> str:
    """One line saying why the database ``name`` could not be opened, and what to do."""
    text = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    low = text.lower()
    if "not a database" in low or "malformed" in low or "encrypted" in low:
        return f"{name} is not a SQLite database ({text}): give the path of a wirecoder database or a new file"
    if "full" in low or "no space" in low or "too big" in low or "file too large" in low or "disk i/o" in low:
        return (
            f"cannot write database {name}: {text} (is the disk full, or the file over a size limit?); "
            f"free space or use another --db path"
        )
    if "readonly" in low or "read-only" in low or "permission" in low:
        return (
            f"cannot write database {name} ({text}); it or its directory is read-only: give a writable --db path"
            if not read_only
            else f"cannot read database {name} ({text}); check its permissions"
        )
    if "unable to open" in low:
        need = "readable" if read_only else "writable (not on a read-only disk)"
        return f"cannot open database {name} ({text}): check that the path and its directory are {need}"
    return f"cannot open database {name}: {text}"


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _article_row(article: Article, run_id: str | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "content_hash": article.content_hash or "",
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_from": article.published_from,
        "language": article.language,
        "dateline": article.dateline,
        "text": article.text,
        "removed": json.dumps([asdict(r) for r in article.removed], ensure_ascii=False),
        "warnings": json.dumps(article.warnings, ensure_ascii=False),
        "n_events": len(article.events),
        "n_quotes": len(article.quotes),
        "run_id": run_id,
        "coded_at": _now(),
    }


def _participant(prefix: str, p: dict[str, Any] | None) -> dict[str, Any]:
    p = p or {}
    return {f"{prefix}_{k}": p.get(k) for k in ("text", "actor_id", "name", "country", "sector", "cameo")}


def _event_row(e: dict[str, Any]) -> dict[str, Any]:
    loc = e.get("location") or {}
    return {
        "id": e["id"],
        "article_id": e["article_id"],
        "sentence_index": e["sentence_index"],
        "date": e["date"],
        "date_precision": e["date_precision"],
        **_participant("source", e.get("source")),
        **_participant("target", e.get("target")),
        "cameo_code": e["cameo"].get("code"),
        "cameo_root": e["cameo"].get("root"),
        "cameo_name": e["cameo"].get("name"),
        "goldstein": e["cameo"].get("goldstein"),
        "quad_class": e["cameo"].get("quad_class"),
        "plover_type": e["plover"].get("type"),
        "plover_mode": e["plover"].get("mode"),
        "acled_event_type": e["acled"].get("event_type"),
        "acled_sub_event_type": e["acled"].get("sub_event_type"),
        "location_name": loc.get("name"),
        "location_country": loc.get("country"),
        "lat": loc.get("lat"),
        "lon": loc.get("lon"),
        "fatalities": e.get("fatalities"),
        "negated": e["negated"],
        "hypothetical": e["hypothetical"],
        "future": e["future"],
        "background": bool(e.get("background")),
        "evidence_start": e["evidence"].get("start"),
        "evidence_end": e["evidence"].get("end"),
        "evidence_sentence": e["evidence"].get("sentence"),
        "confidence": e["confidence"],
        "record": json.dumps(e, ensure_ascii=False),
    }


def _quote_row(article_id: str, q: Any) -> dict[str, Any]:
    speaker = asdict(q.speaker) if isinstance(q.speaker, Participant) else None
    return {
        "id": q.id,
        "article_id": article_id,
        "sentence_index": q.sentence_index,
        **_participant("speaker", speaker),
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "verb": q.verb,
        "date": q.date,
    }
