"""Kill a real ``wirecoder ingest`` part-way (SIGKILL, and Ctrl-C), rerun it, and compare with a clean run.

The runs are real subprocesses with one spawned worker process each, over composed articles (see
``batch_articles``) plus an exact and a near copy, so clusters and story counts are compared too.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from batch_articles import article_text, write_corpus
from wirecoder.batch import state
from wirecoder.incidents import incident_index
from wirecoder.store import Store

N_STORIES = 12


def _command(corpus: Path, db: Path) -> list[str]:
    script = Path(sys.executable).with_name("wirecoder")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "wirecoder"]
    return head + ["ingest", str(corpus), "--db", str(db), "--workers", "1", "--no-progress"]


def _done(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM batch_inputs").fetchone()[0]
    except sqlite3.Error:
        return 0


def _interrupt(corpus: Path, db: Path, sig: int, after: int) -> subprocess.CompletedProcess:
    """Start a run, send ``sig`` once ``after`` inputs are stored; return what the process did."""
    proc = subprocess.Popen(
        _command(corpus, db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    deadline = time.monotonic() + 240
    try:
        while _done(db) < after:
            if proc.poll() is not None or time.monotonic() > deadline:
                out, err = proc.communicate()
                pytest.fail(f"run ended before it could be interrupted (rc {proc.returncode}): {err[-2000:]}")
            time.sleep(0.05)
        done_at_kill = _done(db)
        os.kill(proc.pid, sig)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
        try:  # the run's worker processes (its own session), should any outlive their parent
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert done_at_kill < N_STORIES + 2, "the run finished before the signal: nothing was tested"
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def _snapshot(db: Path) -> dict:
    store = Store(str(db))
    engine = store.engine
    with engine.connect() as conn:
        members = sorted(
            tuple(r)
            for r in conn.execute(
                state.batch_members.select().with_only_columns(
                    state.batch_members.c.key, state.batch_members.c.kind, state.batch_members.c.cluster_id
                )
            )
        )
        inputs = sorted(
            tuple(r)
            for r in conn.execute(
                state.batch_inputs.select().with_only_columns(
                    state.batch_inputs.c.key, state.batch_inputs.c.status, state.batch_inputs.c.article_id
                )
            )
        )
    snap = {
        "counts": store.counts(),
        "event_ids": sorted(e["id"] for e in store.event_records()),
        "members": members,
        "inputs": inputs,
        "story_counts": state.story_event_counts(engine),
        "incidents": sorted((e, i["incident_id"], i["num_articles"]) for e, i in incident_index(engine).items()),
    }
    store.close()
    return snap


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("resume") / "in"
    write_corpus(root, N_STORIES)
    (root / "zz-copy.txt").write_text((root / "story-004.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (root / "zz-near.txt").write_text(
        "A different headline\n\n" + article_text(7) + "\n\nMore details to follow.\n", encoding="utf-8"
    )
    return root


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory) -> dict:
    db = tmp_path_factory.mktemp("clean") / "clean.db"
    done = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    snap = _snapshot(db)
    assert snap["counts"]["articles"] == N_STORIES + 1 and snap["counts"]["events"] > 0
    assert len(snap["inputs"]) == N_STORIES + 2
    again = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "nothing to do" in again.stderr, again.stderr[-2000:]
    assert _snapshot(db) == snap
    return snap


def test_sigkill_part_way_then_rerun_gives_the_clean_rows(corpus: Path, clean: dict, tmp_path: Path) -> None:
    db = tmp_path / "killed.db"
    killed = _interrupt(corpus, db, signal.SIGKILL, after=3)
    assert killed.returncode == -signal.SIGKILL
    partial = _snapshot(db)
    assert 3 <= len(partial["inputs"]) < N_STORIES + 2
    resumed = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert f"skipped {len(partial['inputs'])} input(s) already done" in resumed.stderr
    assert _snapshot(db) == clean


def test_ctrl_c_stops_cleanly_says_how_to_resume_and_resumes(corpus: Path, clean: dict, tmp_path: Path) -> None:
    db = tmp_path / "interrupted.db"
    stopped = _interrupt(corpus, db, signal.SIGINT, after=2)
    assert stopped.returncode == 130, stopped.stderr[-2000:]
    assert "run the same command again to resume" in stopped.stderr
    assert "Traceback" not in stopped.stderr
    resumed = subprocess.run(_command(corpus, db), capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert _snapshot(db) == clean
