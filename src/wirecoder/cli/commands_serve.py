"""``wirecoder serve``: the REST API and dashboard over a database."""

from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Annotated

import typer

from . import app, fail, setup_logging


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    db: Annotated[str, typer.Option(help="Database to serve: a SQLite path or postgresql:// URL.")] = "wirecoder.db",
    host: Annotated[str, typer.Option(help="Interface to bind; 127.0.0.1 keeps it on this machine.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            help="Enable POST /articles for clients sending 'Authorization: Bearer TOKEN' "
            "(or set WIRECODER_TOKEN). Without it the server is read-only."
        ),
    ] = None,
    max_upload: Annotated[int, typer.Option(help="Largest uploaded article, in bytes.")] = 1_000_000,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output.")] = 0,
) -> None:
    """Serve the dashboard and JSON API (http://HOST:PORT/, spec at /openapi.json)."""
    setup_logging(verbose)
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        fail(f"the web extra is not installed ({exc.name}): pip install 'wirecoder[web]'")
    if "://" not in db and not Path(db).exists():
        fail(f"no database at {db}: create one with 'wirecoder demo --db {db}' or 'wirecoder code FILES --db {db}'")
    token = token or os.environ.get("WIRECODER_TOKEN") or None
    if not _is_loopback(host):
        typer.echo(f"wirecoder: warning: serving on {host}, reachable from other machines", err=True)
    application = create_app(db, token=token, max_upload_bytes=max_upload)
    mode = "uploads enabled (bearer token)" if token else "read-only"
    typer.echo(f"wirecoder: serving {db} at http://{host}:{port}/ ({mode}); Ctrl-C to stop", err=True)
    uvicorn.run(application, host=host, port=port, log_level="warning" if not verbose else "info")
