"""Running the normal pipeline over gold sentences and scoring the result.

Each gold sentence becomes an ``Article`` (``published`` = its date) coded by an ordinary
``Pipeline`` built with the language check off and ``min_words=0`` (gold sentences are short).
Nothing is added to the pipeline for evaluation's sake.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article, Event
from ..errors import InputError
from ..pipeline import Pipeline
from ..settings import Settings
from .gold import GoldCoding, GoldItem, read_gold
from .score import SetScore, event_coding

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from .ucdp import UcdpScore
    from .wikinews import WikinewsScore

    AnyScore = SetScore | WikinewsScore | UcdpScore

# The gold sets wirecoder is evaluated on, relative to the gold directory (``../shared/gold``).
GOLD_SETS: dict[str, tuple[str, str]] = {
    "plover-gsr": ("plover-gsr", "plover_gsr/PLOVER_GSR_CAMEO.txt"),
    "petr2-afp": ("petr-xml", "universal_petrarch/PETR2_GSR_validation.xml"),
    "petr2-unit": ("petr-unit", "petrarch2/PETR.UnitTest.records.xml"),
    "wikinews-dev": ("wikinews-dev", "wikinews-dev/wikinews-dev.jsonl"),
    "ucdp": ("ucdp", "ucdp/ucdp-ged-pakistan-headlines.jsonl"),
}
# Formats scored by their own modules (whole articles, headlines) rather than sentence by sentence.
NEWS_FORMATS = ("wikinews-dev", "ucdp")


@dataclass(frozen=True)
class GoldSet:
    """A named gold file and its format."""

    name: str
    format: str
    path: Path


def gold_dir(start: Path | None = None) -> Path:
    """``$WIRECODER_GOLD_DIR``, else ``../shared/gold`` beside the current directory or this checkout."""
    env = os.environ.get("WIRECODER_GOLD_DIR")
    if env:
        return Path(env)
    candidates = [(start or Path.cwd()).resolve()]
    candidates.append(Path(__file__).resolve().parents[3])  # the checkout root, for an editable install
    for base in candidates:
        for parent in (base, *base.parents):
            path = parent.parent / "shared" / "gold"
            if path.is_dir():
                return path
    return candidates[0].parent / "shared" / "gold"


def default_sets(directory: Path | None = None) -> list[GoldSet]:
    """The gold sets under ``directory`` (default ``gold_dir()``), whether present or not."""
    base = directory or gold_dir()
    return [GoldSet(name, fmt, base / rel) for name, (fmt, rel) in GOLD_SETS.items()]


def eval_settings(base: Settings | None = None) -> Settings:
    """Settings for coding gold sentences: language check off, no minimum length."""
    return replace(base or Settings.from_env(), check_language=False, min_words=0, published=None)


def articles(items: Iterable[GoldItem], set_name: str) -> Iterator[Article]:
    for item in items:
        yield Article(raw=item.text, source=f"gold:{set_name}:{item.id}", id=item.id, published=item.date)


def code_events(pipeline: Pipeline, items: list[GoldItem], set_name: str) -> list[list[Event] | str]:
    """Our events of each gold sentence; for a sentence that could not be coded, the reason instead
    ("rejected: ..." for an ``InputError``, "crashed: ..." for a bug, which is logged with its traceback)."""
    out: list[list[Event] | str] = []
    for article in articles(items, set_name):
        try:
            coded = pipeline(article)
        except InputError as exc:
            out.append(f"rejected: {exc.message}")
            continue
        except Exception as exc:  # a bug in a stage: score the sentence as empty, keep going, say so
            log.exception("coding %s crashed", article.source)
            out.append(f"crashed: {type(exc).__name__}: {exc}")
            continue
        out.append(list(coded.events))
    return out


def code_items(pipeline: Pipeline, items: list[GoldItem], set_name: str) -> list[list[GoldCoding] | str]:
    """Our codings of each gold sentence (``code_events`` in the neutral shape of the gold readers)."""
    return [r if isinstance(r, str) else [event_coding(e) for e in r] for r in code_events(pipeline, items, set_name)]


def evaluate_set(gold: GoldSet, pipeline: Pipeline, limit: int | None = None, keep_errors: bool = True) -> SetScore:
    """Read one gold set, code its sentences with ``pipeline`` and score them."""
    items = read_gold(gold.path, gold.format)
    if limit is not None:
        items = items[:limit]
    score = SetScore(gold.name, gold.format, str(gold.path))
    t0 = time.perf_counter()
    coded = code_events(pipeline, items, gold.name)
    score.seconds = time.perf_counter() - t0
    for item, events in zip(items, coded, strict=True):
        if isinstance(events, str):
            if events.startswith("crashed"):
                score.crashed.append(f"{item.id}: {events}")
            else:
                score.rejected += 1
            events = []
        score.add(item, [event_coding(e) for e in events], keep_errors=keep_errors)
        gold_types = {c.plover for c in item.codings if c.plover}
        for e in events:
            score.reliability.add(e.confidence, (e.plover or {}).get("type") in gold_types)
    return score


PETR_KNOWLEDGE = ("validate", "validate-actors", "packaged")


def pipeline_for(
    gold: GoldSet, settings: Settings, cache: dict[str, Pipeline], petr_knowledge: str = "validate"
) -> Pipeline:
    """The pipeline a set is coded with: the packaged knowledge, or for PETRARCH2's unit tests the
    PETR.Validate.* dictionaries beside the gold file (see ``petrarch_dicts``).

    ``petr_knowledge``: "validate" (its actors and verbs, the default), "validate-actors" (its actors,
    the packaged patterns) or "packaged" (no PETR.Validate knowledge at all).
    """
    if petr_knowledge not in PETR_KNOWLEDGE:
        raise ValueError(f"petr_knowledge must be one of {', '.join(PETR_KNOWLEDGE)}")
    if gold.format == "petr-unit" and petr_knowledge != "packaged":
        from .petrarch_dicts import validate_pipeline

        key = f"petr-unit:{petr_knowledge}:{gold.path.parent}"
        if key not in cache:
            cache[key] = validate_pipeline(settings, gold.path.parent, verbs=petr_knowledge == "validate")
        return cache[key]
    if "default" not in cache:
        cache["default"] = Pipeline(settings)
    return cache["default"]


def evaluate(
    sets: Iterable[GoldSet],
    settings: Settings | None = None,
    limit: int | None = None,
    keep_errors: bool = True,
    petr_knowledge: str = "validate",
) -> list[AnyScore]:
    """Score each gold set; pipelines are built once and shared between sets that use the same knowledge."""
    s = eval_settings(settings)
    cache: dict[str, Pipeline] = {}
    out: list[AnyScore] = []
    for g in sets:
        pipeline = pipeline_for(g, s, cache, petr_knowledge)
        if g.format == "wikinews-dev":
            from .wikinews import evaluate_wikinews

            out.append(evaluate_wikinews(g.name, g.path, pipeline, limit, keep_errors))
        elif g.format == "ucdp":
            from .ucdp import evaluate_ucdp

            out.append(evaluate_ucdp(g.name, g.path, pipeline, limit, keep_errors))
        else:
            out.append(evaluate_set(g, pipeline, limit, keep_errors))
    return out
