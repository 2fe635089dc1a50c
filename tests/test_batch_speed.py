"""Batch speed mechanisms keep the rows: chunked, batch-parsed coding and forked workers code what one
article at a time in this process codes."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from batch_articles import article_text, write_corpus
from wirecoder import Article
from wirecoder.batch import BatchOptions, run_batch
from wirecoder.batch.runner import start_method
from wirecoder.batch.worker import code_article, code_chunk
from wirecoder.clean import CleanStage
from wirecoder.errors import ConfigError
from wirecoder.settings import Settings
from wirecoder.store import Store


def _events(article: Article) -> list[dict]:
    return [asdict(e) for e in article.events]


def test_a_chunk_parsed_in_one_batch_codes_as_articles_one_by_one() -> None:
    settings = Settings()
    clean = CleanStage(settings)
    texts = [article_text(i) for i in range(5)]
    one = [code_article(clean(Article(raw=t, source=f"s{i}")), settings) for i, t in enumerate(texts)]
    many = code_chunk([clean(Article(raw=t, source=f"s{i}")) for i, t in enumerate(texts)], settings)
    assert [_events(a) for a in one] == [_events(a) for a in many]
    assert [[(m.text, m.start, m.via) for m in a.mentions] for a in one] == [
        [(m.text, m.start, m.via) for m in a.mentions] for a in many
    ]
    assert all(a.doc is None for a in many)  # no Doc travels back to the parent
    assert any(a.events for a in many)


def _rows(db: Path) -> list[tuple]:
    store = Store(str(db))
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT * FROM events ORDER BY id").fetchall()
    store.close()
    return [tuple(r) for r in rows]


def test_forked_workers_with_chunks_store_the_rows_of_an_in_process_run(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "in"
    write_corpus(corpus, 7)
    settings = Settings()
    run_batch([str(corpus)], str(tmp_path / "inline.db"), settings, BatchOptions(workers=0))
    monkeypatch.setenv("WIRECODER_START_METHOD", "fork")
    summary = run_batch([str(corpus)], str(tmp_path / "fork.db"), settings, BatchOptions(workers=2, chunk=3))
    assert summary.coded == 7
    assert _rows(tmp_path / "fork.db") == _rows(tmp_path / "inline.db") != []


def test_start_method_is_fork_on_linux_and_can_be_chosen(monkeypatch) -> None:
    import sys

    monkeypatch.delenv("WIRECODER_START_METHOD", raising=False)
    assert start_method(Settings()) == ("fork" if sys.platform.startswith("linux") else "spawn")
    monkeypatch.setenv("WIRECODER_START_METHOD", "spawn")
    assert start_method(Settings()) == "spawn"
    monkeypatch.setenv("WIRECODER_START_METHOD", "teleport")
    with pytest.raises(ConfigError):
        start_method(Settings())


def test_forked_workers_are_replaced_by_new_pools_and_every_chunk_comes_back(tmp_path: Path, monkeypatch) -> None:
    """Workers are replaced from the main thread between articles (a pool's own thread forking while
    the main thread writes SQLite can hang the new worker); nothing in flight is lost across a change."""
    from wirecoder.batch import runner

    monkeypatch.setenv("WIRECODER_START_METHOD", "fork")
    monkeypatch.setattr(runner, "TASKS_PER_FORKED_WORKER", 1)
    settings = Settings()
    clean = CleanStage(settings)
    articles = [clean(Article(raw=article_text(i), source=f"s{i}")) for i in range(9)]
    executor = runner.LocalExecutor(settings, workers=2, chunk=1)
    try:
        handles = [executor.submit(a) for a in articles]
        results = [h.get() for h in handles]
    finally:
        executor.close()
    assert executor.pools_started >= 4  # 9 chunks, 2 per pool
    assert [r.source for r, _sig in results] == [a.source for a in articles]
    expected = [_events(code_article(clean(Article(raw=article_text(i), source=f"s{i}")), settings)) for i in range(9)]
    assert [_events(r) for r, _sig in results] == expected
