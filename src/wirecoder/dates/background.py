"""Events dated a month or more before publication are background (``mark_background``), reckoned from the day
an incident report's lead names (``story_day``)."""

from __future__ import annotations

from datetime import date, timedelta

from ..article import Article, TimeExpr
from .resolve import last_day, states_year

# An event whose date ends this many days or more before publication is background: history or an
# earlier incident the story recalls, not news of the publication week.
BACKGROUND_DAYS = 31


def mark_background(article: Article) -> None:
    """Set ``background`` on events dated (by their own words) a month or more before publication:
    "some 500,000 people died in the war of the 1990s" is kept with its date, never as today's; a toll
    told over a long stretch up to now ("in the past decade") is background and undated."""
    if not article.published:
        return
    published = story_day(article) or date.fromisoformat(article.published)
    for event in article.events:
        if not event.date and event.date_from == "text":
            event.background = True  # dated by its own words to a long stretch ("in the past decade")
            continue
        if not event.date or not event.date_precision:
            continue
        try:
            last = last_day(event.date, event.date_precision)
        except ValueError:
            continue
        event.background = (published - last).days >= BACKGROUND_DAYS


# How far into the first sentence its date may stand to be the story's lead ("On 12 May 2025, gunmen ..."),
# and how long before publication a lead still dates the story (an anniversary piece is not a report).
_LEAD_CHARS = 40
_LEAD_MAX_DAYS = 366
# The most sentences a short summary of one old incident has ("On 9 May 1979, members of X killed ...").
_SUMMARY_SENTENCES = 8


def _record_date(article: Article, time: TimeExpr) -> bool:
    """A date heading a record ("02/14/2010: Militants set fire to a school ..."): the incident database's
    summary of that day, however long ago, not an anniversary piece."""
    return time.start == article.sentences[0].start and article.text[time.end : time.end + 1] == ":"


def _opens_sentence(article: Article, start: int, time: TimeExpr) -> bool:
    """The date opens the first sentence, bare or after "On" ("On 9 May 1979, ..."), not a date told inside it
    ("Police said gunmen who shot a guard on 9 May 1979 ...")."""
    return article.text[start : time.start].strip().lower() in _LEAD_OPENERS


_LEAD_OPENERS = frozenset({"", "on"})


def _old_summary(article: Article, lead: date) -> bool:
    """A short summary of an old incident led by its date ("On 9 May 1979, gunmen shot dead a judge in
    Rome. ..."): no more than a few sentences, no date of the story within a year after the lead's, and no
    word that remembers or counts years since it ("to mark the anniversary", "40 years after the
    siege"); an anniversary piece brings its own day or such a word."""
    from ..coding.combine.remembered import remembering  # the coder's word lists; imported late (no cycle)

    if len(article.sentences) > _SUMMARY_SENTENCES or article.doc is None:
        return False
    for time in article.times:
        if time.value and time.precision and _first_day(time.value) - lead > timedelta(days=_LEAD_MAX_DAYS):
            return False
    return not any(remembering(tok) for tok in article.doc)


def _first_day(value: str) -> date:
    """The first day of an ISO date at day, month or year precision ("1979-05" is 1 May 1979)."""
    parts = [int(x) for x in value.split("-")[:3]]
    return date(parts[0], *(parts[1:] + [1, 1])[:2])


def story_day(article: Article) -> date | None:
    """The day an incident report is about, when its first sentence opens with a full calendar date
    before publication ("On 12 May 2025, ...", "Around 3 June 2025 (as reported), ..."): the report is
    news of that day, however late it is published, so background is reckoned from it."""
    if not article.sentences or not article.published:
        return None
    first = article.sentences[0]
    for time in article.times:
        if time.sentence_index != 0 or time.start - first.start > _LEAD_CHARS:
            continue
        if time.precision != "day" or not time.value or not states_year(time.text):
            continue
        lead, published = date.fromisoformat(time.value), date.fromisoformat(article.published)
        if timedelta(0) <= published - lead and (
            published - lead <= timedelta(days=_LEAD_MAX_DAYS)
            or _record_date(article, time)
            or (_opens_sentence(article, first.start, time) and _old_summary(article, lead))
        ):
            return lead
    return None
