"""``wirecoder --version``: the version and what coded output depends on (``wirecoder.provenance``)."""

from __future__ import annotations

import json

import typer

from . import app


def _show_version(value: bool) -> None:
    if not value:
        return
    from ..provenance import collect
    from ..settings import Settings

    prov = collect(Settings.from_env())
    typer.echo(f"wirecoder {prov['wirecoder']}")
    typer.echo(json.dumps({k: v for k, v in prov.items() if k != "wirecoder"}, indent=2))
    raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_show_version,
        is_eager=True,
        help="Print the version and what coded output depends on.",
    ),
) -> None:
    """wirecoder: code news articles into evidence-linked political and conflict event data (CAMEO, PLOVER,
    ACLED), offline."""
