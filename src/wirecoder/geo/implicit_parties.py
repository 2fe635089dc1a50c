"""The parties an appeal is addressed to when it names them only as "both sides" or asks for calm.

"X urged both sides to show restraint", "Y called for a ceasefire" in a story about one country's
conflict: the appeal is addressed to that conflict's parties, and the Wikinews guide gives the target the
country they are of. This fills the target of a REQUEST that has none when (a) its sentence names the
parties only generically ("both sides", "all parties", "the warring factions") or asks for calm, restraint,
a ceasefire, a truce or an end to the fighting, (b) the story is clearly about one country (``story_country``:
other sentences name it at least twice, leading any other country two to one), and (c) the sentence names
no other country than the speaker's and that one ("urged both sides in X's war" about another country gives
none). A speaker of the story's own country (a government appealing for an end to the violence at home)
addresses that country's parties too. A story about two countries (a border war) gives no single country,
and no target is invented.
"""

from __future__ import annotations

import re

from ..article import Article, Event, Participant
from ..coding.story_country import story_country

_SIDES = r"\b(?:both|all|the two|the warring|rival)\s+(?:sides|parties|factions|camps)\b"
_NAMED = re.compile(_SIDES, re.IGNORECASE)
_PARTIES = re.compile(
    _SIDES + r"|\b(?:calm|restraint|de-?escalation)\b"
    r"|\b(?:a|an immediate|a lasting|a permanent|a humanitarian)\s+(?:ceasefire|cease-fire|truce)\b"
    r"|\bend to (?:the )?(?:fighting|violence|clashes|hostilities|bloodshed)\b",
    re.IGNORECASE,
)


def addressed_parties(event: Event, article: Article) -> None:
    """Give a generic appeal's missing target the country of the story's conflict (see the module doc)."""
    if (event.plover or {}).get("type") != "REQUEST" or event.target is not None:
        return
    if event.negated or event.hypothetical:
        return
    text = (event.evidence or {}).get("sentence") or ""
    found = _PARTIES.search(text)
    if found is None:
        return
    speaker = event.source.country if event.source is not None else None
    others = [  # the sentence's other countries ("urged both sides in Sudan"): the story's must be among them
        m
        for m in article.mentions
        if m.sentence_index == event.sentence_index and m.actor is not None and m.actor.country not in {None, speaker}
    ]
    country = story_country(article, event.sentence_index, others)
    if country is None:
        return
    named = _NAMED.search(text)  # "both sides" is written as the target; a call for calm names no one
    event.target = Participant(named.group(0) if named else "", country=country, country_basis="story")
