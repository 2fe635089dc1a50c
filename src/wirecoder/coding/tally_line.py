"""The tally line's shape: an incident note closing with its count ("6 fatalities.", "11 fatalities, including 8
militants.", "Fatalities: 3"). Kept apart from ``coding/tally.py`` (which folds the count into the acts) so
that frames may ask for it (``coding/tallied.py``) without importing the coding of acts.

Words: ``data/lexicon/tally.yaml``.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load, word_set


@cache
def _line() -> re.Pattern[str]:
    """A whole sentence that is a tally: "<count> <noun>[, <tail word> ...]." or "<noun>: <count>."."""
    data = load("tally")
    nouns = "|".join(sorted(word_set(data.get("nouns")), key=len, reverse=True))
    tails = "|".join(sorted(word_set(data.get("tails")), key=len, reverse=True))
    count = r"(?:\d+|[a-z]+(?:[- ][a-z]+)?)"
    tail = rf"(?:[,;]?\s*(?:{tails})\b[^.]*)?"
    return re.compile(rf"^\s*(?:{count}\s+(?:{nouns})|(?:{nouns})\s*:\s*{count}){tail}\s*[.]?\s*$", re.IGNORECASE)


def is_tally_line(sentence: str) -> bool:
    """Whether ``sentence`` is a tally line ("3 fatalities.", "Fatalities: 3", "11 fatalities, including 8 JNIM
    militants"), not a sentence that tells an act ("3 fatalities were reported after the attack")."""
    return bool(_line().match(sentence))
