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

SCRIPT = r'''
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
'''


def test_dask_local_cluster_codes_like_one_process(tmp_path: Path) -> None:
    script = tmp_path / "run_dask.py"
    script.write_text(SCRIPT.format(tests=str(Path(__file__).parent), root=str(tmp_path)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    [line] = [ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")]
    out = json.loads(line[len("RESULT "):])
    dask, inline = out["dask"], out["inline"]
    assert dask["summary"]["coded"] == 3 and dask["summary"]["duplicates"] == 1
    assert dask["counts"] == inline["counts"] and dask["counts"]["events"] > 0
    assert dask["events"] == inline["events"]
    assert out["again"]["skipped"] == 4 and out["again"]["coded"] == 0
