"""A story of a sporting contest is no conflict story: a side that "beat", "attacked" or "struck back" plays.

"Ghana beat Mali 3-0 on Sunday" opens a match report; its sides attack, strike back and accuse the referee
without any political event. The title or the lead decides (a scoreline, a match minute, or the words of a
contest); in such a story the events of sentences that speak of the game are dropped. A sentence that tells
real harm or force (deaths, injuries, police, arrests, riots, weapons) keeps its events: fans who clash with
police after a final are a riot wherever it is told.
"""

from __future__ import annotations

import re

from ..article import Article, Event

#: A scoreline ("2-1", "3–0"; not a year range), a match minute ("in the 30th minute") or a tennis result
#: ("in straight sets").
_SCORE = re.compile(
    r"(?<![\w./–-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w./–-])|\b\d{1,3}(?:st|nd|rd|th) minute\b|\bstraight sets\b"
)
#: A basketball scoreline ("142-98"): a hundred or more, the winner's score first (a range "100-150" rises).
_HIGH_SCORE = re.compile(r"(?<![\w./–-])(1\d\d)\s?[-–]\s?(\d{2,3})(?![\w./–-])")
#: A month before a number range makes it days ("July 27-28"), not a score.
_MONTH = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+$", re.I)

#: Words of a contest strong enough to make a lead a sports lead.
_CONTEST = frozenset(
    """tournament championship championships cup derby semifinal semi-final quarter-final quarterfinal olympics
    olympic medal medals podium marathon playoff playoffs play-off innings wicket wickets goalkeeper
    striker football soccer rugby cricket tennis basketball baseball hockey athletics boxing golf cycling
    bowler bowlers batting batsman batsmen batter batters hat-trick""".split()
) | {"grand prix", "world cup"}

#: Verbs of a contest's result: with one of _CONTEST they make a sports lead.
_RESULT = frozenset(
    """beat beats defeated defeats won wins drew scored scoring lost clinched edged thrashed crowned crushed routed
    hammered demolished drubbed trounced""".split()
)

#: Words that tie a sentence to the game once the story is a sports story.
_GAME = (
    _CONTEST
    | _RESULT
    | frozenset(
        """goal goals penalty penalties referee coach team teams squad side hosts visitors fans supporters header
    half half-time halftime minute minutes extra time kick-off match season title trophy game games lead
    players player club clubs victory win defeat league final""".split()
    )
)

#: Words of real harm or force: a sentence with one keeps its events.
_HARM = frozenset(
    """killed dead died death deaths injured wounded hurt police officers arrested detained riot riots rioting
    clashes clashed tear gas stampede crush bomb bombing explosion gunmen shot shooting stabbed protest protesters
    protested attacked attack soldiers troops jailed imprisoned kidnapped abducted""".split()
)
#: Of _HARM, the words a match report also uses of the game itself.
_PLAYED = frozenset({"attacked", "attack", "shot", "shooting", "protest", "protested", "crush"})


def _words(text: str) -> set[str]:
    low = text.lower()
    words = set(re.findall(r"[a-z][a-z-]*", low))
    words |= {p for p in ("grand prix", "world cup", "extra time", "tear gas") if p in low}
    return words


def scored(text: str) -> bool:
    """Does the text hold a scoreline or a match minute (not a range of days)?"""
    if any(int(m[1]) > int(m[2]) >= 50 for m in _HIGH_SCORE.finditer(text)):
        return True
    return any(not _MONTH.search(text[: m.start()]) for m in _SCORE.finditer(text))


def sports_text(text: str) -> bool:
    """Does this title or lead tell a sporting contest: a scoreline or a match minute, or a contest's word with
    a result's verb ("won the cup", "clinched gold at the championships")?"""
    words = _words(text)
    return scored(text) or bool(words & _CONTEST and words & _RESULT)


def _game_sentence(text: str) -> bool:
    """Does this sentence of a sports story speak of the game, and of no real harm?"""
    words = _words(text)
    harmed = words & _HARM
    if harmed - _PLAYED:
        return False
    return scored(text) or bool(words & _GAME)


def sports_story(article: Article) -> bool:
    """Is the article a match report: its title or first sentence tells a sporting contest?"""
    heads = [article.title or ""]
    if article.sentences:
        heads.append(article.sentences[0].text)
    return any(sports_text(h) for h in heads if h)


def drop_game_events(article: Article, events: list[Event]) -> list[Event]:
    """The events less those of a sports story's sentences that speak of the game."""
    if not events or not sports_story(article):
        return events
    sentences = article.sentences
    return [
        e
        for e in events
        if not (0 <= e.sentence_index < len(sentences) and _game_sentence(sentences[e.sentence_index].text))
    ]
