"""Days named by a holiday ("on Christmas Eve", "on Eid al-Fitr", "on Good Friday", "on the eve of Eid al-Adha")
and the weekend ("at the weekend", "over the weekend", "last weekend").

The recogniser tags such names unevenly (a DATE, an EVENT, a PERSON "al-Fitr", a GPE "Eid al-Adha"), so
``holiday_spans`` finds them in the text itself; ``named_day`` dates one against the reference: the latest such
day on or before it (the coming one when the clause tells of something to come). Fixed holidays are a calendar
day, Easter's are counted from Easter Sunday, and the Islamic ones are looked up by year (lexicon ``holidays``);
a name followed by another capitalised word names a thing ("the Good Friday Agreement", "Christmas Island"),
not a day. The weekend is its Saturday, and approximate.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any


@cache
def _data() -> dict[str, Any]:
    from ..coding.lexicon import load  # imported late: the coder itself imports ``dates``

    return load("holidays")


def _key(text: str) -> str:
    return " ".join(text.lower().replace("\u2019", "'").split())


@cache
def _names() -> dict[str, tuple[str, Any]]:
    """Each holiday name (lower case) and how it is dated: ("fixed", "12-24"), ("easter", -2) or ("lunar", [days])."""
    data = _data()
    names: dict[str, tuple[str, Any]] = {}
    for name, day in (data["fixed"] or {}).items():
        names[_key(str(name))] = ("fixed", str(day))
    for name, offset in (data["easter"] or {}).items():
        names[_key(str(name))] = ("easter", int(offset))
    lunar = {_key(str(k)): [date.fromisoformat(str(d)) for d in v] for k, v in (data["lunar"] or {}).items()}
    for name, days in lunar.items():
        names[name] = ("lunar", days)
    for alias, target in (data["lunar_aliases"] or {}).items():
        targets = target if isinstance(target, list) else [target]
        names[_key(str(alias))] = ("lunar", sorted(d for t in targets for d in lunar.get(_key(str(t)), [])))
    return names


def _alternation(words: Any) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for w in sorted(words, key=len, reverse=True)
    )


@cache
def _pattern() -> re.Pattern[str]:
    leads = _alternation(_key(str(k)) for k in _data()["day_of"])
    return re.compile(
        rf"(?:\b(?i:(?:the\s+)?(?:{leads})\s+))?\b(?i:(?P<name>{_alternation(_names())}))(?i:\s+(?:morning|afternoon|evening|night))?\b"
        r"(?![-'\u2019]|\s+[A-Z])"
    )


def holiday_spans(text: str, doc: Any = None) -> list[tuple[int, int]]:
    """Char spans of the holidays named in ``text`` ("Christmas Eve", "the eve of Eid al-Adha"); with the parsed
    ``doc``, a name that only modifies a noun after it ("Eid prayers", "Christmas celebrations") is left out."""
    out = []
    for m in _pattern().finditer(text):
        span = doc.char_span(*m.span(), alignment_mode="expand") if doc is not None else None
        last = span[-1] if span is not None and len(span) else None
        if last is not None and last.dep_ in _MODIFIER_DEPS and last.head.i > last.i:
            continue
        out.append(m.span())
    return out


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def names_a_day(text: str) -> bool:
    """Whether ``text`` is a holiday or the weekend ("on Christmas Eve", "at the weekend")."""
    return is_weekend(text) or _pattern().search(text) is not None


@cache
def _weekend() -> re.Pattern[str]:
    words = _alternation(_key(str(w)) for w in _data()["weekend_words"])
    return re.compile(rf"^(?:(?:at|over|during|on|this|last|past|the)\s+)*(?:{words})$", re.I)


def is_weekend(text: str) -> bool:
    """Whether ``text`` is the weekend told without a date ("at the weekend", "last weekend")."""
    return _weekend().match(_key(text).strip(" ,.")) is not None


def easter_sunday(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _days_of(kind: str, how: Any, years: range) -> list[date]:
    if kind == "lunar":
        return list(how)
    if kind == "easter":
        return [easter_sunday(y) + timedelta(days=how) for y in years]
    month, day = (int(x) for x in how.split("-"))
    return [date(y, month, day) for y in years]


def named_day(text: str, reference: date, future: bool = False) -> tuple[date, bool] | None:
    """The day a holiday or weekend text names, and whether it is approximate: the latest on or before
    ``reference`` (with ``future``, the first on or after it); None when ``text`` names neither."""
    text = text.strip(" ,.")
    if is_weekend(text):
        back = (reference.weekday() - 5) % 7
        return (reference + timedelta(days=(7 - back) % 7) if future else reference - timedelta(days=back)), True
    m = _pattern().fullmatch(re.sub(r"^(?i:on|during|at|since|by|in)\s+", "", text))
    if m is None:
        return None
    lead = _key(m.group(0)[: m.start("name") - m.start()])
    shift = 0
    for words, days in _data()["day_of"].items():
        if lead.endswith(_key(str(words))):
            shift = int(days)
    kind, how = _names()[_key(m.group("name"))]
    days = [d + timedelta(days=shift) for d in _days_of(kind, how, range(reference.year - 1, reference.year + 2))]
    if future:
        coming = [d for d in days if reference <= d <= reference + _YEAR_DAYS]
        return (min(coming), False) if coming else None
    past = [d for d in days if reference - _YEAR_DAYS <= d <= reference]
    return (max(past), False) if past else None  # a lunar year the table does not hold: no date


_YEAR_DAYS = timedelta(days=366)
