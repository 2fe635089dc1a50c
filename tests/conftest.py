"""Shared fixtures: one real spaCy pipeline per test session, paths to ../shared (skip when absent, an
error under CI=true)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# The seed article is read in place from ../shared (never copied into the repository).
SEED = SHARED / "examples" / "seed-article.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared; skip the test with a message when it is not there (fail under CI=true)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is absent (../shared is not beside this checkout)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def seed_path() -> Path:
    return shared_path("examples", "seed-article.txt")


@pytest.fixture(scope="session")
def settings():
    from wirecoder import Settings

    return Settings()


@pytest.fixture(scope="session")
def pipeline(settings):
    from wirecoder import Pipeline

    return Pipeline(settings)


@pytest.fixture(scope="session")
def short(settings):
    """A pipeline for one-sentence texts (no minimum length, no language check), as ``wirecoder eval`` codes."""
    from wirecoder.evaluation.run import eval_settings
    from wirecoder.pipeline import Pipeline

    return Pipeline(eval_settings(settings))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return seed_path().read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed(pipeline, seed_text):
    """The seed article coded with no publication date given (the date must be inferred)."""
    from wirecoder import Article

    return pipeline(Article(raw=seed_text, source=str(SEED)))
