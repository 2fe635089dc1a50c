"""The database schema (SQLAlchemy Core), one definition for SQLite and PostgreSQL.

Bump ``SCHEMA_VERSION`` with every change to the tables and add the step that upgrades a database of
the previous version to ``MIGRATIONS`` (version -> function of a connection, run in one transaction
by ``Store`` when it opens an older database). ``Store`` refuses a database written with a newer
version and says which. New indexes need no version: ``Store`` creates missing ones on open.

Migration notes:
- 1: the first schema.
- 2: ``events.background`` (the record's ``background`` flag as a column, filled from the records), so
  that the default filters (no negated, hypothetical, future or background events) are read from an
  index instead of every record; the filter indexes carry the four flags (made again on open).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Connection

SCHEMA_VERSION = 2


def _background_column(conn: Connection) -> None:
    """Schema 2: the background flag as a column; the filter indexes are dropped, and made again with the
    flags by ``Store`` once the step has run."""
    conn.execute(text("ALTER TABLE events ADD COLUMN background BOOLEAN"))
    conn.execute(text("""UPDATE events SET background = (record LIKE '%"background": true%')"""))
    for name in ["dyad", *(name for name, _ in _FILTERED)]:
        conn.execute(text(f"DROP INDEX IF EXISTS ix_events_{name}"))


# version -> the step from version - 1 (e.g. ``lambda conn: conn.execute(text("ALTER TABLE …"))``)
MIGRATIONS: dict[int, Callable[[Connection], None]] = {2: _background_column}

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("command", Text),
    Column("settings", Text),  # JSON
    Column("coded", Integer, default=0),
    Column("rejected", Integer, default=0),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("source", Text),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("published_from", String(16)),
    Column("language", String(8)),
    Column("dateline", Text),
    Column("text", Text, nullable=False),
    Column("removed", Text),  # JSON list of {text, reason}
    Column("warnings", Text),  # JSON list
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_quotes", Integer, nullable=False, default=0),
    Column("run_id", String(32)),
    Column("coded_at", String(32)),
)

actors = Table(
    "actors",
    metadata,
    Column("actor_id", String(128), primary_key=True),
    Column("name", Text),
    Column("country", String(3)),
    Column("sector", String(8)),
    Column("cameo", String(32)),
    Column("role", Text),
)

mentions = Table(
    "mentions",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("idx", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence_index", Integer),
    Column("kind", String(16)),
    Column("actor_id", String(128)),
    Column("via", String(32)),
)


def _participant_columns(prefix: str) -> list[Column]:
    return [
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_actor_id", String(128)),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_country", String(3)),
        Column(f"{prefix}_sector", String(8)),
        Column(f"{prefix}_cameo", String(32)),
    ]


_PAGE = ("date", "article_id", "sentence_index", "id")
_FLAGS = ("negated", "hypothetical", "future", "background")
_FILTERED = [
    ("target_country", "target_country"),
    ("source_actor", "source_actor_id"),
    ("target_actor", "target_actor_id"),
    ("source_cameo", "source_cameo"),
    ("target_cameo", "target_cameo"),
    ("plover", "plover_type"),
    ("cameo", "cameo_code"),
    ("location_country", "location_country"),
]

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence_index", Integer),
    Column("date", String(10)),
    Column("date_precision", String(8)),
    *_participant_columns("source"),
    *_participant_columns("target"),
    Column("cameo_code", String(8)),
    Column("cameo_root", String(2)),
    Column("cameo_name", Text),
    Column("goldstein", Float),
    Column("quad_class", Integer),
    Column("plover_type", String(16)),
    Column("plover_mode", String(32)),
    Column("acled_event_type", String(64)),
    Column("acled_sub_event_type", String(64)),
    Column("location_name", Text),
    Column("location_country", String(3)),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities", Integer),
    Column("negated", Boolean),
    Column("hypothetical", Boolean),
    Column("future", Boolean),
    Column("background", Boolean),  # told from well before publication (schema 2)
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Column("evidence_sentence", Text),
    Column("confidence", Float),
    Column("record", Text, nullable=False),  # the full JSON event record
    Index("ix_events_date", "date"),
    # the page order with the flags the default view leaves out: its count and first page from the index alone
    Index("ix_events_shown", *_PAGE, *_FLAGS),
    # (filter column, the page order, the flags): the query picks a page of ids, or counts, from the index alone
    Index("ix_events_dyad", "source_country", "target_country", *_PAGE, *_FLAGS),
    *[Index(f"ix_events_{name}", column, *_PAGE, *_FLAGS) for name, column in _FILTERED],
)

# PostgreSQL sorts NULL first in DESC order; the events page (newest first, undated last) needs an
# index in exactly that order to read its first rows without sorting. SQLite cannot declare NULLS
# LAST in an index and needs none (it sorts NULL last in DESC order and walks ix_events_date).
Index(
    "ix_events_page_pg", events.c.date.desc().nulls_last(), events.c.article_id, events.c.sentence_index, events.c.id
).ddl_if(dialect="postgresql")

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sentence_index", Integer),
    *_participant_columns("speaker"),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
    Column("verb", String(32)),
    Column("date", String(10)),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("run_id", String(32)),
    Column("at", String(32)),
    UniqueConstraint("source", "reason", name="uq_rejects_source_reason"),
)
