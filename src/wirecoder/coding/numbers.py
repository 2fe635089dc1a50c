"""Reading number expressions in a parse: digits, number words, scales ("2.5 billion", "$15m"), vague
counts ("dozens"), ranges ("5 to 7"), and the word lists they use (``data/lexicon/numbers.yaml``,
``data/lexicon/quantity_kinds.yaml``). ``coding/quantities.py`` decides what each number counts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import load, word_set

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")


_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")


@dataclass(frozen=True)
class Lexicon:
    units: dict[str, float]
    scales: dict[str, float]
    attached_scales: frozenset[str]
    vague: dict[str, dict[str, Any]]
    approx_cues: tuple[tuple[str, ...], ...]  # longest first
    approx_after: tuple[tuple[str, ...], ...]
    range_words: frozenset[str]
    ordinals: frozenset[str]
    not_after: frozenset[str]
    not_before: frozenset[str]
    object_verbs: dict[str, str]
    subject_verbs: dict[str, str]
    victim_words: dict[str, str]
    subject_phrases: dict[str, tuple[str, str]]  # verb lemma -> (object lemma, kind)
    verb_with_word: tuple[tuple[str, str, str], ...]  # (verb lemma, word lemma, kind)
    report_words: frozenset[str]
    counted_nouns: dict[str, str]
    of_nouns: dict[str, str]
    toll_nouns: frozenset[str]
    group_nouns: dict[str, str]  # lemma -> kind
    currency_before: dict[str, str]
    currency_after: dict[str, str]
    currency_qualifiers: dict[str, dict[str, str]]
    outcome_verbs: frozenset[str] = frozenset()
    happening_verbs: frozenset[str] = frozenset()
    person_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    num = load("numbers")
    kinds = load("quantity_kinds")
    cur = kinds["currencies"]
    cues = sorted((tuple(str(c).lower().split()) for c in num["approx_cues"]), key=len, reverse=True)
    groups = {str(lemma).lower(): str(kind) for kind, lemmas in kinds["group_nouns"].items() for lemma in lemmas}
    return Lexicon(
        units={str(k).lower(): float(v) for k, v in num["units"].items()},
        scales={str(k).lower(): float(v) for k, v in num["scales"].items()},
        attached_scales=word_set(num["attached_scales"]),
        vague={str(k).lower(): dict(v) for k, v in num["vague"].items()},
        approx_cues=tuple(cues),
        approx_after=tuple(tuple(str(c).lower().split()) for c in num["approx_after_cues"]),
        range_words=word_set(num["range_words"]),
        ordinals=word_set(num["ordinals"]),
        not_after=word_set(num["not_counts_after"]),
        not_before=word_set(num["not_counts_before"]),
        object_verbs={str(k): str(v) for k, v in kinds["victim_object_verbs"].items() if v},
        subject_verbs={str(k): str(v) for k, v in kinds["victim_subject_verbs"].items() if v},
        victim_words={str(k).lower(): str(v) for k, v in kinds["victim_words"].items()},
        verb_with_word=tuple((str(r["verb"]), str(r["word"]), str(r["kind"])) for r in kinds["verb_with_word"]),
        report_words=word_set(kinds["report_words"]),
        subject_phrases={
            str(k): (str(v["object"]), str(v["kind"])) for k, v in kinds["victim_subject_phrases"].items()
        },
        counted_nouns={str(k): str(v) for k, v in kinds["counted_nouns"].items()},
        of_nouns={str(k): str(v) for k, v in kinds["of_nouns"].items()},
        toll_nouns=word_set(kinds["toll_nouns"]),
        group_nouns=groups,
        currency_before={str(k).lower(): str(v) for k, v in cur.get("before", {}).items()},
        currency_after={str(k).lower(): str(v) for k, v in cur.get("after", {}).items()},
        currency_qualifiers={
            str(k).lower(): {str(a).lower(): str(b) for a, b in v.items()} for k, v in cur.get("qualifiers", {}).items()
        },
        outcome_verbs=word_set(kinds.get("outcome_verbs")),
        happening_verbs=word_set(kinds.get("happening_verbs")),
        person_nouns=word_set(kinds.get("person_nouns")),
    )


@dataclass
class Number:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    value: float
    vague: str | None  # the vague word's approx label ("dozens"), if any
    scale: float | None = None  # the largest multiplier written ("million" in "15 million")


def _digit_value(text: str) -> float | None:
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def number_at(doc: Any, i: int, limit: int, lex: Lexicon) -> Number | None:
    """The number expression starting at token ``i`` (not past ``limit``), or None."""
    tok = doc[i]
    low = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < limit else ""

    if low in lex.vague:
        spec = lex.vague[low]
        if spec.get("needs_of") and nxt != "of":
            return None
        value, label, end = float(spec["value"]), str(spec["approx"]), i + 1
        # "tens of thousands", "hundreds of thousands": the vague count of a scale.
        if (
            nxt == "of"
            and i + 2 < limit
            and doc[i + 2].lower_ in lex.scales
            and doc[i + 2].lower_ not in lex.attached_scales
        ):
            value *= lex.scales[doc[i + 2].lower_]
            label, end = f"{label} of {doc[i + 2].lower_}", i + 3
        return Number(i, end, value, label)

    total, current, end, seen, top = 0.0, 0.0, i, False, None
    j = i
    if low == "a" and nxt in lex.scales and nxt not in lex.attached_scales:
        current, j = 1.0, i + 1  # "a dozen", "a hundred", "a million"
    while j < limit:
        t = doc[j]
        w = t.lower_
        digits = _digit_value(t.text)
        attached = _DIGITS_SCALE.match(w)
        if digits is not None and not seen and current == 0:
            current, seen = digits, True
        elif attached and not seen and attached.group(2) in lex.attached_scales:
            total += float(attached.group(1)) * lex.scales[attached.group(2)]
            seen, top = True, lex.scales[attached.group(2)]
        elif w in lex.units and (not seen or _joins_units(doc, j, lex)):
            current += lex.units[w]
            seen = True
        elif w in lex.scales and (seen or current) and _scale_ok(doc, j, lex):
            scale = lex.scales[w]
            top = max(top or 0.0, scale)
            current = current or 1.0
            if scale >= 1000:
                total += current * scale
                current = 0.0
            else:
                current *= scale
            seen = True
        elif (
            w in {"-", "and"}
            and seen
            and j + 1 < limit
            and doc[j + 1].lower_ in lex.units
            and _joins_units(doc, j + 1, lex)
        ):
            j += 1
            continue
        else:
            break
        end = j + 1
        j += 1
    if not seen:
        return None
    if end > i and _scale_ok(doc, end - 1, lex) and doc[end - 1].lower_ in lex.attached_scales:
        top = lex.scales[doc[end - 1].lower_]
    return Number(i, end, total + current, None, top)


def _joins_units(doc: Any, j: int, lex: Lexicon) -> bool:
    """A unit word at ``j`` continues the number before it ("twenty-one", "two hundred and fifty")."""
    prev = doc[j - 1].lower_
    if prev in {"-", "and"} and j >= 2:
        before = doc[j - 2].lower_
        if prev == "-":
            return before in lex.units and lex.units[before] >= 20 and lex.units[doc[j].lower_] < 10
        return before in lex.scales
    return prev in lex.scales and prev not in lex.attached_scales


def _scale_ok(doc: Any, j: int, lex: Lexicon) -> bool:
    """A scale word at ``j`` belongs to the number: abbreviations only when written against digits."""
    w = doc[j].lower_
    if w in lex.attached_scales:
        return doc[j - 1].whitespace_ == "" and _digit_value(doc[j - 1].text) is not None
    return True


def range_upper(doc: Any, num: Number, floor: int, limit: int, lex: Lexicon) -> Number | None:
    """The upper end of a range starting at ``num``: "5 to 7", "between $5 and $7 billion", "two or three"."""
    j = num.end
    if num.vague is not None or j >= limit or doc[j].lower_ not in lex.range_words:
        return None
    if doc[j].lower_ == "and":  # only "between A and B": "killed 4 and 12 were hurt" is two counts
        k = num.start - 1
        if k >= floor and doc[k].lower_ in lex.currency_before:
            k -= 1
        if k < floor or doc[k].lower_ != "between":
            return None
    j += 1
    if j < limit and doc[j].lower_ in lex.currency_before:
        j += 1
    if j >= limit:
        return None
    other = number_at(doc, j, limit, lex)
    return other if other is not None and other.vague is None else None


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
