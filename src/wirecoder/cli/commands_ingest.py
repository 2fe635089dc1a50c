"""``wirecoder ingest``: code many inputs into a database, resumably, on several worker processes."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..errors import WirecoderError
from ..settings import Settings
from . import app, fail, setup_logging, sigterm_as_interrupt


@app.command()
def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files, directories (recursive), globs or '-': .txt, .html, .jsonl(.gz), .warc(.gz), RSS/Atom files."
        ),
    ],
    db: Annotated[str, typer.Option(help="Database: a SQLite path or postgresql:// URL.")] = "wirecoder.db",
    workers: Annotated[
        int,
        typer.Option(
            "--workers", "-w", help="Worker processes (each loads the pipeline once); 0 codes in this process."
        ),
    ] = 1,
    engine: Annotated[str, typer.Option(help="local (worker processes) or dask.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address tcp://host:8786 (default: a LocalCluster with --workers workers)."),
    ] = None,
    shards: Annotated[
        str | None,
        typer.Option(
            help="--engine dask only: workers write Parquet shards and _manifest.json to this directory (shared by all workers) instead of --db."
        ),
    ] = None,
    partition_size: Annotated[
        int, typer.Option(help="--shards: inputs per partition (one Dask task and one shard of each kind).")
    ] = 200,
    since: Annotated[
        str | None, typer.Option(help="Leave out articles published before this date (YYYY-MM-DD).")
    ] = None,
    lang: Annotated[str, typer.Option(help="Language of the inputs (only en is supported).")] = "en",
    prefilter: Annotated[
        bool | None,
        typer.Option(
            "--prefilter/--no-prefilter",
            help="Parse only sentences that can hold an event (default: env WIRECODER_PREFILTER, else off).",
        ),
    ] = None,
    near_threshold: Annotated[
        float, typer.Option(help="MinHash similarity at which two articles are one story.")
    ] = 0.8,
    chunk: Annotated[
        int, typer.Option(min=1, help="--engine local: articles per worker task (one round trip, one batched parse).")
    ] = 4,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline (default en_core_web_sm).")] = None,
    no_language_check: Annotated[
        bool, typer.Option("--no-language-check", help="Code text even if it does not look English.")
    ] = False,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal; log lines otherwise)."),
    ] = None,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True)] = 0,
) -> None:
    """Code many articles into a database; rerun the same command to resume or to add new inputs."""
    setup_logging(verbose)
    import os

    # Workers are processes: keep numerical libraries to one thread each (no oversubscription of the
    # cores, and no thread pool running when the parent forks its workers). Set before spaCy is imported.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(var, "1")

    try:
        from ..batch import BatchOptions, run_batch
        from ..batch.progress import Progress, summary_lines
    except ImportError as exc:  # the optional 'batch' dependencies (datasketch ...)
        fail(f"wirecoder ingest needs the batch extras ({exc.name} is missing): pip install 'wirecoder[batch]'")

    if lang.lower() not in ("en", "eng", "english"):
        fail(f"--lang {lang}: only English (en) is supported")
    if since:
        from ..clean import normalize_date

        iso = normalize_date(since)
        if iso is None:
            fail(f"--since {since!r} is not a date; give YYYY-MM-DD")
        since = iso
    if engine not in ("local", "dask"):
        fail(f"--engine {engine!r}: use local or dask")
    if engine == "dask":
        import importlib.util

        if importlib.util.find_spec("distributed") is None:
            fail("--engine dask needs the dask extras: pip install 'wirecoder[dask]'")
    overrides: dict[str, object] = {"spacy_model": model}
    if no_language_check:
        overrides["check_language"] = False
    use_prefilter = prefilter if prefilter is not None else os.environ.get("WIRECODER_PREFILTER", "off") == "on"
    settings = Settings.from_env(**overrides, prefilter=use_prefilter)
    if shards is not None:
        if engine != "dask":
            fail("--shards needs --engine dask")
        from ..batch.dask_engine import ShardOptions, run_shards

        try:
            done = run_shards(
                inputs,
                shards,
                settings,
                ShardOptions(workers=max(workers, 1), scheduler=scheduler, partition_size=partition_size, since=since),
                stdin=sys.stdin.buffer,
            )
        except WirecoderError as exc:
            fail(str(exc))
        typer.echo(
            f"{done.partitions} partition(s): {done.written} written, {done.skipped} already complete; "
            f"{done.inputs} input(s): {done.coded} coded, {done.events} event(s), {done.duplicates} duplicate(s), "
            f"{done.rejected} rejected, {done.older} older; {done.incidents} cross-story incident(s); "
            f"manifest: {Path(shards) / '_manifest.json'}",
            err=True,
        )
        for reason, n in sorted(done.reasons.items()):
            typer.echo(f"  rejected ({reason}): {n}", err=True)
        if done.rejected and not done.coded:
            raise typer.Exit(2)
        return
    options = BatchOptions(
        workers=workers, engine=engine, scheduler=scheduler, since=since, near_threshold=near_threshold, chunk=chunk
    )
    command = (
        "wirecoder ingest " + " ".join(shlex.quote(a) for a in sys.argv[2:])
        if len(sys.argv) > 2
        else "wirecoder ingest"
    )
    reporter = Progress(sys.stderr, tty=progress if progress is not None else None)
    try:
        with sigterm_as_interrupt() as terminated:
            summary = run_batch(inputs, db, settings, options, reporter, stdin=sys.stdin.buffer, command=command)
    except WirecoderError as exc:
        fail(str(exc))
    for line in summary_lines(summary, resume_hint=command if summary.interrupted else None):
        typer.echo(line, err=True)
    if summary.rejected:
        typer.echo(
            f"list the rejected inputs and their reasons with: wirecoder rejects --db {shlex.quote(db)}", err=True
        )
    if summary.interrupted:
        raise typer.Exit(143 if terminated else 130)
    if summary.rejected and not (summary.coded or summary.duplicates or summary.skipped):
        raise typer.Exit(2)
