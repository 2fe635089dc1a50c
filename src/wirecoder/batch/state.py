"""Resume state and story clusters of batch runs, in the run's own database.

Four tables, created beside the store's tables (``Store`` does not need to know them):

``batch_inputs``
    one row per finished input key (a file path, ``file.jsonl:LINE``, ``crawl.warc.gz#RECORD``):
    its status ("coded", "duplicate", "rejected") and article. A run skips every key listed here.
``batch_articles``
    one row per coded article: content hash, story cluster, MinHash signature (to rebuild the
    near-duplicate index when a run resumes).
``batch_members``
    one row per input that reported a story: coded articles and their exact copies.
``batch_event_reports``
    (event key, member) pairs: which inputs reported each story event, and from which outlet. The
    event key is the same for the same event in every copy of a story, so an event is counted once per
    cluster; ``story_event_counts`` gives NumArticles and NumSources per event, as GDELT does.

Every write for one input (the store's article rows and these rows) happens in one transaction
(``commit_*``): a run killed at any moment leaves each input either wholly done or not started.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Float, Integer, LargeBinary, MetaData, String, Table, Text, delete, func, insert, select
from sqlalchemy.engine import Connection, Engine

from ..article import Article, Event, stable_id
from ..errors import InputError
from ..store import schema as store_schema
from .dedup import Assignment, Deduper, from_bytes

__all__ = [
    "commit_coded",
    "commit_duplicate",
    "commit_reject",
    "done_keys",
    "ensure_tables",
    "event_key",
    "load_deduper",
    "story_event_counts",
    "story_events",
]

metadata = MetaData()

batch_inputs = Table(
    "batch_inputs",
    metadata,
    Column("key", String(512), primary_key=True),
    Column("status", String(16), nullable=False),  # coded | duplicate | rejected
    Column("article_id", String(64)),
    Column("reason", String(32)),
    Column("run_id", String(32)),
    Column("at", String(32)),
)

batch_articles = Table(
    "batch_articles",
    metadata,
    Column("article_id", String(64), primary_key=True),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("cluster_id", String(64), nullable=False, index=True),
    Column("duplicate_of", String(64)),
    Column("similarity", Float),
    Column("signature", LargeBinary),
    Column("seq", Integer),  # order of arrival: the dedup index is replayed in this order
)

batch_members = Table(
    "batch_members",
    metadata,
    Column("key", String(512), primary_key=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("cluster_id", String(64), nullable=False, index=True),
    Column("kind", String(8), nullable=False),  # new | near | exact
    Column("outlet", Text),
)

batch_event_reports = Table(
    "batch_event_reports",
    metadata,
    Column("event_key", String(32), primary_key=True),
    Column("member", String(512), primary_key=True),
    Column("article_id", String(64), nullable=False, index=True),
    Column("event_id", String(64), index=True),
    Column("cluster_id", String(64), nullable=False),
    Column("outlet", Text),
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def ensure_tables(engine: Engine) -> None:
    """Create the batch tables if they are missing (idempotent)."""
    metadata.create_all(engine)


def done_keys(engine: Engine) -> set[str]:
    """Input keys that an earlier run finished (coded, duplicate or rejected)."""
    with engine.connect() as conn:
        return {r[0] for r in conn.execute(select(batch_inputs.c.key))}


def load_deduper(engine: Engine, deduper: Deduper) -> int:
    """Replay the stored articles into ``deduper`` in arrival order; the number replayed."""
    n = 0
    query = select(
        batch_articles.c.article_id,
        batch_articles.c.content_hash,
        batch_articles.c.cluster_id,
        batch_articles.c.signature,
    ).order_by(batch_articles.c.seq)
    with engine.connect() as conn:
        for article_id, chash, cluster_id, sig in conn.execute(query):
            deduper.add(article_id, chash, from_bytes(sig, deduper.num_perm) if sig else None, cluster_id)
            n += 1
    return n


def event_key(cluster_id: str, event: Event) -> str:
    """The identity of an event within a story: cluster, CAMEO code, source, target, date."""

    def who(p: Any) -> str:
        if p is None:
            return ""
        return p.actor_id or (p.text or "").casefold()

    return stable_id(cluster_id, event.cameo.get("code"), who(event.source), who(event.target), event.date or "")


def _mark(
    conn: Connection, key: str, status: str, article_id: str | None, reason: str | None, run_id: str | None
) -> None:
    conn.execute(delete(batch_inputs).where(batch_inputs.c.key == key))
    conn.execute(
        insert(batch_inputs).values(
            key=key, status=status, article_id=article_id, reason=reason, run_id=run_id, at=_now()
        )
    )


def _member(conn: Connection, key: str, article_id: str, assignment: Assignment, outlet: str | None) -> None:
    conn.execute(delete(batch_members).where(batch_members.c.key == key))
    conn.execute(delete(batch_event_reports).where(batch_event_reports.c.member == key))
    conn.execute(
        insert(batch_members).values(
            key=key, article_id=article_id, cluster_id=assignment.cluster_id, kind=assignment.kind, outlet=outlet
        )
    )


def commit_coded(
    conn: Connection,
    key: str,
    article: Article,
    assignment: Assignment,
    outlet: str | None,
    signature: bytes | None,
    seq: int,
    run_id: str | None,
) -> None:
    """Store a coded article and its batch rows, inside the caller's transaction."""
    from ..store import save_in  # the store's own row writer, so both share one transaction

    save_in(conn, article, run_id)
    assert article.id is not None
    conn.execute(delete(batch_articles).where(batch_articles.c.article_id == article.id))
    conn.execute(
        insert(batch_articles).values(
            article_id=article.id,
            content_hash=article.content_hash or "",
            cluster_id=assignment.cluster_id,
            duplicate_of=assignment.duplicate_of,
            similarity=assignment.similarity,
            signature=signature,
            seq=seq,
        )
    )
    _member(conn, key, article.id, assignment, outlet)
    rows: dict[str, str] = {}
    for e in article.events:
        rows.setdefault(event_key(assignment.cluster_id, e), e.id)
    if rows:
        conn.execute(
            insert(batch_event_reports),
            [
                {
                    "event_key": k,
                    "member": key,
                    "article_id": article.id,
                    "event_id": eid,
                    "cluster_id": assignment.cluster_id,
                    "outlet": outlet,
                }
                for k, eid in rows.items()
            ],
        )
    _mark(conn, key, "coded", article.id, None, run_id)


def commit_duplicate(
    conn: Connection, key: str, assignment: Assignment, outlet: str | None, run_id: str | None
) -> None:
    """Record an exact copy of a stored article: it reports the same events (not coded again)."""
    original = assignment.duplicate_of
    assert original is not None
    _member(conn, key, original, assignment, outlet)
    keys = conn.execute(
        select(batch_event_reports.c.event_key, func.min(batch_event_reports.c.event_id))
        .where(batch_event_reports.c.article_id == original)
        .group_by(batch_event_reports.c.event_key)
    ).all()
    if keys:
        conn.execute(
            insert(batch_event_reports),
            [
                {
                    "event_key": k,
                    "member": key,
                    "article_id": original,
                    "event_id": eid,
                    "cluster_id": assignment.cluster_id,
                    "outlet": outlet,
                }
                for k, eid in keys
            ],
        )
    _mark(conn, key, "duplicate", original, None, run_id)


def commit_reject(conn: Connection, key: str, error: InputError, run_id: str | None, done: bool = True) -> None:
    """Record a rejected input (in the store's rejects table) and, unless ``done`` is false (an input
    that could not be read at all: a later run tries it again), mark it done."""
    rejects = store_schema.rejects
    conn.execute(delete(rejects).where((rejects.c.source == error.source) & (rejects.c.reason == error.reason)))
    conn.execute(
        insert(rejects).values(
            source=error.source, reason=error.reason, message=error.message, run_id=run_id, at=_now()
        )
    )
    if done:
        _mark(conn, key, "rejected", None, error.reason, run_id)


def next_seq(engine: Engine) -> int:
    with engine.connect() as conn:
        value = conn.execute(select(func.max(batch_articles.c.seq))).scalar()
    return int(value or 0) + 1


def story_event_counts(engine: Engine) -> dict[str, tuple[int, int]]:
    """``{event_id: (NumArticles, NumSources)}`` for every stored event that batch runs recorded."""
    counts = (
        select(
            batch_event_reports.c.event_key,
            func.count(func.distinct(batch_event_reports.c.member)).label("n_articles"),
            func.count(func.distinct(batch_event_reports.c.outlet)).label("n_sources"),
        )
        .group_by(batch_event_reports.c.event_key)
        .subquery()
    )
    query = (
        select(batch_event_reports.c.event_id, counts.c.n_articles, counts.c.n_sources)
        .join(counts, counts.c.event_key == batch_event_reports.c.event_key)
        .where(batch_event_reports.c.event_id.is_not(None))
    )
    with engine.connect() as conn:
        return {eid: (int(a), int(s)) for eid, a, s in conn.execute(query)}


def story_events(engine: Engine) -> list[dict[str, Any]]:
    """Events counted once per story cluster: one row per event key, with its first event's id and
    NumArticles / NumSources (outlets without a known name count as one source)."""
    r = batch_event_reports
    query = (
        select(
            r.c.event_key,
            r.c.cluster_id,
            func.min(r.c.event_id).label("event_id"),
            func.count(func.distinct(r.c.member)).label("num_articles"),
            func.count(func.distinct(r.c.outlet)).label("num_sources"),
        )
        .group_by(r.c.event_key, r.c.cluster_id)
        .order_by(r.c.cluster_id, r.c.event_key)
    )
    with engine.connect() as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def summary_counts(engine: Engine) -> dict[str, int]:
    """Inputs by status, clusters and story events: what the batch tables hold."""
    with engine.connect() as conn:
        status: dict[str, int] = dict(
            conn.execute(select(batch_inputs.c.status, func.count()).group_by(batch_inputs.c.status)).all()
        )
        clusters = conn.execute(select(func.count(func.distinct(batch_members.c.cluster_id)))).scalar() or 0
        stories = conn.execute(select(func.count(func.distinct(batch_event_reports.c.event_key)))).scalar() or 0
    return {**{k: int(v) for k, v in status.items()}, "clusters": int(clusters), "story_events": int(stories)}
