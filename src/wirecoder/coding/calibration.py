"""Calibrated ``confidence``: the coder's raw score mapped to the chance that the event's type is right.

The map is a small logistic model over the raw confidence and a few event features (PLOVER type, verb or
noun trigger, which actors resolved to a country, modality, reported speech, whether the event comes from
a many-sentence article and from its lead), fitted on the development
sets by ``scripts/build_calibration.py`` and stored in ``data/calibration/confidence.json``. Rebuild it
whenever the coder changes (``make calibration``); docs/evaluation.md says what a threshold buys.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..article import Article, Event
from ..errors import DataError

DATA = ("calibration", "confidence.json")
PLOVER_TYPES = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT"
).split()
_ENABLED: ContextVar[bool] = ContextVar("wirecoder_calibration", default=True)


def features(article: Article, event: Event) -> dict[str, float]:
    """The event's features the map reads (also what the build script fits on): name -> value."""
    ptype = (event.plover or {}).get("type")
    out: dict[str, float] = {"raw": float(event.confidence)}
    for t in PLOVER_TYPES:
        out[f"type:{t}"] = float(ptype == t)
    out["noun_trigger"] = float(_trigger_pos(article, event) in {"NOUN", "PROPN"})
    out["source"] = float(event.source is not None)
    out["source_country"] = float(bool(event.source and event.source.country))
    out["target"] = float(event.target is not None)
    out["target_country"] = float(bool(event.target and event.target.country))
    out["acled_type"] = float(bool((event.acled or {}).get("event_type")))
    out["modal"] = float(event.hypothetical or event.future or event.negated)
    out["reported"] = float(event.reported_by is not None)
    # lone sentences (sentence lists, test sets) are coded right far more often than sentences of real
    # articles, whose leads state the main news and later sentences mix in background
    out["in_article"] = float(len(article.sentences) > 3)
    out["article_lead"] = float(out["in_article"] and event.sentence_index == 0)
    return out


def _trigger_pos(article: Article, event: Event) -> str | None:
    doc = article.doc
    start, end = (event.trigger or {}).get("start"), (event.trigger or {}).get("end")
    if doc is None or start is None or end is None:
        return None
    span = doc.char_span(int(start), int(end), alignment_mode="expand")
    return span.root.pos_ if span is not None and len(span) else None


@lru_cache(maxsize=1)
def load_map(path: str | None = None) -> dict[str, Any] | None:
    """The packaged calibration map (or the one at ``path``); None when there is none yet."""
    file = Path(path) if path else Path(str(resources.files("wirecoder").joinpath("data", *DATA)))
    if not file.is_file():
        return None
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(str(file), f"not valid JSON ({exc.msg})", exc.lineno) from exc
    if not isinstance(data, dict) or not isinstance(data.get("weights"), dict) or "bias" not in data:
        raise DataError(str(file), "expected a calibration map with 'bias' and 'weights'")
    return data


def probability(feats: dict[str, float], cmap: dict[str, Any]) -> float:
    """The map's probability for one event's features (a logistic model: bias + weights . features)."""
    z = float(cmap["bias"]) + sum(float(w) * feats.get(name, 0.0) for name, w in cmap["weights"].items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(article: Article, cmap: dict[str, Any] | None = None) -> list[Event]:
    """The article's events with calibrated confidence (unchanged when no map is packaged or it is off)."""
    cmap = cmap if cmap is not None else load_map()
    if cmap is None or not _ENABLED.get():
        return article.events
    lo, hi = cmap.get("clip", (0.01, 0.99))
    for event in article.events:
        event.confidence = round(min(hi, max(lo, probability(features(article, event), cmap))), 2)
    return article.events


@contextmanager
def uncalibrated() -> Iterator[None]:
    """Within this block events keep the coder's raw confidence (for fitting the map)."""
    token = _ENABLED.set(False)
    try:
        yield
    finally:
        _ENABLED.reset(token)
