"""``wirecoder eval``: scoring the coder against gold sets (PLOVER GSR, PETRARCH2 validation and unit tests;
whole Wikinews articles in ``wikinews``, UCDP headlines in ``ucdp``).

``read_gold`` reads a sentence gold file into ``GoldItem`` records; ``evaluate`` codes every set with the
normal ``Pipeline`` and returns one score per set (``SetScore``; ``WikinewsScore``, ``UcdpScore`` for the
news sets), each with a confidence ``Reliability``; ``report`` renders scores as text, Markdown or JSON.
How the scores are computed: docs/evaluation.md.
"""

from __future__ import annotations

from .gold import FORMATS, GoldCoding, GoldItem, guess_format, read_gold
from .run import GOLD_SETS, GoldSet, default_sets, evaluate, evaluate_set, gold_dir
from .score import FieldScore, SetScore

__all__ = [
    "FORMATS",
    "GOLD_SETS",
    "FieldScore",
    "GoldCoding",
    "GoldItem",
    "GoldSet",
    "SetScore",
    "default_sets",
    "evaluate",
    "evaluate_set",
    "gold_dir",
    "guess_format",
    "read_gold",
]
