"""A stop signal during a database write takes effect after the write, never inside it."""

from __future__ import annotations

import os
import signal
import threading

import pytest
from sqlalchemy import create_engine, text

from wirecoder.cli import sigterm_as_interrupt
from wirecoder.store import shield


def _engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 's.db'}", future=True)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    return engine


def _rows(engine) -> list[int]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT x FROM t ORDER BY x"))]


def test_sigterm_inside_a_write_stops_the_run_after_the_commit(tmp_path):
    engine = _engine(tmp_path)
    after = []
    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt() as received:
        with shield.begin(engine) as conn:
            conn.execute(text("INSERT INTO t VALUES (1)"))
            os.kill(os.getpid(), signal.SIGTERM)
            conn.execute(text("INSERT INTO t VALUES (2)"))  # still runs: the signal waits
        after.append("unreached")
    assert received == [signal.SIGTERM]
    assert after == []
    assert _rows(engine) == [1, 2]  # committed whole, and the lock is free: a new write goes through
    with shield.begin(engine) as conn:
        conn.execute(text("INSERT INTO t VALUES (3)"))
    assert _rows(engine) == [1, 2, 3]


def test_ctrl_c_inside_a_write_is_raised_once_it_has_ended(tmp_path):
    engine = _engine(tmp_path)
    with pytest.raises(KeyboardInterrupt):
        with shield.begin(engine) as conn:
            conn.execute(text("INSERT INTO t VALUES (7)"))
            signal.raise_signal(signal.SIGINT)
    assert _rows(engine) == [7]


def test_a_failed_write_rolls_back_and_restores_the_handlers(tmp_path):
    engine = _engine(tmp_path)
    before = {s: signal.getsignal(s) for s in shield.HELD}
    with pytest.raises(ValueError), shield.begin(engine) as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
        raise ValueError("a bad row")
    assert _rows(engine) == []
    assert {s: signal.getsignal(s) for s in shield.HELD} == before


def test_outside_the_main_thread_the_write_runs_as_is(tmp_path):
    engine = _engine(tmp_path)
    errors: list[BaseException] = []

    def write() -> None:
        try:
            with shield.begin(engine) as conn:
                conn.execute(text("INSERT INTO t VALUES (5)"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=write)
    worker.start()
    worker.join()
    assert errors == []
    assert _rows(engine) == [5]
