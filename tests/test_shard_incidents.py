"""Cross-story incidents on the Dask shard path (``ingest --engine dask --shards``) equal those of the
database path on the same small composed corpus: the same reports merged into the same incidents, with
the same counts and fatality figures."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

# Invented stories: two retellings of one attack, two of one clash (different tolls), one other event.
STORIES = {
    "a-quetta-1.txt": "Gunmen Kill Police in Quetta\n\nGunmen attacked a police checkpoint in Quetta on 4 March "
    "2024, killing five officers, provincial officials said. The attackers fled on motorbikes.",
    "a-quetta-2.txt": "Checkpoint Attack in Balochistan\n\nOn 4 March 2024, armed men opened fire on a police "
    "post on the edge of Quetta and killed five policemen, a government spokesman told reporters.",
    "b-kandahar-1.txt": "Troops Clash With Militants\n\nAfghan soldiers clashed with militants near Kandahar on "
    "6 March 2024, killing three of them, the defence ministry said.",
    "b-kandahar-2.txt": "Fighting Near Kandahar\n\nSoldiers and insurgents exchanged fire outside Kandahar on 6 "
    "March 2024; four insurgents died in the fighting, according to local officials.",
    "c-quetta-march.txt": "Traders March in Quetta\n\nHundreds of traders protested in Quetta on 12 March 2024 "
    "against new taxes, blocking a main road for several hours.",
}


def _corpus(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _plain(folder: Path, db: Path) -> dict[str, dict]:
    from wirecoder.batch import BatchOptions, run_batch
    from wirecoder.incidents import incident_index
    from wirecoder.settings import Settings
    from wirecoder.store import Store

    run_batch([str(folder)], str(db), Settings(), BatchOptions(workers=0))
    store = Store(str(db))
    try:
        return incident_index(store.engine)
    finally:
        store.close()


def _sharded(folder: Path, shards: Path) -> tuple[dict[str, dict], int]:
    import pyarrow.parquet as pq
    from distributed import Client, LocalCluster

    from wirecoder.batch.dask_engine import ShardOptions, run_shards
    from wirecoder.settings import Settings

    # one in-process worker (no subprocesses to spawn); two partitions, so the retellings are split
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            summary = run_shards([str(folder)], shards, Settings(), ShardOptions(partition_size=3), client=client)
    assert summary.partitions == 2 and summary.coded == len(STORIES)
    incidents = {r["id"]: r for r in pq.read_table(shards / "incidents.parquet").to_pylist()}
    index = {}
    for m in pq.read_table(shards / "incident_mentions.parquet").to_pylist():
        inc = incidents[m["incident_id"]]
        index[m["event_id"]] = {
            "incident_id": inc["id"],
            "representative": m["event_id"] == inc["id"],
            "fatalities": inc["fatalities"],
            "num_mentions": inc["num_mentions"],
            "num_articles": inc["num_articles"],
            "num_sources": inc["num_sources"],
        }
    return index, summary.incidents


def test_shard_incidents_equal_the_database_path(tmp_path):
    folder = _corpus(tmp_path)
    plain = _plain(folder, tmp_path / "plain.db")
    sharded, count = _sharded(folder, tmp_path / "shards")
    assert plain, "the corpus gives mergeable reports"
    assert sharded == plain
    assert count == len({v["incident_id"] for v in plain.values()})
    # the retellings were merged across partitions: some incident has two articles
    assert max(v["num_articles"] for v in plain.values()) >= 2
    # a rerun over complete partitions recomputes the same incidents
    again, _ = _sharded(folder, tmp_path / "shards")
    assert again == sharded
