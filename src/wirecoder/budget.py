"""A CPU-time budget per article: past it the article becomes a reject with reason ``timeout``.

Every stage is linear in the text, but a budget keeps one pathological input from holding a batch
worker or the server for minutes. The budget is ``Settings.cpu_budget`` seconds of this process's CPU
time (``WIRECODER_CPU_BUDGET``; 0 turns it off), measured by ``ITIMER_PROF``, whose signal raises
``Timeout`` wherever the article's coding is. Signals reach only the main thread, so the budget
holds where coding runs in a main thread (the CLI, batch workers, the server's coding process);
elsewhere it is not enforced.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import Timeout


def enforceable() -> bool:
    """Whether a budget can be enforced here (a POSIX main thread with no other budget running)."""
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_PROF)[0] == 0
    )


@contextmanager
def cpu_budget(seconds: float, source: str) -> Iterator[None]:
    """Raise ``Timeout`` for ``source`` when the block uses more than ``seconds`` of CPU time."""
    if seconds <= 0 or not enforceable():
        yield
        return

    def expired(_signum: int, _frame: Any) -> None:
        raise Timeout(
            source,
            f"coding used more than {seconds:g} s of CPU time and was stopped; raise WIRECODER_CPU_BUDGET "
            f"or split the article",
        )

    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
