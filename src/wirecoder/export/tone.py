"""The tone of an article for GDELT's ``AvgTone``: per cent of positive minus per cent of negative
words, as GDELT defines it, with the words scored by VADER (a maintained, MIT-licensed sentiment lexicon
tuned to news and social text) instead of GDELT's own dictionaries."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def tone(text: str | None) -> float | None:
    """Positive minus negative share of the text, in per cent (-100 … +100); None for an empty text."""
    if not text or not text.strip():
        return None
    scores = _analyzer().polarity_scores(text)
    return round(100.0 * (scores["pos"] - scores["neg"]), 4)
