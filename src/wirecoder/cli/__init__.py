"""The ``wirecoder`` command line: a thin layer over importable functions.

Each ``commands_*.py`` module in this package adds its commands to ``app`` when imported
(``register(app)``); ``main`` imports them all, so a new command is a new module, nothing else.

Exit codes: 0 success; 1 an internal error (a bug: please report it); 2 bad input or usage (the input
named in the one-line message could not be coded, or every input of a batch was rejected).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Any, NoReturn

import typer

from ..errors import WirecoderError, one_line

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="wirecoder: code news articles into evidence-linked political and conflict event data "
    "(CAMEO, PLOVER, ACLED), offline.",
)


class OutputFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


def fail(message: str, code: int = 2) -> NoReturn:
    """Print one line naming the problem and exit with ``code``."""
    typer.echo(f"wirecoder: {one_line(message, 600)}", err=True)
    raise typer.Exit(code)


@contextmanager
def sigterm_as_interrupt() -> Iterator[list[int]]:
    """Within the block, SIGTERM stops the work as Ctrl-C does (a clean stop and a resume message); the
    list it gives holds the signal number once one arrived. Later SIGTERMs are ignored until the block
    ends, so that the clean-up finishes."""
    received: list[int] = []

    def stop(signum: int, _frame: Any) -> None:
        received.append(signum)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield received
    finally:
        signal.signal(signal.SIGTERM, previous)


def setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def load_commands() -> typer.Typer:
    """Import every ``commands_*`` module of this package; each registers its commands on ``app``."""
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("commands_"):
            importlib.import_module(f"{__name__}.{info.name}")
    return app


def main() -> None:
    """Entry point: run the app, turning library errors into one line and exit code 2."""
    try:
        load_commands()()
    except WirecoderError as exc:
        typer.echo(f"wirecoder: {one_line(str(exc), 600)}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # the reader went away (`| head`): not an error of ours
        sys.stderr.close()
        sys.exit(141)
    except OSError as exc:  # the disk or the system said no: one line, not a traceback
        where = f" {exc.filename}" if getattr(exc, "filename", None) else ""
        typer.echo(f"wirecoder: cannot continue:{where} {exc.strerror or exc}", err=True)
        sys.exit(2)
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError

        if not isinstance(exc, SQLAlchemyError):
            raise
        text = str(getattr(exc, "orig", None) or exc).splitlines()[0][:200]
        hint = " (is the disk full?)" if "disk" in text.lower() or "full" in text.lower() else ""
        typer.echo(f"wirecoder: database error: {text}{hint}; the run stopped there", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        typer.echo("wirecoder: interrupted", err=True)
        sys.exit(130)
