"""Commands that code articles: ``code``, ``demo``, ``rejects``."""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Iterator
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from ..article import Article
from ..errors import InputError, WirecoderError, one_line
from ..provenance import collect as provenance
from ..settings import Settings
from . import OutputFormat, app, fail, setup_logging

if TYPE_CHECKING:  # imported when used: keeps start-up light
    from ..pipeline import Pipeline


def _settings(model: str | None, no_language_check: bool) -> Settings:
    overrides: dict[str, object] = {"spacy_model": model}
    if no_language_check:
        overrides["check_language"] = False
    return Settings.from_env(**overrides)


def _pipeline(settings: Settings) -> Pipeline:
    from ..pipeline import Pipeline

    try:
        return Pipeline(settings)
    except WirecoderError as exc:
        fail(str(exc))


def _code_all(
    pipeline: Pipeline, items: Iterator[Article | InputError], verbose: int
) -> Iterator[Article | InputError]:
    """Code each article; turn any failure into an ``InputError`` so a batch always goes on."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield pipeline(item)
        except InputError as exc:
            yield exc
        except WirecoderError as exc:
            yield InputError(item.source, str(exc))
        except Exception as exc:  # a bug: keep the reason, go on with the batch
            if verbose:
                traceback.print_exc()
            err = InputError(
                item.source, f"internal error while coding ({type(exc).__name__}: {exc}); please report it"
            )
            err.reason = "internal-error"
            yield err


def _published_as(items: Iterator[Article | InputError], published: str) -> Iterator[Article | InputError]:
    """Each article with ``published`` as its publication date, whatever its input said (``--published``)."""
    for item in items:
        if isinstance(item, Article):
            item.published, item.published_from = published, "input"
        yield item


@app.command()
def code(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories, globs or '-' for stdin (.txt, .html, .jsonl(.gz), .warc(.gz), RSS/Atom)."
        ),
    ],
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="table (readable) or jsonl (the event record).")
    ] = OutputFormat.table,
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD, overrides what the input says.")
    ] = None,
    db: Annotated[
        str | None, typer.Option(help="Also store into this database: a SQLite path or postgresql:// URL.")
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline to use (default en_core_web_sm; env WIRECODER_SPACY_MODEL).")
    ] = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="jsonl: include the cleaned article text.")
    ] = False,
    no_language_check: Annotated[
        bool, typer.Option("--no-language-check", help="Code text even if it does not look English.")
    ] = False,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More log output (-vv for debug).")] = 0,
) -> None:
    """Code articles into events and quotes; print them, and store them with --db."""
    setup_logging(verbose)
    from ..ingest.archives import read_all
    from .render import render_table, to_jsonl

    if published:
        from ..clean import date_problem, normalize_date

        iso = normalize_date(published)
        problem = date_problem(iso) if iso else "is not a date: write it as YYYY-MM-DD"
        if problem or not iso:
            fail(f"--published {published[:40]!r} {problem}")
        published = iso
    settings = _settings(model, no_language_check)
    store = run_id = None
    if db:  # opened first: a database that cannot work fails before the pipeline loads
        from ..store import Store

        try:
            store = Store(db)
        except WirecoderError as exc:
            fail(str(exc))
    pipeline = _pipeline(settings)
    if store:
        run_id = store.start_run(
            "code " + " ".join(inputs), {"spacy_model": settings.spacy_model}, provenance(settings)
        )

    console = Console(soft_wrap=False)
    coded = rejected = 0
    items = read_all(inputs, settings, stdin=sys.stdin.buffer)
    if published:
        items = _published_as(items, published)
    for result in _code_all(pipeline, items, verbose):
        if isinstance(result, InputError):
            rejected += 1
            typer.echo(f"wirecoder: {one_line(str(result), 600)}", err=True)
            if store:
                store.save_reject(result, run_id)
            continue
        coded += 1
        if store:
            store.save(result, run_id)
        if format is OutputFormat.jsonl:
            to_jsonl(result, sys.stdout, include_text=include_text)
        else:
            render_table(result, console)
    if store and run_id:
        from ..incidents import update as update_incidents

        store.finish_run(run_id, coded, rejected)
        merged = update_incidents(store)
        typer.echo(
            f"stored {coded} article(s) in {db}; {rejected} rejected; "
            f"{merged['joined']} event(s) joined an incident reported by another story",
            err=True,
        )
    if rejected and not coded:
        raise typer.Exit(2)


@app.command()
def demo(
    articles: Annotated[
        list[Path] | None, typer.Argument(help="Articles to code first (make demo passes the shared seed article).")
    ] = None,
    db: Annotated[str, typer.Option(help="SQLite file to create or update.")] = "wirecoder.db",
    format: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.table,
) -> None:
    """Code the given articles, then the bundled sample articles, into a local SQLite database and show them."""
    from ..pipeline import Pipeline
    from ..store import Store
    from .render import render_table, to_jsonl

    for path in articles or []:
        if not path.is_file():
            fail(f"cannot read {path}: no such file")
    examples = resources.files("wirecoder") / "examples"
    paths: list[Path | Traversable] = [
        *(articles or []),
        *sorted((p for p in examples.iterdir() if p.name.endswith(".txt")), key=lambda p: p.name),
    ]
    started = time.perf_counter()
    pipeline = Pipeline(Settings.from_env())
    store = Store(db)
    run_id = store.start_run("demo", {"spacy_model": pipeline.settings.spacy_model}, provenance(pipeline.settings))
    console = Console()
    coded = 0
    for item in paths:
        source = str(item) if isinstance(item, Path) else f"examples/{item.name}"
        article = pipeline(Article(raw=item.read_bytes(), source=source))
        store.save(article, run_id)
        coded += 1
        if format is OutputFormat.jsonl:
            to_jsonl(article, sys.stdout)
        else:
            render_table(article, console)
    store.finish_run(run_id, coded, 0)
    from ..incidents import update as update_incidents

    update_incidents(store)
    counts = store.counts()
    console.print(
        f"\nCoded {coded} article(s) into {Path(db).resolve()} in {time.perf_counter() - started:.1f} s: "
        f"{counts['events']} events, {counts['quotes']} quotes, {counts['actors']} actors."
    )
    console.print(f"Open the dashboard: .venv/bin/wirecoder serve --db {db}   then http://127.0.0.1:8000/")
    console.print(f"Code your own:      .venv/bin/wirecoder code YOUR_ARTICLE.txt --db {db}   (see README.md)")


@app.command()
def rejects(db: Annotated[str, typer.Option(help="Database path or URL.")] = "wirecoder.db") -> None:
    """List the inputs that were rejected, with their reasons."""
    from ..store import Store

    if "://" not in db and not Path(db).exists():
        fail(f"no database at {db}")
    try:
        rows = Store(db, read_only=True).rejects()
    except WirecoderError as exc:
        fail(str(exc))
    for r in rows:
        typer.echo(f"{r['source']}\t{r['reason']}\t{r['message']}")
    typer.echo(f"{len(rows)} rejected input(s)", err=True)
