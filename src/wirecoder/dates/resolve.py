"""Date resolution: spaCy's DATE spans to calendar dates with a precision (for the ``dates`` stage and the coder).

Each DATE entity is parsed with ``dateparser`` against a reference date:

* the publication date when the input gives one (``published_from`` "input" or "html");
* otherwise a reference *inferred from the text*: the latest date that the article states with an
  explicit year ("December 2022", "3 January 2023"). The article's ``published`` is then set to the
  latest date the article mentions, with ``published_from = "inferred"``, and a warning says so.

A date written without a year ("2 January") takes the year that puts it closest to the reference date,
so a story that speaks of December 2022 and then of 2 January resolves to 2023-01-02. Durations and
vague spans ("the past decade", "recent years") stay unresolved (value None).

Precision is "day", "week", "month" or "year"; values are ISO strings at that precision
("2023-01-02", "2023-01", "2023"; a week is given by its Monday).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from ..article import Article, TimeExpr
from ..errors import ConfigError
from .explicit import word_list
from .holidays import named_day, names_a_day
from .offsets import offset_dating
from .reported_day import clause_weekday, is_weekday, planned, reported_act_day, reporting_verbs

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b\d{2,4}'?s\b")
_LEADING = re.compile(
    r"^(?:(?:early|late|mid|earlier|later|since|until|till|by|on|in|of|from|the|this past|around|about)\b[\s-]*)+",
    re.I,
)
_VAGUE = re.compile(r"\b(decade|decades|years|months|weeks|days|century|recent|past|ago\b.*\bseveral)\b", re.I)
# A stretch of months or years reaching up to the time of writing: what is told over it (a running toll,
# "some 30,000 people have been killed in the past decade") is no event of the publication day.
_PERIOD = re.compile(
    r"\b(?:past|last|previous|preceding|recent)\b.*\b(?:months|years|decades?|century)\b|\bover the years\b", re.I
)
# A stretch between two years ("between 2009 and 2016", "from 2009 to 2016"): what is told over a stretch that
# ended before the year of writing is history (undated background), not news of the day.
_YEAR_RANGE = re.compile(
    r"^(?:between|from)?\s*(?:1[89]\d\d|20\d\d)\s*(?:and|to|until|through|-|–)\s*(1[89]\d\d|20\d\d)$", re.I
)
_NUMBERED_PERIOD = re.compile(
    r"^\s*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:day|week|month|year)s?\s*$", re.I
)


def parse_iso_date(value: str, what: str = "date") -> date:
    """Parse an ISO date (YYYY-MM-DD, or a longer ISO timestamp) or raise ``ConfigError``."""
    try:
        return datetime.fromisoformat(value.strip()[:10]).date()
    except ValueError:
        raise ConfigError(f"{what} '{value}' is not an ISO date: write it as YYYY-MM-DD") from None


class DateResolver:
    """Turns DATE span texts into (value, precision), given a reference date."""

    def __init__(self) -> None:
        self._parsers: dict[date, Any] = {}

    def _parser(self, reference: date) -> Any:
        from dateparser.date import DateDataParser

        if reference not in self._parsers:
            if len(self._parsers) > 64:
                self._parsers.clear()
            base = datetime(reference.year, reference.month, reference.day)
            self._parsers[reference] = DateDataParser(
                languages=["en"],
                settings={"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True, "RELATIVE_BASE": base},
            )
        return self._parsers[reference]

    def resolve(
        self, text: str, reference: date, past: bool = False, future: bool = False
    ) -> tuple[str | None, str | None]:
        """(value, precision) of a time expression; ``past`` when its clause is in the past tense, so
        that a date without a year ("in December") is the latest one not after ``reference``; ``future``
        when it is told as to come ("will meet on Friday": the coming Friday)."""
        cleaned = _LEADING.sub("", _ASIDE.sub("", text.strip())).strip(" ,.")
        ago = AGO.search(cleaned)
        if ago:  # "the same school eight years ago" (the recogniser's span): "eight years ago"
            cleaned = ago.group(0)
        named = named_day(cleaned, reference, future and not past)
        if named is not None:  # "Christmas Eve", "the eve of Eid al-Adha", "the weekend"
            return named[0].isoformat(), "day"
        stretch = _YEAR_RANGE.fullmatch(text.strip().strip(" ,."))
        if stretch and int(stretch.group(1)) < reference.year:
            return None, "period"  # "between 2009 and 2016": a stretch of years long over, no one date
        decade = _DECADE_OF.fullmatch(cleaned)
        if decade:  # "the 1990s", "the early 2000s": a decade, written the EDTF way ("199X")
            return decade.group(1)[:3] + "X", "decade"
        if not cleaned or _DECADE.search(cleaned) or _NUMBERED_PERIOD.match(cleaned):
            return None, None
        last_month = _LAST_MONTH.fullmatch(cleaned)
        if last_month:  # "last October": the most recent October before this month
            month = _MONTHS.index(last_month.group(1).lower()[:3]) + 1
            year = reference.year if month < reference.month else reference.year - 1
            return f"{year:04d}-{month:02d}", "month"
        if _PERIOD.search(cleaned) and not re.search(r"\bago\b", cleaned, re.I):
            return None, "period"  # "the past decade", "recent years": a long stretch up to now, no one date
        if _VAGUE.search(cleaned) and not re.search(r"\bago\b", cleaned, re.I):
            return None, None
        weekday = _WEEKDAY.fullmatch(_DAY_PARTS.sub(" ", cleaned).strip())
        if weekday:
            # "on Wednesday" in a story dated Wednesday is that day; otherwise the most recent one before it
            back = (reference.weekday() - _WEEKDAYS.index(weekday.group(1).lower()[:3])) % 7
            if future and not past:
                return (reference + timedelta(days=(7 - back) % 7)).isoformat(), "day"
            return (reference - timedelta(days=back)).isoformat(), "day"
        data = self._parser(reference).get_date_data(cleaned)
        if data is None or data.date_obj is None:
            return None, None
        period = data.period or "day"
        if period == "time":
            if not re.search(r"\b(today|tonight|yesterday|tomorrow|now)\b", cleaned, re.I):
                return None, None  # a clock time or a misread, not a date
            period = "day"
        found = data.date_obj.date() if isinstance(data.date_obj, datetime) else data.date_obj
        if not _YEAR.search(cleaned) and period in ("day", "month") and not _is_relative(cleaned):
            found = _closest_year(found, reference, past, period, future)
        return _format(found, period)


AGO = re.compile(r"\b(?:\w+\s+)?(?:day|week|month|year|decade)s?\s+ago\b", re.I)
_WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_LAST_MONTH = re.compile(rf"last\s+({_MONTH_NAMES})\.?", re.I)
_DECADE_OF = re.compile(r"(?:(?:early|mid|late)[\s-]+)?((?:1[89]|20)\d0)'?s", re.I)
_ASIDE = re.compile(r"\s*\((?:as\s+)?(?:reported|approximately|approx\.?|est\.?|estimated|circa)\)", re.I)
_WEEKDAY = re.compile(r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)", re.I)
# Times of day around a weekday: "shortly before midnight Wednesday night", "early on Sunday morning".
_DAY_PARTS = re.compile(
    r"\b(?:shortly|just|soon|before|after|around|about|at|on|early|late|midnight|noon|midday|dawn|dusk|daybreak"
    r"|morning|afternoon|evening|night|hours|the|of)\b|'s\b",
    re.I,
)

_RELATIVE_WORDS = re.compile(
    r"\b(yesterday|today|tonight|tomorrow|ago|last|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)\b",
    re.I,
)


def states_year(text: str) -> bool:
    """True when ``text`` names a year ("3 January 2023", "in 1998")."""
    return bool(_YEAR.search(text))


def _is_relative(text: str) -> bool:
    return bool(_RELATIVE_WORDS.search(text)) and not _YEAR.search(text)


# A yearless day told in the past tense up to this many days after the reference date is still that
# day: a note published on its event's day may tell of the next day ("On 15 March, troops searched …").
PAST_SLACK_DAYS = 7


def _closest_year(found: date, reference: date, past: bool = False, period: str = "day", future: bool = False) -> date:
    """The same month and day in the year (reference year -1, 0, +1) closest to ``reference``; with
    ``past``, the latest one whose day (or month) has begun by ``reference``: "in December, X accepted"
    written in September is last December; with ``future``, the first one not yet over."""
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February
            continue
    closest = min(candidates, key=lambda d: abs((d - reference).days))
    if past and 0 < (closest - reference).days <= PAST_SLACK_DAYS:
        return closest  # a day just after the given date is that day, not a year back (a report dated a day early)
    if past:
        begun = [d for d in candidates if (d.replace(day=1) if period == "month" else d) <= reference]
        if begun:
            return max(begun)
    elif future:
        coming = [d for d in candidates if last_day(_format(d, period)[0], period) >= reference]
        if coming:
            return min(coming)
    return min(candidates, key=lambda d: abs((d - reference).days))


def _format(value: date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{value.year:04d}", "year"
    if period == "month":
        return f"{value.year:04d}-{value.month:02d}", "month"
    if period == "week":
        monday = value - timedelta(days=value.weekday())
        return monday.isoformat(), "week"
    return value.isoformat(), "day"


def last_day(value: str, precision: str) -> date:
    """The last day a (value, precision) pair can mean: a month stands for its end, a year for Dec 31."""
    if precision == "year":
        return date(int(value), 12, 31)
    if precision == "decade":
        return date(int(value[:3]) * 10 + 9, 12, 31)
    if precision == "month":
        y, m = (int(x) for x in value.split("-"))
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date.fromisoformat(value)


DAY_WORD = re.compile(
    r"\b(?:last|this|yesterday|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b.*"
    r"\b(?:night|morning|evening|afternoon)\b|\btonight\b"
    r"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)
# Words after which a four-digit number still names a year: "March 2011", "summer 2019", "the year 2000".
_YEAR_NOUNS = frozenset(
    "year years fiscal fy summer spring autumn fall winter season election elections census class mid early late"
    " end start beginning".split()
)


_CLOCK_ZONES = frozenset({"utc", "gmt", "hrs", "hours", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "pkt", "ist"})


def names_a_thing(ent: Any) -> bool:
    """A number that spaCy took for a year but that names a thing: "resolution 2334", "Flight 1549", or a
    clock time ("at 1639 UTC", "1900 GMT")."""
    if len(ent) != 1 or not ent.text.isdigit():
        return False
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in _CLOCK_ZONES:
        return True
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.pos_ not in {"NOUN", "PROPN"} or before.lower_ in _YEAR_NOUNS:
        return False
    return not re.fullmatch(_MONTH_NAMES, before.lower_.rstrip("."), re.I)


_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_PLAN_WORDS = frozenset({"plan", "schedule", "due", "set", "expect", "intend", "slate"})


def told_in_future(ent: Any) -> bool:
    """Whether the clause a time expression belongs to tells of something to come ("will meet on Friday",
    "is due to resume on Monday", "is planned for Sunday")."""
    tok = ent.root
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(3):
        if tok.pos_ not in {"VERB", "AUX", "ADJ"}:
            return False
        if tok.lemma_.lower() in _PLAN_WORDS or any(
            c.dep_ in {"aux", "auxpass", "acomp"} and (c.lower_ in _FUTURE_AUX or c.lemma_.lower() in _PLAN_WORDS)
            for c in tok.children
        ):
            return True
        if tok.dep_ not in {"xcomp", "ccomp"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def told_in_past(ent: Any) -> bool:
    """Whether the clause a time expression belongs to is told in the past tense ("in December, X
    accepted"; not "will meet in December", not "is due in December")."""
    tok = ent.root
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in {"will", "would", "shall", "'ll", "is", "are", "am"} or a.tag_ == "MD" for a in auxes):
        return False
    return tok.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes)


class Dating(NamedTuple):
    """An event's date: ISO value at its precision, where it came from ("text": the sentence's own time
    words; "context": the dated sentence before; "publication": the publication day), and whether the
    text gives it as approximate."""

    value: str | None
    precision: str | None
    source: str | None
    approximate: bool = False


def event_date(
    article: Article, sentence_index: int, start: int | None = None, end: int | None = None
) -> tuple[str | None, str | None]:
    """(value, precision) of the event in sentence ``sentence_index`` (see ``event_dating``)."""
    found = event_dating(article, sentence_index, start, end)
    return found.value, found.precision


def event_dating(article: Article, sentence_index: int, start: int | None = None, end: int | None = None) -> Dating:
    """The date of an event in sentence ``sentence_index`` (optionally its char span).

    1. A resolved time expression of the sentence that dates the event's own clause (see ``date_rank``):
       on the trigger, on a clause above it ("On 14 March, police said they arrested …"), or on a
       conjoined one; a date inside a clause or phrase about something else ("demands first made in
       2011", "the 2019 law") does not date it. Of equally close ones the finer wins ("next month, on
       August 2"). Without a trigger span: the nearest time expression.
    2. A day-precise date in the sentence just before: news follows a dated lead ("On 2 May the
       minister said …") with undated elaboration ("He accused …"), which belongs to the same day.
    3. The article's publication date (given or inferred), day precision.
    4. Nothing.
    """
    in_sentence = [t for t in article.times if t.sentence_index == sentence_index and (t.value or t.precision)]
    trigger = _token_at(article, start, end if end is not None else start + 1) if start is not None else None
    if trigger is not None:
        when = _when_of([t for t in article.times if t.sentence_index == sentence_index], trigger)
        if when is not None:
            return when
        moved = offset_dating(
            trigger, in_sentence, lambda tok: event_dating(article, sentence_index, tok.idx, tok.idx + len(tok)), Dating
        )
        if moved is not None:
            return moved
    if in_sentence and start is not None:
        if trigger is not None:
            ranked = [(rank, t) for t in in_sentence if (rank := date_rank(article, t, trigger)) is not None]
            if ranked:
                rank, best = min(ranked, key=lambda rt: (rt[0], min(abs(rt[1].start - start), abs(rt[1].end - start))))
                best = _finer_beside(best, [t for r, t in ranked if r == rank])
                opening = _opening_day(article, sentence_index, in_sentence) if is_weekday(best.text) else None
                if opening is not None and opening is not best:
                    return _own(opening)  # "On 14 March 2021, a Sunday evening, soldiers fired ...": the date wins
                return _own(reported_act_day(article, best, trigger, in_sentence) or best)
            opening = _opening_day(article, sentence_index, in_sentence)
            if opening is not None:
                return _own(opening)
            weekday = clause_weekday(article, trigger, in_sentence)
            if weekday is not None:
                return _own(weekday)
            in_sentence = []
        else:
            stop = end if end is not None else start
            in_sentence.sort(key=lambda t: min(abs(t.start - start), abs(t.end - stop)))
    if in_sentence:
        return _own(in_sentence[0])
    previous = [t for t in article.times if t.sentence_index == sentence_index - 1 and t.value and t.precision == "day"]
    if previous and (not article.published or (previous[-1].value or "") <= article.published):
        return Dating(previous[-1].value, previous[-1].precision, "context", previous[-1].approximate)
    if article.published:
        return Dating(article.published, "day", "publication")
    return Dating(None, None, None)


# How far into its sentence a fronted day may begin ("On ", "Around ", "Early on ") to date the whole sentence.
_OPENING_CHARS = 12


def _opening_day(article: Article, sentence_index: int, times: list[TimeExpr]) -> TimeExpr | None:
    """A calendar day that opens the sentence ("On 3 May 2024, ...", "Around 3 May 2024 (as reported), ...")
    dates every act the sentence tells when no closer time claims one: an incident note's lead, however the
    parser hangs the date."""
    sentence = next((s for s in article.sentences if s.index == sentence_index), None)
    if sentence is None:
        return None
    for time in times:
        if time.start - sentence.start <= _OPENING_CHARS and time.precision == "day" and states_year(time.text):
            return time
    return None


def _when_of(times: list[TimeExpr], trigger: Any) -> Dating | None:
    """The date a "when" clause hangs on dates the acts told in it: "the worst attack since 2014, when
    gunmen killed 30", "ruled from 1996 to 2001, when US-led forces ousted them" (the year it names)."""
    clause = trigger
    while clause.dep_ not in {"relcl", "advcl"} and clause.head.i != clause.i and clause.dep_ in {"conj", "xcomp"}:
        clause = clause.head
    if clause.dep_ not in {"relcl", "advcl"} or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
    ):
        return None
    head = clause.head
    for time in times:
        if time.start <= head.idx < time.end:
            if _YEAR.fullmatch(head.text) and (time.precision in (None, "period") or time.value != head.text):
                return Dating(head.text, "year", "text")
            return _own(time)
    return None


def _own(time: TimeExpr) -> Dating:
    """The dating a time expression of the event's own sentence gives; a long stretch up to now ("in
    the past decade") leaves the event undated (``mark_background`` then flags it)."""
    if time.precision == "period":
        return Dating(None, None, "text")
    return Dating(time.value, time.precision, "text", time.approximate)


_FINENESS = {"day": 0, "week": 1, "month": 2, "year": 3, "decade": 4}


def _finer_beside(best: TimeExpr, equals: list[TimeExpr]) -> TimeExpr:
    """A finer time expression written right beside ``best`` and dating the same clause says the same
    time more exactly: "next month, on August 2" is August 2."""
    for other in equals:
        gap = other.start - best.end if other.start >= best.end else best.start - other.end
        if 0 <= gap <= 5 and _FINENESS.get(other.precision or "", 9) < _FINENESS.get(best.precision or "", 9):
            return other
    return best


# Dependency labels a date climbs through inside a noun phrase or prepositional phrase, up to a verb.
_PHRASE_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "poss",
        "compound",
        "nmod",
        "amod",
        "npadvmod",
        "tmod",
        "appos",
        "nummod",
        "quantmod",
        "case",
        "obl",
        "conj",  # "on or around 6 March 2021", parsed as "on (or around 6)"
        "agent",  # "the town was hit by a chemical attack in 2017": the act the passive verb is told by
    }
)
# Prepositions that tie their object to something other than the time of the verb ("after the 2019
# vote", "over the 2011 killings"); a date that is itself their object still counts ("after 2011").
_OTHER_PREPS = frozenset({"after", "before", "following", "than", "like", "unlike", "over", "about", "against", "for"})
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_TOPIC_DEPS = frozenset({"nsubj", "nsubjpass"})  # a period as the subject of a clause ("2021 was …")
_WHEN_MARKS = frozenset({"when", "as", "while", "before", "after", "until", "once", "whilst"})
_ASIDE_VERBS = frozenset({"report", "say", "state", "claim", "confirm", "estimate", "believe", "record"})


def date_rank(article: Article, time: TimeExpr, trigger: Any) -> float | None:
    """How closely a time expression dates the event whose trigger token is ``trigger`` (lower is
    closer), or None when it dates something else."""
    doc = article.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return None
    tok = span.root
    if trigger.i in range(span.start, span.end):
        return 0.0
    other = False
    while (
        tok.head.i != tok.i
        and tok.pos_ not in _CLAUSE_POS
        and (tok.dep_ in _PHRASE_DEPS or _date_adverb(tok) or (tok.dep_ in {"advmod", "dep"} and tok.i == span.root.i))
    ):  # "... two decades ago", a fronted "Around 5 May 2020 (as reported),": the time itself hangs on the verb
        if (
            tok.dep_ == "prep"
            and tok.lower_ in _OTHER_PREPS
            and not span.start <= tok.i < span.end  # "shortly before midnight Wednesday": the time's own word
            and (not any(c.i == span.root.i for c in tok.children) or _short_of_a_day(tok, time))
        ):
            other = True
        tok = tok.head
        if _superlative(tok):
            other = True  # the range of a comparison: "the worst attack since 2014", not its date
        if tok.i == trigger.i:
            return None if other else (5.0 if _speakers_day(span, trigger) else 0.0)
    if tok.pos_ not in _CLAUSE_POS and tok.head.i != tok.i:
        # the date modifies a noun that is no verb's adverbial: only an argument of the trigger itself
        # ("Monday's attack killed 5") lends it
        if tok.head.i == trigger.i and tok.dep_ in _ARGUMENT_DEPS and not other:
            return 2.0
        if planned(tok):
            return None  # "detained the organisers of a planned rally on Saturday": the rally's day
        if not other and _adverbial(span.root) and _argument_of(tok, trigger):
            return 2.0  # "killed the mayor and his driver on Sunday", the parser hanging the day on "driver"
        if tok.head.i == trigger.i and tok.dep_ in {"relcl", "acl"} and not other:
            return 1.0
        if not other and tok.dep_ in _TOPIC_DEPS and tok.head.pos_ in _CLAUSE_POS and tok.head.is_ancestor(trigger):
            # the period a clause is about frames the acts told inside it: "March 2021 was the bloodiest
            # month for the police, as gunmen killed 17 officers"
            return 3.0
        return None
    if other:
        return None
    if (time.precision == "period" or span.root.head.lower_ == "since") and any(
        c.dep_ in _ARGUMENT_DEPS | {"attr", "oprd"} and _superlative(c) for c in tok.children
    ):
        return None  # "was designated the deadliest month in the past decade": the comparison's range
    clause = tok
    while (
        clause.dep_ == "advcl"
        and clause.lemma_.lower() in _ASIDE_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ):
        clause = clause.head  # "14 March 2021 (as reported), gunmen attacked …": an aside on the date
    if clause.i == trigger.i:
        return 5.0 if _speakers_day(span, trigger) else 0.0
    if clause.head.i == trigger.i and clause.dep_ in {"relcl", "acl"} and trigger.pos_ not in _CLAUSE_POS:
        return 1.0  # "the attack, which began on Monday"
    if clause.dep_ == "pcomp" and clause.head.lower_ == "by" and clause.head.head.i == trigger.i:
        return 1.0  # "confessed to killing his brother by poisoning him in 2017": the means is the act
    if (
        clause.dep_ == "advcl"
        and clause.head.i == trigger.i
        and clause.lemma_.lower() in _SPAN_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    ):
        return 2.0  # "Beginning in 2010 and continuing for seven years, he defrauded ...": when the acts began
    ancestors = [a.i for a in trigger.ancestors]
    if _dates_a_period_of(clause, trigger, ancestors):
        return 2.5  # "talks held during a truce agreed upon back in June 2022": inside that period
    if clause.dep_ == "xcomp" and clause.head.i == trigger.i and trigger.tag_ == "VBD" and _not_after(time, article):
        return 2.0  # "offered to resign last night": a past day on the complement is the day of the offer
    if clause.i in ancestors:
        return 1.0 + 0.01 * ancestors.index(clause.i)
    if any(c.i == trigger.i for c in clause.conjuncts) or any(
        c.i in ancestors for c in clause.conjuncts if c.i < clause.i
    ):
        return 1.5  # "marched on Saturday and clashed with police"
    if (
        clause.dep_ == "advcl"
        and clause.head.i == trigger.i
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _WHEN_MARKS for c in clause.children)
    ):
        return 3.0  # "when a bomb went off on Monday", "hours before the jet crashed on Wednesday"
    if (
        _participle_on_argument(clause, trigger)
        and (DAY_WORD.search(time.text) or names_a_day(time.text))
        and not planned(clause)
    ):
        return 4.0  # "fired on a minibus carrying villagers in Syria on Sunday": the parser hangs the lead's day
    return None


def _short_of_a_day(prep: Any, time: TimeExpr) -> bool:
    """A holiday or weekend that is the object of "before" / "after" ("Before Christmas, troops raided ..."): the
    act is told as some time before or after that day, not on it."""
    return prep.lower_ in {"before", "after"} and time.precision == "day" and names_a_day(time.text)


def _speakers_day(span: Any, trigger: Any) -> bool:
    """A day the parser hung on the reported act though it stands between the speech verb and the act's subject:
    "police said on Monday they had arrested 30 people at a protest on Oct. 28" (Monday is the saying's). Any
    other time of the act's clause dates it before this one."""
    said = trigger.head
    if trigger.dep_ not in {"ccomp", "parataxis"} or said.pos_ != "VERB" or not said.i < span.start:
        return False
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and span.end <= subject.left_edge.i and said.lemma_.lower() in reporting_verbs()


def _participle_on_argument(clause: Any, trigger: Any) -> bool:
    """``clause`` is a subjectless participle ("carrying …", "accused of …") on the trigger's object or on the
    object of one of its prepositions: a lead's weekday at its end is the act's, however the parser hangs it."""
    if clause.dep_ == "pcomp" and clause.tag_ == "VBG" and clause.head.dep_ == "prep":
        # "opened fire on Palestinians waiting for aid trucks on Thursday": the parser made the object the
        #   participle's subject and the participle the preposition's object
        return clause.head.head.i == trigger.i and any(c.dep_ == "nsubj" and c.i < clause.i for c in clause.children)
    if clause.dep_ != "acl" or clause.tag_ not in {"VBG", "VBN"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
        return False
    noun = clause.head
    if noun.dep_ in {"dobj", "obj"}:
        return noun.head.i == trigger.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i


#: Verbs of a stretch's start or course whose subjectless clause dates the acts it frames ("Starting in 2012, ...").
_SPAN_VERBS = frozenset({"begin", "start", "continue"})


def _superlative(noun: Any) -> bool:
    """A noun with a superlative ("the deadliest month", "the worst attack"), whose period phrase is the
    range of the comparison."""
    return noun.pos_ in {"NOUN", "PROPN", "PRON"} and any(
        c.tag_ in {"JJS", "RBS"} or (c.pos_ == "ADJ" and (c.lower_.endswith("iest") or c.lower_ in _SUPERLATIVES))
        for c in noun.children
    )


# Superlatives the tagger may read as plain adjectives ("the bloodiest month" tagged JJ).
_SUPERLATIVES = frozenset({"worst", "best", "most", "least", "largest", "biggest", "highest", "greatest", "longest"})


def _not_after(time: TimeExpr, article: Article) -> bool:
    """Whether the time expression ends by the publication date (a past time, not a plan)."""
    if not article.published or not time.value or not time.precision:
        return False
    try:
        return last_day(time.value, time.precision) <= date.fromisoformat(article.published)
    except ValueError:
        return False


def _date_adverb(tok: Any) -> bool:
    """An adverb a date hangs on without leaving its clause: "back in June 2022", "earlier in March"."""
    return tok.dep_ == "advmod" and tok.lower_ in word_list("date_adverbs")


def _dates_a_period_of(clause: Any, trigger: Any, ancestors: list[int]) -> bool:
    """Whether ``clause`` describes a period noun ("a truce agreed in June") that the trigger's clause is
    told inside of ("during", "amid" that truce): the date of the period then bounds the event."""
    if clause.dep_ not in {"acl", "relcl"}:
        return False
    noun = clause.head
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in word_list("within_preps")
        and (prep.head.i == trigger.i or prep.head.i in ancestors)
    )


def _adverbial(root: Any) -> bool:
    """A date written as an adverbial ("on Sunday", "in March"), not as a modifier ("the 2019 law")."""
    return root.dep_ in {"npadvmod", "tmod"} or (
        root.dep_ == "pobj" and root.head.lower_ in {"on", "in", "at", "during", "by", "since", "until"}
    )


def _argument_of(noun: Any, trigger: Any) -> bool:
    """Whether ``noun`` lies in the trigger's own arguments (its objects, subject, their conjuncts and
    prepositional objects), not behind a preposition that opens another matter."""
    tok = noun
    for _ in range(6):
        if tok.dep_ not in _ARGUMENT_DEPS | {"conj", "appos", "pobj", "prep", "dative", "attr"}:
            return False
        if tok.dep_ == "prep" and tok.lower_ in _OTHER_PREPS:
            return False
        tok = tok.head
        if tok.i == trigger.i:
            return True
    return False


def _token_at(article: Article, start: int, end: int) -> Any:
    doc = article.doc
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


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
