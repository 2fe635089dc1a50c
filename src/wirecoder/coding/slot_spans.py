"""Target slots kept or dropped by where they stand: the character span of a phrase, and the slots that fall
outside a set of such spans (targets.told_audience.v1 drops the audience "told reporters", targets.judged_victims.v1
the victims of the act a statement judges)."""

from __future__ import annotations

from typing import Any

from .roles import Slot


def phrase_chars(tok: Any) -> tuple[int, int]:
    """The character span of ``tok``'s phrase (its subtree, edge to edge)."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right)


def slot_start(slot: Slot, doc: Any) -> int | None:
    """Where ``slot`` stands in the text (its mention's start, else its head token's)."""
    if slot.mention is not None:
        return slot.mention.start
    return doc[slot.head].idx if slot.head is not None else None


def outside_spans(targets: list[Slot], doc: Any, spans: list[tuple[int, int]]) -> list[Slot]:
    """The ``targets`` that do not stand inside any of ``spans`` (a slot with no place in the text is kept)."""
    return [s for s in targets if (at := slot_start(s, doc)) is None or not any(lo <= at < hi for lo, hi in spans)]
