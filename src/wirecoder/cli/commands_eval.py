"""The ``eval`` command: score the coder against gold sets (a thin layer over ``wirecoder.evaluation``)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import WirecoderError
from ..settings import Settings
from . import app, fail, setup_logging


class PetrKnowledge(StrEnum):
    validate = "validate"
    validate_actors = "validate-actors"
    packaged = "packaged"


class GoldFormat(StrEnum):
    plover_gsr = "plover-gsr"
    petr_xml = "petr-xml"
    petr_unit = "petr-unit"
    acled = "acled"
    wikinews_dev = "wikinews-dev"
    ucdp = "ucdp"


@app.command("eval")
def eval_(
    gold: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="GOLD",
            show_default=False,
            help="Gold files. Default: the five sets under ../shared/gold (or $WIRECODER_GOLD_DIR).",
        ),
    ] = None,
    fmt: Annotated[
        GoldFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Format of the GOLD files (guessed from each file when not given; a .csv file is an "
            "ACLED-style export whose notes are coded and compared with its event types).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print one Markdown table of F1 per field and set.")
    ] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List the sentences where we differ from gold.")] = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            "-n",
            min=1,
            help="Score only the first N sentences of each set (articles of wikinews-dev, headlines of ucdp).",
        ),
    ] = None,
    petr_knowledge: Annotated[
        PetrKnowledge,
        typer.Option(
            "--petr-knowledge",
            help="What PETRARCH2's unit tests are coded with: its PETR.Validate actors and verbs, its actors "
            "with the packaged patterns, or the packaged knowledge only.",
        ),
    ] = PetrKnowledge.validate,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to parse with.")] = None,
    actors: Annotated[
        bool,
        typer.Option(
            "--actors/--no-actors",
            help="Also score actor resolution (each gold actor resolved in its sentence; default sets only).",
        ),
    ] = True,
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logging (-vv for debug).")] = 0,
) -> None:
    """Score the coder against gold sets: precision, recall and F1 per field, and a confusion table."""
    from ..evaluation import GoldSet, default_sets, evaluate, gold_dir, guess_format
    from ..evaluation.report import render_json, render_markdown, render_text

    setup_logging(verbose)
    if gold:
        gold = [_set_file(p, default_sets()) if p.is_dir() else p for p in gold]
        missing = [str(p) for p in gold if not p.is_file()]
        if missing:
            fail(f"gold file not found: {', '.join(missing)}")
        acled = [p for p in gold if (fmt.value if fmt else ("acled" if p.suffix.lower() == ".csv" else "")) == "acled"]
        if acled:
            _eval_acled(acled, model, limit, errors, as_json)
            gold = [p for p in gold if p not in acled]
            if not gold:
                return
        sets = [GoldSet(p.stem, fmt.value if fmt else guess_format(p), p) for p in gold]
    else:
        sets = [s for s in default_sets() if s.path.is_file()]
        if not sets:
            fail(
                f"no gold files under {gold_dir()}; put ../shared/gold beside the checkout, set "
                "WIRECODER_GOLD_DIR, or name the files: wirecoder eval FILE --format plover-gsr"
            )
    try:
        scores = evaluate(
            sets,
            Settings.from_env(spacy_model=model),
            limit=limit,
            keep_errors=errors,
            petr_knowledge=petr_knowledge.value,
        )
    except WirecoderError as exc:
        fail(str(exc))
    actor_scores = None
    if actors and not gold:
        from ..evaluation.actors_score import evaluate_actors

        actor_scores = evaluate_actors(gold_dir(), Settings.from_env(spacy_model=model), limit=limit)
    if as_json:
        if actor_scores is None:
            typer.echo(render_json(scores, errors=errors))
        else:
            import json

            payload = json.loads(render_json(scores, errors=errors))
            payload["actor_resolution"] = actor_scores.as_dict()["actors"]
            typer.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    elif markdown:
        typer.echo(render_markdown(scores))
    else:
        typer.echo(render_text(scores, errors=errors))
    if actor_scores is not None and not as_json:
        typer.echo("\nactor resolution (each gold actor resolved in its sentence):")
        for line in actor_scores.lines():
            typer.echo("  " + line)


def _eval_acled(paths: list[Path], model: str | None, limit: int | None, errors: bool, as_json: bool) -> None:
    """Score ACLED-style CSV files (``wirecoder.evaluation.acled``) and print the result."""
    import json

    from ..evaluation.acled import evaluate_acled
    from ..evaluation.run import eval_settings
    from ..pipeline import Pipeline

    settings = eval_settings(Settings.from_env(spacy_model=model))
    try:
        pipeline = Pipeline(settings)
        scores = [evaluate_acled(p, settings, limit=limit, keep_errors=errors, pipeline=pipeline) for p in paths]
    except WirecoderError as exc:
        fail(str(exc))
    if as_json:
        typer.echo(json.dumps([s.as_dict() for s in scores], indent=2, ensure_ascii=False))
        return
    for score in scores:
        typer.echo("\n".join(score.lines(errors=errors)))


def _set_file(folder: Path, known: list[Any]) -> Path:
    """A gold folder named on the command line ("../shared/gold/ucdp"): the file of the known set in it."""
    inside = [s.path for s in known if s.path.parent.resolve() == folder.resolve()]
    if len(inside) != 1:
        fail(f"{folder} is a folder: give the gold file in it (one of the sets' files, e.g. {known[0].path.name})")
    return Path(inside[0])
