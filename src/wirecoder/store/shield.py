"""Ctrl-C or SIGTERM that arrives during a database write takes effect when the write has ended.

Python raises ``KeyboardInterrupt`` between any two bytecodes, also inside SQLAlchemy's commit and its
clean-up of the connection. Raised there, it can leave a connection checked out with SQLite's write lock
held, and the run's last write (its record in ``runs``) then waits for that lock and fails with
"database is locked". ``begin(engine)`` is ``engine.begin()`` with both signals held back: a signal that
arrives inside is recorded, and raised again, to whatever handler was there before, once the
transaction is committed or rolled back and the connection returned.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Connection, Engine

HELD = (signal.SIGINT, signal.SIGTERM)


@contextmanager
def shielded() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM are recorded, not acted on; the first one is raised again on
    leaving it (signal handlers can only be changed in the main thread: elsewhere this does nothing)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []

    def hold(signum: int, _frame: Any) -> None:
        arrived.append(signum)

    previous = {signum: signal.signal(signum, hold) for signum in HELD}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if arrived:
            signal.raise_signal(arrived[0])


@contextmanager
def begin(engine: Engine) -> Iterator[Connection]:
    """``engine.begin()``, shielded from interrupts (see the module docstring)."""
    with shielded(), engine.begin() as conn:
        yield conn
