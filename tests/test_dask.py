"""``--engine dask`` on a LocalCluster with 2 worker processes over loopback.

``LocalCluster(processes=True)`` spawns its workers, which needs the ``if __name__ == "__main__"``
guard of a real script: the test writes a small script and runs it in a subprocess. The cluster's
results must equal those of an in-process run of the same inputs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from batch_articles import write_corpus
from wirecoder.batch import BatchOptions, run_batch
from wirecoder.settings import Settings
from wirecoder.store import Store

if __name__ == "__main__":
    root = Path({root!r})
    write_corpus(root / "in", 3)
    (root / "in" / "copy.txt").write_text((root / "in" / "story-001.txt").read_text())
    out = {{}}
    for name, options in (("dask", BatchOptions(workers=2, engine="dask")), ("inline", BatchOptions(workers=0))):
        db = root / f"{{name}}.db"
        summary = run_batch([str(root / "in")], str(db), Settings(), options)
        store = Store(str(db))
        out[name] = {{"summary": summary.as_dict(), "counts": store.counts(),
                      "events": sorted(e["id"] for e in store.event_records())}}
        store.close()
    again = run_batch([str(root / "in")], str(root / "dask.db"), Settings(), BatchOptions(workers=2, engine="dask"))
    out["again"] = again.as_dict()
    print("RESULT " + json.dumps(out))
"""


def test_dask_local_cluster_codes_like_one_process(tmp_path: Path) -> None:
    script = tmp_path / "run_dask.py"
    script.write_text(SCRIPT.format(tests=str(Path(__file__).parent), root=str(tmp_path)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    [line] = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    out = json.loads(line[len("RESULT ") :])
    dask, inline = out["dask"], out["inline"]
    assert dask["summary"]["coded"] == 3 and dask["summary"]["duplicates"] == 1
    assert dask["counts"] == inline["counts"] and dask["counts"]["events"] > 0
    assert dask["events"] == inline["events"]
    assert out["again"]["skipped"] == 4 and out["again"]["coded"] == 0


SHARD_SCRIPT = r"""
import json, sys
sys.path.insert(0, {tests!r})
from pathlib import Path
from batch_articles import write_corpus
from wirecoder.batch.dask_engine import ShardOptions, run_shards
from wirecoder.errors import InputError
from wirecoder.ingest import read_all
from wirecoder.pipeline import Pipeline
from wirecoder.settings import Settings


def files(d):
    return {{p.name: p.stat().st_mtime_ns for p in sorted(d.iterdir())}}


if __name__ == "__main__":
    import pyarrow.parquet as pq

    root = Path({root!r})
    write_corpus(root / "in", 4)
    (root / "in" / "copy.txt").write_text((root / "in" / "story-002.txt").read_text())
    (root / "in" / "blank.txt").write_text("  \n")
    shards = root / "shards"
    options = ShardOptions(workers=2, partition_size=2)
    out = {{"first": run_shards([str(root / "in")], shards, Settings(), options).as_dict()}}
    out["events"] = sorted(i for p in shards.glob("events-*.parquet") for i in pq.read_table(p).column("id").to_pylist())
    out["articles"] = sum(pq.read_table(p).num_rows for p in shards.glob("articles-*.parquet"))
    out["rejects"] = [r for p in shards.glob("rejects-*.parquet") for r in pq.read_table(p).to_pylist()]
    out["columns"] = pq.read_table(shards / "events-00001.parquet").column_names
    out["manifest"] = json.loads((shards / "_manifest.json").read_text())
    before = files(shards)
    out["again"] = run_shards([str(root / "in")], shards, Settings(), options).as_dict()
    out["unchanged"] = files(shards) == before
    (shards / "_part-00001.json").unlink()  # as if killed before the partition finished
    (shards / ".quotes-00001.parquet.tmp-dead0001").write_bytes(b"half")
    out["resumed"] = run_shards([str(root / "in")], shards, Settings(), options).as_dict()
    out["stale_left"] = [p.name for p in shards.glob(".*tmp-*")]
    out["resumed_events"] = sorted(i for p in shards.glob("events-*.parquet") for i in pq.read_table(p).column("id").to_pylist())
    pipe = Pipeline(Settings())  # what `wirecoder code` does, in one process
    out["one_process"] = sorted({{e.id for item in read_all([str(root / "in")], Settings())
                                  if not isinstance(item, InputError) for e in pipe(item).events}})
    print("RESULT " + json.dumps(out))
"""


def test_dask_workers_write_parquet_shards_and_resume(tmp_path: Path) -> None:
    from wirecoder.export.columns import FLAT_COLUMNS

    script = tmp_path / "run_shards.py"
    script.write_text(SHARD_SCRIPT.format(tests=str(Path(__file__).parent), root=str(tmp_path)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    [line] = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    out = json.loads(line[len("RESULT ") :])
    # 6 inputs sorted by key: blank, copy | story-000, story-001 | story-002, story-003
    first = out["first"]
    assert first["partitions"] == 3 and first["written"] == 3 and first["inputs"] == 6
    assert first["rejected"] == 1 and first["reasons"] == {"empty": 1} and first["coded"] == 5
    assert [r["reason"] for r in out["rejects"]] == ["empty"] and out["rejects"][0]["key"].endswith("blank.txt")
    assert out["manifest"]["rejects"] == out["rejects"] and out["manifest"]["counts"]["events"] == first["events"]
    assert [p["partition"] for p in out["manifest"]["partitions"]] == ["00000", "00001", "00002"]
    assert out["columns"] == FLAT_COLUMNS and out["articles"] == 5
    # the copy (partition 0) and its original (partition 2) give the same event ids: compare as sets
    assert out["events"] and sorted(set(out["events"])) == out["one_process"]
    assert out["again"]["written"] == 0 and out["again"]["skipped"] == 3 and out["unchanged"]
    assert out["resumed"]["written"] == 1 and out["resumed"]["skipped"] == 2
    assert out["resumed_events"] == out["events"] and out["stale_left"] == []
