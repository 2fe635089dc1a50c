"""Violence told as a state force's operation: "five militants killed in a police raid in Quetta", "nine
fighters killed in a military operation in Lower Shabelle". The force that names the operation ran it: it
is the source, of the country where the operation took place (as incident data writes "Police Forces of
Pakistan"), when the text names no other source and the dead are not that state's own men.
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Event, Participant
from ..coding.constants import Token
from .sides import PLACE_FROM

# Nouns of an operation run by a side (lemmas): the modifier before them names who ran it.
OPERATION_NOUNS = frozenset({"operation", "raid", "offensive", "crackdown", "encounter", "action", "sweep"})
# Sectors of state forces that run operations.
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def operation_source(article: Article, event: Event, kb: Any, day: Any = None) -> None:
    """Give a violent event with no source the state force whose operation it was, of the place's country."""
    if event.source is not None or (event.cameo or {}).get("root") not in _VIOLENT_ROOTS or article.doc is None:
        return
    location = event.location or {}
    country = location.get("country")
    if not country or location.get("from") not in PLACE_FROM:
        return
    if event.target is not None and event.target.sector in _FORCE_SECTORS | {"GOV"}:
        return  # "two soldiers killed in an army operation": killed by the other side
    sentence = article.sentences[event.sentence_index]
    span = article.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    for tok in span or ():
        if tok.lemma_.lower() not in OPERATION_NOUNS or tok.pos_ not in {"NOUN", "VERB"}:  # "police raid" as a verb
            continue
        force = _force(tok, kb)
        if force is None:
            continue
        words, sector = force
        actor = kb.country_actor(country, sector, day, governing=False)
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        event.source = Participant(
            text=article.text[start:end] if len(article.text) >= end else words[0].text,
            start=start,
            end=end,
            actor_id=actor.actor_id,
            name=actor.name,
            country=country,
            sector=sector,
            cameo=actor.cameo,
            country_basis="place",
        )
        return


def _force(noun: Token, kb: Any) -> tuple[list[Token], str] | None:
    """The state-force words right before an operation noun ("police", "army", "security": the nearest word
    the knowledge base's agent nouns type as a force, "security" as "security force") and their sector."""
    words: list[Token] = []
    i = noun.i - 1
    while i >= 0 and noun.doc[i].pos_ in {"NOUN", "ADJ", "PROPN"}:  # however a headline's parse hangs them
        words.insert(0, noun.doc[i])
        i -= 1
    for tok in reversed(words):
        lemma = tok.lemma_.lower()
        agent = kb.agent((lemma,)) or kb.agent((lemma, "force"))
        if agent is not None and agent.sector in _FORCE_SECTORS:
            return words[words.index(tok) :], agent.sector
    return None
