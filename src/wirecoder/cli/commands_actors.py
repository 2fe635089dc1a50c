"""``wirecoder actors search`` and ``wirecoder actors add``: look up and extend the actor knowledge base."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from . import app, fail

if TYPE_CHECKING:  # imported when used: keeps start-up light
    from ..actors.kb import KnowledgeBase

actors_app = typer.Typer(
    no_args_is_help=True,
    help="Look up actors in the knowledge base, or add your own "
    "(to an overlay file that wins over the packaged base and survives upgrades).",
)
app.add_typer(actors_app, name="actors")

OverlayOption = Annotated[
    Path | None,
    typer.Option(
        "--overlay", help="Overlay file (default: $WIRECODER_ACTORS_OVERLAY, else ~/.config/wirecoder/actors.yaml)."
    ),
]


def _kb(overlay: Path | None) -> KnowledgeBase:
    from ..actors.kb import load_kb
    from ..actors.overlay import active_overlay

    path = active_overlay(overlay)
    return load_kb("kb.v1", path if path is not None and path.exists() else None)


@actors_app.command("search")
def search_command(
    name: Annotated[str, typer.Argument(help='A name, alias, acronym, country or "<demonym> <agent noun>".')],
    date: Annotated[
        str | None,
        typer.Option(help="Resolve roles on this date (YYYY-MM-DD, YYYY-MM, YYYY); default: the current role."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON list on stdout.")] = False,
    limit: Annotated[int, typer.Option(help="At most this many results.")] = 10,
    overlay: OverlayOption = None,
) -> None:
    """Who NAME is (on --date): id, country, sector, CAMEO code and the role held then."""
    from ..actors.kb import parse_date
    from ..actors.overlay import search

    try:
        day = parse_date(date) if date else None
    except ValueError as exc:
        fail(str(exc))
    results = search(_kb(overlay), name, day, limit)
    if as_json:
        typer.echo(json.dumps([r.as_dict() for r in results], ensure_ascii=False))
        return
    if not results:
        fail(f"no actor named '{name}'", 1)
    table = Table(title=f"{name}" + (f" on {day.isoformat()}" if day else " (current role)"))
    for column in ("id", "name", "country", "sector", "cameo", "role", "source"):
        table.add_column(column)
    for r in results:
        a = r.actor
        table.add_row(
            a.actor_id or "", a.name or "", a.country or "", a.sector or "", a.cameo or "", a.role or "", r.source
        )
    Console().print(table)


@actors_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="The actor's name (also becomes an alias).")],
    country: Annotated[str | None, typer.Option(help="ISO-3 code or country name (PAK, Pakistan).")] = None,
    sector: Annotated[str | None, typer.Option(help="Sector code (GOV, MIL, REB, ...: see `sectors.yaml`).")] = None,
    role: Annotated[str | None, typer.Option(help='Role title, e.g. "interior minister".')] = None,
    start: Annotated[str | None, typer.Option("--from", help="Role start (inclusive), YYYY[-MM[-DD]].")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Role end (exclusive), YYYY[-MM[-DD]].")] = None,
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name; repeat for more.")] = None,
    kind: Annotated[str | None, typer.Option("--type", help="person or org (default: guessed from the name).")] = None,
    actor_id: Annotated[
        str | None,
        typer.Option(
            "--id", help="Entry id (default: the KB entry the name resolves to, else one made from the name)."
        ),
    ] = None,
    overlay: OverlayOption = None,
) -> None:
    """Add an actor, or a dated role or aliases to a known one, in your overlay file."""
    from ..actors.kb import load_kb
    from ..actors.overlay import add_actor, default_overlay_path
    from ..errors import WirecoderError

    path = overlay.expanduser() if overlay else default_overlay_path()
    if kind is not None and kind not in ("person", "org"):
        fail("--type must be 'person' or 'org'")
    try:
        kb = load_kb("kb.v1", path if path.exists() else None)
        entry = add_actor(
            kb,
            path,
            name,
            country=country,
            sector=sector,
            kind=kind,
            role=role,
            start=start,
            until=until,
            aliases=alias or [],
            actor_id=actor_id,
        )
    except (ValueError, WirecoderError) as exc:
        fail(str(exc))
    typer.echo(f"{entry['id']}: written to {path}")


@actors_app.command("score")
def score_command(
    gold: Annotated[
        Path | None,
        typer.Option("--gold-dir", help="Gold directory (default: ../shared/gold or $WIRECODER_GOLD_DIR)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N records of each set.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Scores (and a sample of misses) as JSON.")] = False,
) -> None:
    """Actor resolution precision and recall (country and sector level) on the gold sets."""
    from ..evaluation.actors_score import evaluate_actors

    scores = evaluate_actors(gold, limit=limit)
    if not scores.sets:
        fail("no gold sets found; use --gold-dir or WIRECODER_GOLD_DIR")
    if as_json:
        typer.echo(json.dumps(scores.as_dict(), ensure_ascii=False, indent=1))
        return
    for line in scores.lines():
        typer.echo(line)
