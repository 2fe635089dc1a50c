"""A siege ended by force counts its dead: "Gunmen seized a hotel in Bamako and took 170 people hostage.
Special forces stormed the building; 20 hostages and both attackers were killed." is one incident (the
seizure) with 22 dead, as an incident table codes it, not a seizure without a toll beside a second attack
by the special forces. The toll told in a sentence just after a seizure by a non-state side, with a verb that
ends a siege ("stormed", "retook", "rescued"), moves to the seizure (a user who adds up the events still
gets 22). Words: ``data/lexicon/sieges.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..article import Article, Event
from .affiliation import STATE_SECTORS
from .lexicon import load, word_set
from .main_event import is_violent


@dataclass(frozen=True)
class SiegeWords:
    """The lists of ``sieges.yaml``."""

    hostage_codes: frozenset[str]
    place_codes: frozenset[str]
    captive_words: frozenset[str]
    ending_verbs: frozenset[str]
    within_sentences: int


@cache
def _words() -> SiegeWords:
    data = load("sieges")
    return SiegeWords(
        frozenset(str(c) for c in data["hostage_codes"]),
        frozenset(str(c) for c in data["place_codes"]),
        word_set(data["captive_words"]),
        word_set(data["ending_verbs"]),
        int(data["within_sentences"]),
    )


def siege_tolls(article: Article) -> None:
    """Move the toll of each siege's forcible end to the seizure it ends (in place)."""
    doc, words = article.doc, _words()
    if doc is None:
        return
    ending = {s.index for s in article.sentences if _ends_siege(article, s.index, words)}
    seizures = _seizures(article, words)
    for seizure in seizures:
        last = seizure.sentence_index + words.within_sentences
        told = next((i for i in sorted(ending) if seizure.sentence_index < i <= last), None)
        if told is None or any(seizure.sentence_index < e.sentence_index <= told for e in seizures if e is not seizure):
            continue
        tolls = [e for e in article.events if e.sentence_index == told and e.fatalities and _of_the_siege(e, seizure)]
        if not tolls:
            continue
        seizure.fatalities = max(seizure.fatalities or 0, sum(int(e.fatalities or 0) for e in tolls))
        for e in tolls:
            e.fatalities = None
        ending.discard(told)  # one ending, one siege


def _seizures(article: Article, words: SiegeWords) -> list[Event]:
    """The seizures told, one a sentence: the most confident ("seized a hotel and took 30 guests hostage":
    the hostage-taking)."""
    best: dict[int, Event] = {}
    captives = {s.index for s in article.sentences if _has(article, s.index, words.captive_words)}
    for e in article.events:
        if _seizure(e, words, captives) and (
            e.sentence_index not in best or e.confidence > best[e.sentence_index].confidence
        ):
            best[e.sentence_index] = e
    return [best[i] for i in sorted(best)]


def _seizure(event: Event, words: SiegeWords, captives: set[int]) -> bool:
    """A hostage-taking, or a seizure of a place told with captives, by a side that is no state's, coded as
    violence (a seizure of property coded as such is no incident a toll is read from)."""
    code = str((event.cameo or {}).get("code") or "")
    src = event.source
    if (src is not None and src.sector in STATE_SECTORS) or not is_violent(event):
        return False
    return code in words.hostage_codes or (code in words.place_codes and event.sentence_index in captives)


def _of_the_siege(event: Event, seizure: Event) -> bool:
    """A toll the siege's end may have: told with no doer, by a state's forces, or by the seizers."""
    src = event.source
    if src is None or src.sector in STATE_SECTORS or src.sector == "UAF":
        return True
    other = seizure.source
    return other is not None and (src.name or src.text) == (other.name or other.text)


def _ends_siege(article: Article, index: int, words: SiegeWords) -> bool:
    """The sentence tells a siege's forcible end: a verb of ``ending_verbs`` (by lemma or form)."""
    return _has(article, index, words.ending_verbs, verbs=True)


def _has(article: Article, index: int, lemmas: frozenset[str], verbs: bool = False) -> bool:
    """A word of ``lemmas`` (by lemma or form; a verb only, with ``verbs``) in sentence ``index``."""
    doc = article.doc
    sent = article.sentences[index]
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand") if doc is not None else None
    return span is not None and any(
        (t.pos_ == "VERB" or not verbs) and (t.lemma_.lower() in lemmas or t.lower_ in lemmas) for t in span
    )
