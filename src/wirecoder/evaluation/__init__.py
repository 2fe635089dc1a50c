"""``wirecoder eval``: scoring the coder against gold sets (PLOVER GSR, PETRARCH2 validation and unit tests).

``read_gold`` reads a gold file into ``GoldItem`` records; ``evaluate`` codes them with the normal
``Pipeline`` and returns one ``SetScore`` per set; ``report`` renders scores as text or JSON.
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
