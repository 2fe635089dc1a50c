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
            help="Enable POST /articles for clients sending 'Authorization: Bearer TOKEN'. Prefer "
            "WIRECODER_TOKEN or --token-file: a token on the command line shows in `ps`. Without a token "
            "the server is read-only."
        ),
    ] = None,
    token_file: Annotated[
        Path | None, typer.Option(help="Read the upload token from this file (its first line).")
    ] = None,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            help="A host name clients may use to reach the server (the Host header); repeat for more. "
            "Default: the --host name, plus localhost names on a loopback address."
        ),
    ] = None,
    max_upload: Annotated[int, typer.Option(help="Largest uploaded article, in bytes.")] = 1_000_000,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output.")] = 0,
) -> None:
    """Serve the dashboard and JSON API (http://HOST:PORT/, spec at /openapi.json)."""
    setup_logging(verbose)
    if token:
        typer.echo(
            "wirecoder: warning: a --token on the command line is visible to other users (ps); "
            "set WIRECODER_TOKEN or use --token-file",
            err=True,
        )
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        fail(f"the web extra is not installed ({exc.name}): pip install 'wirecoder[web]'")
    if "://" not in db and not Path(db).exists():
        fail(f"no database at {db}: create one with 'wirecoder demo --db {db}' or 'wirecoder code FILES --db {db}'")
    if token_file is not None:
        try:
            token = token_file.read_text(encoding="utf-8").strip().splitlines()[0].strip() if not token else token
        except (OSError, UnicodeDecodeError, IndexError) as exc:
            fail(f"cannot read a token from {token_file}: {getattr(exc, 'strerror', None) or 'empty or not text'}")
    token = token or os.environ.get("WIRECODER_TOKEN") or None
    if not _is_loopback(host):
        typer.echo(f"wirecoder: warning: serving on {host}, reachable from other machines", err=True)
    hosts = allowed_hosts(host, allowed_host or [])
    if hosts == ["*"]:
        typer.echo(f"wirecoder: warning: bound to {host} without --allowed-host: any Host header is accepted", err=True)
    from ..errors import WirecoderError

    try:
        application = create_app(db, token=token, max_upload_bytes=max_upload, allowed_hosts=hosts)
    except WirecoderError as exc:
        fail(str(exc))
    mode = "uploads enabled (bearer token)" if token else "read-only"
    typer.echo(f"wirecoder: serving {db} at http://{host}:{port}/ ({mode}); Ctrl-C to stop", err=True)
    uvicorn.run(
        application,
        host=host,
        port=port,
        log_level="warning" if not verbose else "info",
        timeout_graceful_shutdown=5,  # SIGTERM stops the server even while an upload is being coded
    )


LOOPBACK_NAMES = ["localhost", "127.0.0.1", "::1", "[::1]"]


def allowed_hosts(host: str, given: list[str]) -> list[str]:
    """The Host header values to accept: those given, else the bound name (and the loopback names when it
    is a loopback address); ``["*"]`` for a wildcard address with none given."""
    if given:
        return list(dict.fromkeys(given))
    if host in ("0.0.0.0", "::", ""):
        return ["*"]
    names = [host, f"[{host}]"] if ":" in host else [host]
    return list(dict.fromkeys(names + (LOOPBACK_NAMES if _is_loopback(host) else [])))
