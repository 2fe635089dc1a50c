"""A raid told with its arrests is the arrest: "police raided the offices of the opposition and detained 41
activists" is one act of coercion by the police, not also an assault for the raid. Only a raid by the side
that makes the arrest in the same sentence, and only where the raid killed nobody ("raided the village, killed
two and arrested five" keeps its attack).

Words: ``data/lexicon/raid_arrests.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Article, Event
from .lexicon import word_lists


@dataclass(frozen=True)
class _Words:
    raid_verbs: frozenset[str]
    arrest_codes: frozenset[str]


def _words() -> _Words:
    return word_lists("raid_arrests", _Words)


def _side(e: Event) -> str | None:
    return None if e.source is None else (e.source.actor_id or e.source.text)


def _arrest(e: Event, codes: frozenset[str]) -> bool:
    code = str(e.cameo.get("code") or "")
    return any(code.startswith(c) for c in codes)


def _raid(e: Event, verbs: frozenset[str]) -> bool:
    lemma = str((e.trigger or {}).get("lemma") or "").lower()
    return e.cameo.get("root") in {"18", "19"} and lemma in verbs and not e.fatalities


def drop_raids_of_arrests(article: Article, events: list[Event]) -> list[Event]:
    """The events less the raids whose arrests, by the same side, their own sentence tells."""
    words = _words()
    arrests = {(e.sentence_index, _side(e)) for e in events if _arrest(e, words.arrest_codes) and _side(e)}
    if not arrests:
        return events
    return [e for e in events if not (_raid(e, words.raid_verbs) and (e.sentence_index, _side(e)) in arrests)]
