"""Acts with no one to code them: a first- or second-person actor no quote or report attributes ("I refused to
pay the bribe", "we helped the community" of an interview transcript; "when you ask me" of a reader addressed),
and acts in a direct question of the text's own ("Why was the law introduced?", "How do you plan to help
them?"). A user counting a country's events would otherwise count an interviewee's life story. Inside a quote
the speaker stands in for the pronoun ('"We arrested 12 spies," the minister said' codes the minister), and a
question someone is reported asking is left to the quote. Words in ``data/lexicon/unattributed.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..article import Article, Event
from . import lexicon


@dataclass(frozen=True)
class Words:
    speaker_pronouns: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("unattributed", Words)


def _unattributed_speaker(event: Event) -> bool:
    """The source is a bare I, we or you that no quote or report resolved to anyone."""
    src = event.source
    if src is None or event.reported_by is not None or src.name or src.actor_id or src.country:
        return False
    return src.text.strip().lower() in words().speaker_pronouns


def _own_question(article: Article, event: Event) -> bool:
    """The event's sentence is a direct question the text asks itself, outside any quote."""
    if event.reported_by is not None or not 0 <= event.sentence_index < len(article.sentences):
        return False
    text = article.sentences[event.sentence_index].text.rstrip(" \"'”’)")
    return text.endswith("?") and not any(q in text for q in ('"', "“", "”"))


def drop_unattributed(article: Article, events: list[Event]) -> list[Event]:
    """The events less those of an unattributed I/we/you and those asked in the text's own questions."""
    return [e for e in events if not (_unattributed_speaker(e) or _own_question(article, e))]
