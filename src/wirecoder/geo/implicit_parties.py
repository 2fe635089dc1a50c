"""The parties an appeal is addressed to when it names them only as "both sides" or asks for calm.

"X urged both sides to show restraint", "Y called for a ceasefire" in a story about one country's
conflict: the appeal is addressed to that conflict's parties, and the Wikinews guide gives the target the
country they are of. This fills the target of a REQUEST that has none when (a) its sentence names the
parties only generically ("both sides", "all parties", "the warring factions") or asks for calm, restraint,
a ceasefire, a truce or an end to the fighting, (b) the story is clearly about one country (``story_country``:
other sentences name it at least twice, leading any other country two to one), and (c) the sentence names
no other country than the speaker's and that one ("urged both sides in X's war" about another country gives
none). When the story names two countries, the parties are still one country's when the acts told before the
appeal fight inside that country only (an army and a militia of one country: ``_war_country``). A speaker of the
story's own country (a government appealing for an end to the violence at home)
addresses that country's parties too. A story about two countries (a border war) gives no single country,
and no target is invented: nor does a story one country's names lead when a fight told before the appeal is
between two countries ("Ethiopian troops clashed with Eritrean forces ... urged both sides").
"""

from __future__ import annotations

import re
from typing import Any

from ..article import Article, Event, Participant
from ..coding.story_country import story_country

_SIDES = r"\b(?:both|all|the two|the warring|rival)\s+(?:sides|parties|factions|camps)\b"
_FIGHTS = frozenset({"ASSAULT"})  # acts whose two sides are a war's parties
_GUESSED = frozenset({"sentence", "story"})  # a country the coder guessed for a participant, not one written
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
    speakers = {  # "Egypt and Saudi Arabia called on ...": each speaker's country is no party's
        e.source.country
        for e in article.events
        if e.sentence_index == event.sentence_index and e.source is not None and e.trigger == event.trigger
    } | {speaker}
    others = [  # the sentence's other countries ("urged both sides in Sudan"): the story's must be among them
        m
        for m in article.mentions
        if m.sentence_index == event.sentence_index and m.actor is not None and m.actor.country not in {None, *speakers}
    ]
    fights = _fights_before(event, article)
    if any(a != b for a, b, guessed in fights if not guessed):
        return  # "Ethiopian troops clashed with Eritrean forces": a war of two countries has no single party
    country = story_country(article, event.sentence_index, others) or _war_country(event, article, speaker, others)
    if country is None:
        return
    named = _NAMED.search(text)  # "both sides" is written as the target; a call for calm names no one
    event.target = Participant(named.group(0) if named else "", country=country, country_basis="story")


def _fights_before(event: Event, article: Article) -> list[tuple[str, str, bool]]:
    """(source country, target country, target's country guessed) of the fights told before the appeal."""
    return [
        (e.source.country, e.target.country, e.target.country_basis in _GUESSED)
        for e in article.events
        if e.sentence_index < event.sentence_index
        and (e.plover or {}).get("type") in _FIGHTS
        and e.source is not None
        and e.target is not None
        and e.source.country
        and e.target.country
        and not e.background
    ]


def _war_country(event: Event, article: Article, speaker: str | None, others: list[Any]) -> str | None:
    """The one country whose own sides fight each other in the acts told before the appeal ("the RSF shelled a
    camp near El Fasher" in a story that also names the UAE): a story about two countries still tells one war.
    None when the acts told before fight in several countries, or when the sentence names another country."""
    fights = _fights_before(event, article)
    if any(a != b for a, b, guessed in fights if not guessed):
        return None  # "Pakistani troops fired on Indian posts": a war of two countries has no single party
    # a target whose country the coder guessed ("killing two soldiers") says only that the source fought
    fought = {a for a, b, guessed in fights if a == b or guessed}
    if len(fought) != 1:
        return None
    country = next(iter(fought))
    named = {m.actor.country for m in others}
    return country if named <= {country} and country != speaker else None
