"""The government an opposition names bare is its own country's.

"Indian opposition leader Rahul Gandhi accused the government of hiding losses", "the opposition party urged the
regime to free its leaders": an opposition (sector ``opposing_sectors``) that names "the government" with no owner
means the government it opposes at home. The actor pass links such a bare noun to the last government named in the
story, which in a story of two countries may be the other one's ("... meet President Xi. Indian opposition leader
... accused the government"). When the source is of an opposing sector with a country, and the target's words are
a determiner and a government noun only (``data/lexicon/own_government.yaml``), the target takes the source's
country. A government owned in words ("China's government", "the Chinese regime") is left as the sentence says.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import Any

from ..article import Event
from ..coding import lexicon


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = lexicon.load("own_government")
    return (
        lexicon.word_set(data.get("government_nouns")),
        lexicon.word_set(data.get("determiners")),
        frozenset(str(s) for s in data.get("opposing_sectors") or ()),
    )


def _bare_government(text: str) -> bool:
    """Are the words only a determiner and a government noun ("the government", "the ruling party")?"""
    nouns, determiners, _ = _words()
    words = text.lower().split()
    return len(words) >= 2 and words[0] in determiners and " ".join(words[1:]) in nouns


def own_government(event: Event, kb: Any) -> None:
    """Give a bare "the government" named by an opposition the opposition's own country (see the module doc)."""
    source, target = event.source, event.target
    if source is None or target is None or not source.country or not target.text:
        return
    if source.sector not in _words()[2] or target.country == source.country:
        return
    if _bare_government(target.text):
        actor = kb.country_actor(source.country, "GOV", governing=False)
        event.target = replace(
            target,
            actor_id=actor.actor_id,
            name=actor.name,
            country=source.country,
            sector="GOV",
            cameo=actor.cameo,
            country_basis="source",
        )
