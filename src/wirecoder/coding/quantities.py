"""Counts in a sentence: killed, wounded, attacks, people, money — with their value and approximation.

:func:`extract` finds number expressions in a spaCy span ("40", "1,200", "$15m", "2.5 billion",
"twenty-one", "a dozen", "dozens of", "tens of thousands"), decides what each counts from the parse
and the words around it, and returns :class:`~wirecoder.article.Quantity` records with character
offsets into the doc text. Numbers that count nothing the lexicon knows (years, dates, ages, times,
percentages, identifiers, ordinals, "one of the") are left out.

Vague words get a documented *lower bound* as their value and the word itself as ``approx``:
"dozens" is 24 (at least two dozen), "scores" 40, "hundreds" 200, "thousands" 2,000, "several" 3,
"tens of thousands" 20,000 (see ``data/lexicon/numbers.yaml``). A cue before the number ("more than",
"at least", "about", "up to" …) becomes ``approx`` and wins over the vague word.
"or more" after a number is an ``approx`` too. A range ("5 to 7 soldiers", "between $5 and $7 billion")
is one quantity: its lower end, ``approx`` "between".

Kinds: killed, dead (died; "3 dead"), wounded, injured, abducted, kidnapped, arrested, displaced,
casualties, attacks, money (``unit`` an ISO 4217 code: "$" USD, "€" EUR, "Rs" PKR …), and the group
nouns (soldiers, troops, civilians, people, militants, police, protesters, refugees) when nothing
says what happened to them. :func:`fatalities` sums the killed/dead counts.

Word lists: ``data/lexicon/numbers.yaml`` and ``data/lexicon/quantity_kinds.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..article import Quantity
from ..nlp import entity_at
from .lexicon import load, word_set

FATAL_KINDS = ("killed", "dead")
_EXCLUDED_ENTS = frozenset({"DATE", "TIME", "PERCENT", "ORDINAL"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_DIGITS_SCALE = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$")
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_ONE_BEFORE = frozenset({"no", "the", "each", "any", "every", "this", "that", "which", "someone", "anyone"})


@dataclass(frozen=True)
class _Lexicon:
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
    person_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    num = load("numbers")
    kinds = load("quantity_kinds")
    cur = kinds["currencies"]
    cues = sorted((tuple(str(c).lower().split()) for c in num["approx_cues"]), key=len, reverse=True)
    groups = {str(lemma).lower(): str(kind) for kind, lemmas in kinds["group_nouns"].items() for lemma in lemmas}
    return _Lexicon(
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
        person_nouns=word_set(kinds.get("person_nouns")),
    )


@dataclass
class _Number:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    value: float
    vague: str | None  # the vague word's approx label ("dozens"), if any
    scale: float | None = None  # the largest multiplier written ("million" in "15 million")


# ---------------------------------------------------------------------------------------------------
# Finding number expressions


def _digit_value(text: str) -> float | None:
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return None


def _number_at(doc: Any, i: int, limit: int, lex: _Lexicon) -> _Number | None:
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
        return _Number(i, end, value, label)

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
    return _Number(i, end, total + current, None, top)


def _joins_units(doc: Any, j: int, lex: _Lexicon) -> bool:
    """A unit word at ``j`` continues the number before it ("twenty-one", "two hundred and fifty")."""
    prev = doc[j - 1].lower_
    if prev in {"-", "and"} and j >= 2:
        before = doc[j - 2].lower_
        if prev == "-":
            return before in lex.units and lex.units[before] >= 20 and lex.units[doc[j].lower_] < 10
        return before in lex.scales
    return prev in lex.scales and prev not in lex.attached_scales


def _scale_ok(doc: Any, j: int, lex: _Lexicon) -> bool:
    """A scale word at ``j`` belongs to the number: abbreviations only when written against digits."""
    w = doc[j].lower_
    if w in lex.attached_scales:
        return doc[j - 1].whitespace_ == "" and _digit_value(doc[j - 1].text) is not None
    return True


# ---------------------------------------------------------------------------------------------------
# What a number counts


def _cue_before(doc: Any, i: int, floor: int, lex: _Lexicon) -> tuple[str | None, int]:
    """The approximation cue written just before token ``i`` and where it starts."""
    for cue in lex.approx_cues:
        n = len(cue)
        if i - n < floor:
            continue
        if tuple(t.lower_ for t in doc[i - n : i]) == cue:
            return " ".join(t.text for t in doc[i - n : i]).lower(), i - n
    return None, i


def _head_of(doc: Any, num: _Number) -> Any:
    """The token of the number expression whose head lies outside it."""
    for t in doc[num.start : num.end]:
        if not (num.start <= t.head.i < num.end) or t.head.i == t.i:
            return t
    return doc[num.end - 1]


def _counted_noun(doc: Any, num: _Number, head: Any) -> Any | None:
    """The noun the number counts: "40 [soldiers]", "dozens of [civilians]", "15 million [dollars]"."""
    after = doc[num.end] if num.end < len(doc) else None
    if after is not None and after.lower_ == "of":
        for t in doc[num.end + 1 : min(num.end + 6, len(doc))]:
            if t.pos_ in _NOUNISH and t.head.i != t.i:
                if t.dep_ == "pobj" and t.head.i == after.i:
                    return t
                if t.dep_ not in {"compound", "amod", "nmod", "poss"}:
                    return t
        return None
    h = head.head
    if (
        head.dep_ in {"nummod", "compound", "quantmod", "amod", "nmod", "npadvmod"}
        and h.pos_ in _NOUNISH
        and num.end <= h.i <= num.end + 4
    ):
        return h
    if after is not None and after.pos_ in {"NOUN"} and after.dep_ != "pobj":
        return after  # the tagger did not attach it, but "40 soldiers" is still 40 soldiers
    return None


def _currency(doc: Any, num: _Number, noun: Any | None, lex: _Lexicon, floor: int) -> tuple[str | None, int]:
    """The ISO currency of a money amount, and the token index where its symbol starts."""
    i = num.start
    if i - 1 >= floor:
        sym = doc[i - 1].lower_
        if sym in lex.currency_before:
            start = i - 1
            if sym == "$" and i - 2 >= floor and doc[i - 2].lower_ in {"us", "u.s."}:
                start = i - 2
            unit = lex.currency_before[sym]
            for t in doc[max(floor, start - 2) : start]:
                unit = lex.currency_qualifiers.get(t.lower_, {}).get(sym, unit)
            return unit, start
    if noun is not None and noun.lemma_.lower() in lex.currency_after:
        unit = lex.currency_after[noun.lemma_.lower()]
        for t in noun.children:
            unit = lex.currency_qualifiers.get(t.lower_, {}).get(noun.lemma_.lower(), unit)
        return unit, num.start
    return None, num.start


def _active_with_object(tok: Any) -> bool:
    return tok.tag_ == "VBD" and any(c.dep_ in {"dobj", "obj"} for c in tok.children)


def _governed_kind(x: Any, lex: _Lexicon) -> str | None:
    """The kind that the syntax around ``x`` (the number or its noun) gives it."""
    while x.dep_ in {"conj", "appos", "compound"} and x.head.i != x.i and x.head.pos_ in _NOUNISH | {"NUM"}:
        x = x.head
    head = x.head
    lemma = head.lemma_.lower()
    if x.dep_ in {"dobj", "obj", "nsubjpass", "oprd"}:
        for verb, word, kind in lex.verb_with_word:
            if lemma == verb and _has_word(head, x, word):
                return kind
    if x.dep_ in {"dobj", "obj", "nsubjpass", "oprd"} and lemma in lex.object_verbs:
        return lex.object_verbs[lemma]
    if x.dep_ == "nsubj" and lemma in lex.subject_verbs:
        return lex.subject_verbs[lemma]
    if x.dep_ == "nsubj" and lemma in lex.subject_phrases:
        obj, kind = lex.subject_phrases[lemma]
        if any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() == obj for c in head.children):
            return kind
    if x.dep_ == "nsubj" and lemma in lex.object_verbs and head.tag_ == "VBN" and not _active_with_object(head):
        return lex.object_verbs[lemma]
    if x.dep_ == "nsubj" and not any(c.dep_ in {"dobj", "obj", "aux", "auxpass"} for c in head.children):
        for verb, word, kind in lex.verb_with_word:  # headline passive: "Four guards shot dead", "two gunned down"
            if lemma == verb and word != x.lemma_.lower() and _has_word(head, x, word):
                return kind
    if x.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in lex.of_nouns:
        return lex.of_nouns[head.head.lemma_.lower()]
    # "the death toll rose to 40", "a toll of 40", "the toll was 40"
    anchor = head.head if x.dep_ == "pobj" else head
    if anchor.lemma_.lower() in lex.toll_nouns:
        return "killed"
    if x.dep_ in {"pobj", "attr", "dobj"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lex.toll_nouns for c in anchor.children
    ):
        return "killed"
    for child in x.children:
        c = child.lemma_.lower()
        if child.dep_ in {"relcl", "acl"}:
            if c in lex.subject_verbs:
                return lex.subject_verbs[c]
            passive = child.tag_ == "VBN" or any(g.dep_ in {"nsubjpass", "auxpass"} for g in child.children)
            if c in lex.object_verbs and passive and not _active_with_object(child):
                return lex.object_verbs[c]
    return None


def _follower_kind(doc: Any, k: int, lex: _Lexicon) -> str | None:
    """What the words right after a count say happened: "3 dead", "12 were hurt", "9 later died"."""
    passive = False
    while (
        k < len(doc)
        and doc[k].lower_ not in lex.victim_words
        and (doc[k].pos_ in {"AUX", "ADV"} or doc[k].lower_ in lex.report_words)
    ):
        passive = passive or doc[k].pos_ == "AUX"
        k += 1
    if k >= len(doc):
        return None
    tok = doc[k]
    lemma = tok.lemma_.lower()
    if _active_with_object(tok):
        return None
    if tok.lower_ in lex.victim_words:
        return lex.victim_words[tok.lower_]
    if passive and tok.tag_ == "VBN" and lemma in lex.object_verbs:
        return lex.object_verbs[lemma]
    if tok.pos_ == "VERB" and lemma in lex.subject_verbs:
        return lex.subject_verbs[lemma]
    return None


def _kind(doc: Any, num: _Number, head: Any, noun: Any | None, first: int, lex: _Lexicon) -> str | None:
    """What the number counts, or None when it counts nothing the lexicon knows."""
    if noun is not None and noun.lemma_.lower() in lex.counted_nouns:
        return lex.counted_nouns[noun.lemma_.lower()]
    # "3 dead and 12 wounded", "40 people killed in the blast"
    last = noun.i if noun is not None and noun.i >= num.end else num.end - 1
    counted = noun if noun is not None else head
    # "25 wounded people": a victim word between the number and its noun
    if noun is not None and noun.i > num.end:
        for t in doc[num.end : noun.i]:
            if t.lower_ in lex.victim_words and t.dep_ in {"amod", "compound", "nmod"}:
                return lex.victim_words[t.lower_]
    if counted.dep_ != "pobj":  # "users in [38 countries] were arrested": the verb is not about the pobj
        follower_kind = _follower_kind(doc, last + 1, lex)
        if follower_kind:
            return follower_kind
    syn = noun if noun is not None and head.head.i == noun.i else head
    kind = _governed_kind(syn, lex)
    if kind is None and syn is not head:
        kind = _governed_kind(head, lex)
    if kind:
        return kind
    # The parse missed it: "killed at least 13", "killing some 40" (only adverbs, determiners between).
    k = first - 1
    while k >= 0 and doc[k].pos_ in {"DET", "ADV"} and first - k <= 2:
        k -= 1
    if k >= 0 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in lex.object_verbs:
        return lex.object_verbs[doc[k].lemma_.lower()]
    if noun is not None and noun.lemma_.lower() in lex.group_nouns:
        return lex.group_nouns[noun.lemma_.lower()]
    if noun is not None and noun.lower_ in lex.group_nouns:
        return lex.group_nouns[noun.lower_]
    return None


def _has_word(verb: Any, counted: Any, word: str) -> bool:
    """Whether ``word`` goes with ``verb`` for ``counted``: the counted noun itself, a dependent of the
    verb or of its prepositions ("beat two men to death"), or a modifier of the noun ("shot dead two men")."""
    near = [counted, *verb.children, *counted.children]
    near += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    return any(t.lemma_.lower() == word or t.lower_ == word for t in near)


def _bare_number_entity(doc: Any, num: _Number, lex: _Lexicon) -> bool:
    """The tagger called bare numbers a DATE/TIME ("said 14 had been detained", "between 8 and 10
    miners"): not trusted when the entity holds no date word and no year."""
    glue = lex.range_words | {"between", "from"} | {w for cue in lex.approx_cues for w in cue}
    ent = entity_at(doc, num.start)
    if ent is None:
        return False
    return all(
        (t.like_num and not _YEAR.match(t.text) and t.lower_ not in lex.ordinals) or t.lower_ in glue for t in ent
    )


def _not_a_count(doc: Any, num: _Number, floor: int, first: int, lex: _Lexicon) -> bool:
    """Dates, times, percentages, ages, identifiers, ordinals and "one of the" are not counts."""
    toks = doc[num.start : num.end]
    if any(t.ent_type_ in _EXCLUDED_ENTS for t in toks) and not _bare_number_entity(doc, num, lex):
        return True
    if any(t.lower_ in lex.ordinals or _ORDINAL_DIGITS.match(t.text) for t in toks):
        return True
    after = doc[num.end] if num.end < len(doc) else None
    if after is not None and (after.lower_ in lex.not_after or after.text == "-" or after.text.startswith("-")):
        return True
    if after is not None and after.lower_ == ":" and num.end + 1 < len(doc) and doc[num.end + 1].like_num:
        return True  # a clock time "10:30" split by the tokenizer
    if first - 1 >= floor and doc[first - 1].lower_ in lex.not_before:
        return True
    text = toks.text
    if num.end - num.start == 1 and toks[0].text.isdigit() and len(toks[0].text) >= 7:
        return True  # phone numbers and identifiers; large counts carry thousands separators
    if (
        num.end - num.start == 1
        and first == num.start
        and first - 2 >= 0
        and doc[first - 1].text == ","
        and doc[first - 2].pos_ in {"PROPN", "NOUN"}
        and after is not None
        and after.text == ","
    ):
        return True  # an age in apposition: "the bishop, 79, died"
    if toks[0].lower_ == "one" and num.end - num.start == 1:
        if after is not None and after.lower_ == "of":
            return True
        if num.start - 1 >= 0 and doc[num.start - 1].lower_ in _NOT_ONE_BEFORE:
            return True
    return bool(text == "0")


def _cue_after(doc: Any, num: _Number, noun: Any | None, lex: _Lexicon) -> str | None:
    """An approximation written after the number or its noun: "four or more people", "50-plus"."""
    for at in (num.end, noun.i + 1 if noun is not None and noun.i >= num.end else None):
        if at is None:
            continue
        for cue in lex.approx_after:
            words = tuple(t.lower_.lstrip("-") for t in doc[at : at + len(cue)])
            if words == cue:
                return " ".join(cue)
    return None


def _range_upper(doc: Any, num: _Number, floor: int, limit: int, lex: _Lexicon) -> _Number | None:
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
    other = _number_at(doc, j, limit, lex)
    return other if other is not None and other.vague is None else None


def _as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def extract(span: Any) -> list[Quantity]:
    """Quantities in ``span`` (a spaCy Span or Doc), in text order; offsets are into the doc text.

    A range ("5 to 7 soldiers", "between $5 and $7 billion") is one quantity: its lower end as the
    value (borrowing the upper end's scale), ``approx`` "between" unless another cue is written.
    """
    lex = _lexicon()
    doc = span.doc if hasattr(span, "doc") else span
    floor, limit = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    out: list[Quantity] = []
    i = floor
    while i < limit:
        num = _number_at(doc, i, limit, lex)
        if num is None:
            i += 1
            continue
        upper = _range_upper(doc, num, floor, limit, lex)
        ctx = upper or num  # the counted noun and the syntax hang on the last number
        i = ctx.end
        quantity = _quantity(doc, num, upper, ctx, floor, limit, lex)
        if quantity is not None:
            out.append(quantity)
    singles = [q for q in _single_victims(doc, floor, limit, lex) if not any(_overlap(q, o) for o in out)]
    return sorted(out + singles, key=lambda q: q.start or 0) if singles else out


_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_NO_ONE_DETS = frozenset({"no", "each", "every", "any", "all", "some", "which", "what"})


def _single_victims(doc: Any, floor: int, limit: int, lex: _Lexicon) -> list[Quantity]:
    """One killed per singular person told killed without a number: "a policeman also lost his life",
    "Ahmad Khan was killed", "gunmen shot dead a shopkeeper", "he died of his wounds". Not under
    negation or a modal ("could have been killed"), and only for persons (a lexicon noun, a PERSON
    name, he/she)."""
    found: list[Quantity] = []
    for verb in doc[floor:limit]:
        if verb.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ == "neg" or c.tag_ == "MD" or c.lower_ in {"never", "nearly", "almost"} for c in verb.children
        ):
            continue
        lemma = verb.lemma_.lower()
        for victim in _victims_of(verb, lemma, lex):
            for person in [victim, *victim.conjuncts]:
                if floor <= person.i < limit and _one_person(person, lex):
                    first = person.left_edge.i
                    while first < person.i and doc[first].dep_ in {"det", "punct", "cc"}:
                        first += 1
                    kind = "dead" if victim.dep_ == "nsubj" else "killed"
                    found.append(
                        Quantity(
                            kind=kind,
                            value=1,
                            approx=None,
                            text=doc[first : person.i + 1].text,
                            unit=None,
                            start=doc[first].idx,
                            end=person.idx + len(person.text),
                        )
                    )
    return found


def _victims_of(verb: Any, lemma: str, lex: _Lexicon) -> list[Any]:
    """The nouns a verb of killing or dying says died: the object or passive subject of "kill"/"murder"
    (and of "shoot dead", "gun down"), the subject of "die" and of "lose one's life"."""
    if lex.object_verbs.get(lemma) in FATAL_KINDS:
        return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    for v, w, kind in lex.verb_with_word:
        if lemma == v and kind in FATAL_KINDS and any(c.lemma_.lower() == w or c.lower_ == w for c in verb.children):
            deps = {"nsubj"} if kind == "dead" else {"dobj", "nsubjpass"}  # "lost his life" / "shot dead a man"
            return [c for c in verb.children if c.dep_ in deps and c.lemma_.lower() != w]
    if lex.subject_verbs.get(lemma) in FATAL_KINDS:
        return [c for c in verb.children if c.dep_ == "nsubj"]
    phrase = lex.subject_phrases.get(lemma)
    if phrase is not None and phrase[1] in FATAL_KINDS and any(c.lemma_.lower() == phrase[0] for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return []


def _one_person(tok: Any, lex: _Lexicon) -> bool:
    if any(c.dep_ == "nummod" or c.lower_ in _NO_ONE_DETS for c in tok.children):
        return False
    if tok.lower_ in _PERSON_PRONOUNS:
        return True
    if tok.tag_ == "NNP" and tok.ent_type_ == "PERSON":
        return True
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and (
        lemma in lex.person_nouns or lemma in lex.group_nouns or bool(_AGENT_NOUN.search(lemma))
    )


# Person nouns by their ending: "pharmacist", "politician", "watchman", "teacher", "inspector", "resident".
_AGENT_NOUN = re.compile(r"(?:[a-z]{3}(?:ist|ician|man|woman|er|or|ant)|[a-z]{3}(?<!m)ent)$")


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.start is not None and b.start is not None and a.start < (b.end or 0) and b.start < (a.end or 0)


def _quantity(
    doc: Any, num: _Number, upper: _Number | None, ctx: _Number, floor: int, limit: int, lex: _Lexicon
) -> Quantity | None:
    """The Quantity for a number expression (and the upper end of its range), or None."""
    head = _head_of(doc, ctx)
    noun = _counted_noun(doc, ctx, head)
    unit, first = _currency(doc, num, noun, lex, floor)
    if unit is None and upper is not None:
        unit = _currency(doc, upper, noun, lex, floor)[0]
    cue, first = _cue_before(doc, first, floor, lex)
    if upper is not None and first - 1 >= floor and doc[first - 1].lower_ in {"between", "from"}:
        first -= 1
    if _not_a_count(doc, num, floor, first, lex) or (
        upper is not None and _not_a_count(doc, upper, floor, upper.start, lex)
    ):
        return None
    kind = "money" if unit else _kind(doc, ctx, head, noun, first, lex)
    if kind is None:
        return None
    single = doc[num.start : num.end]
    if (
        upper is None
        and num.end - num.start == 1
        and _YEAR.match(single.text)
        and not (noun is not None and head.head.i == noun.i)
    ):
        return None  # a year, not a count
    last = noun.i + 1 if noun is not None and ctx.end <= noun.i < ctx.end + 6 and kind != "money" else ctx.end
    if unit and noun is not None and noun.lemma_.lower() in lex.currency_after:
        last = noun.i + 1
    last = min(last, limit)
    value = num.value
    if upper is not None and num.scale is None and upper.scale:
        value *= upper.scale
    approx = cue or num.vague or _cue_after(doc, ctx, noun, lex) or ("between" if upper is not None else None)
    return Quantity(
        kind=kind,
        value=_as_number(value),
        approx=approx,
        text=doc[first:last].text,
        unit=unit,
        start=doc[first].idx,
        end=doc[last - 1].idx + len(doc[last - 1].text),
    )


def figures_span(tok: Any) -> Any:
    """Where an event noun's casualty figures are written: its own phrase ("an attack that killed 4"), or
    the clause of the outcome verb it is the subject of ("clashes left 9 fighters dead", "the blast
    killed 4"; ``outcome_verbs`` in the lexicon)."""
    head = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and head.lemma_.lower() in _lexicon().outcome_verbs:
        tok = head
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def fatalities(quantities: list[Quantity]) -> int | None:
    """People killed: the sum of distinct killed/dead counts (lower bounds for vague ones), or None.

    A "killed" and a "dead" count of the same value are taken as the same victims ("killed 5 …
    the 5 dead"); the same span counted twice is counted once.
    """
    seen: set[tuple[object, ...]] = set()
    by_kind: dict[str, list[float]] = {k: [] for k in FATAL_KINDS}
    found = False
    for q in quantities:
        if q.kind not in FATAL_KINDS:
            continue
        found = True
        key = (q.start, q.end) if q.start is not None else (q.kind, q.value, q.text)
        if key in seen or q.value is None:
            continue
        seen.add(key)
        by_kind[q.kind].append(float(q.value))
    if not found:
        return None
    dead = list(by_kind["dead"])
    total = 0.0
    for value in by_kind["killed"]:
        total += value
        if value in dead:
            dead.remove(value)
    total += sum(dead)
    return int(total)
