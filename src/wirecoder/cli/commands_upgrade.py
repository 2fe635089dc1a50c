"""``wirecoder upgrade``: bring a store written by an older wirecoder to this one's schema, in place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..errors import WirecoderError
from . import app, fail


@app.command()
def upgrade(
    db: Annotated[str, typer.Option("--db", help="SQLite path or database URL of the store to upgrade.")],
) -> None:
    """Upgrade a store to this wirecoder's schema (read commands refuse an older one; writing commands
    upgrade it too). Each step runs in one transaction: a failed step leaves the store as it was."""
    from ..store import SCHEMA_VERSION, Store

    if "://" not in db and not Path(db).expanduser().exists():
        fail(f"no database at {db}: nothing to upgrade")
    try:
        Store(db).engine.dispose()
    except WirecoderError as exc:
        fail(str(exc))
    typer.echo(f"{db}: schema version {SCHEMA_VERSION}")
