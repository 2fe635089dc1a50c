"""Counts in a sentence: killed, wounded, attacks, people, money — with their value and approximation.

:func:`extract` finds number expressions in a spaCy span ("40", "1,200", "$15m", "2.5 billion",
"twenty-one", "a dozen", "dozens of", "tens of thousands"), decides what each counts from the parse
and the words around it, and returns :class:`~wirecoder.article.Quantity` records with character
offsets into the doc text. Numbers that count nothing the lexicon knows (years, dates, ages, times,
percentages, identifiers, ordinals, "one of the") are left out.

Vague words get a documented *lower bound* as their value and the word itself as ``approx``:
"dozens" is 24 (at least two dozen), "scores" 40, "hundreds" 200, "thousands" 2,000, "several" 3,
"tens of thousands" 20,000 (see ``data/lexicon/numbers.yaml``). A cue before the number ("more than",
"at least", "about", "up to" …) becomes ``approx`` and wins over the vague word; so does "or more" after it.
A range ("5 to 7 soldiers", "between $5 and $7 billion") is one quantity: its lower end, ``approx`` "between".

Kinds: killed, dead (died; "3 dead"), wounded, injured, abducted, kidnapped, arrested, displaced,
casualties, attacks, money (``unit`` an ISO 4217 code: "$" USD, "€" EUR, "Rs" PKR …), and the group
nouns (soldiers, troops, civilians, people, militants, police, protesters, refugees) when nothing says what happened
to them. :func:`fatalities` sums the killed/dead counts. Word lists: ``data/lexicon/numbers.yaml`` and
``data/lexicon/quantity_kinds.yaml``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..article import Quantity
from ..nlp import entity_at
from .age_nouns import age_noun
from .casualty_shares import one_of_victims, retold
from .conjoined_objects import verb_conjoined_object
from .constants import CASUALTY_KINDS
from .counted_words import has_word as _has_word
from .elliptic_counts import also_attackers, also_count, elliptic_count
from .end_deaths import over_headcounts, own_deaths
from .happening_tolls import happening_outcome
from .lexicon import load, word_set
from .numbers import Lexicon, Number, as_number, lexicon, number_at, range_upper
from .side_counts import each_side
from .them_victims import them_kind
from .victims import FATAL_KINDS, single_victims
from .with_dead import with_phrase_last

_EXCLUDED_ENTS = frozenset({"DATE", "TIME", "PERCENT", "ORDINAL"})
_ORDINAL_DIGITS = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
_NOT_ONE_BEFORE = frozenset({"no", "the", "each", "any", "every", "this", "that", "which", "someone", "anyone"})


# ---------------------------------------------------------------------------------------------------
# What a number counts


def _cue_before(doc: Any, i: int, floor: int, lex: Lexicon) -> tuple[str | None, int]:
    """The approximation cue written just before token ``i`` and where it starts."""
    for cue in lex.approx_cues:
        n = len(cue)
        if i - n < floor:
            continue
        if tuple(t.lower_ for t in doc[i - n : i]) == cue:
            return " ".join(t.text for t in doc[i - n : i]).lower(), i - n
    return None, i


def _head_of(doc: Any, num: Number) -> Any:
    """The token of the number expression whose head lies outside it."""
    for t in doc[num.start : num.end]:
        if not (num.start <= t.head.i < num.end) or t.head.i == t.i:
            return t
    return doc[num.end - 1]


def _counted_noun(doc: Any, num: Number, head: Any) -> Any | None:
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


def _currency(doc: Any, num: Number, noun: Any | None, lex: Lexicon, floor: int) -> tuple[str | None, int]:
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


def _died_after(verb: Any, lex: Lexicon) -> str | None:
    """The kind of victims a harm's own subject went on to become: "one soldier was injured and died of his
    injuries" counts a dead soldier. Only a verb joined to the harm with no subject of its own ("two were
    wounded and one died" counts the one apart)."""
    if lex.object_verbs.get(verb.lemma_.lower()) not in {"injured", "wounded"}:
        return None
    for conj in verb.children:
        if conj.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            continue
        if conj.lemma_.lower() in lex.subject_verbs and lex.subject_verbs[conj.lemma_.lower()] == "dead":
            return "dead"
    return None


def _governed_kind(x: Any, lex: Lexicon) -> str | None:
    """The kind that the syntax around ``x`` (the number or its noun) gives it."""
    while (
        x.dep_ in {"conj", "appos", "compound"}
        and x.head.i != x.i
        and (x.head.pos_ in _NOUNISH | {"NUM"} or age_noun(x.head))
    ):
        x = x.head
    x = verb_conjoined_object(x)  # "killed a tribal elder and three of his relatives": "three" read on the verb
    head = x.head
    lemma = head.lemma_.lower()
    if x.dep_ in {"dobj", "obj", "nsubjpass", "oprd"}:
        for verb, word, kind in lex.verb_with_word:
            if lemma == verb and _has_word(head, x, word):
                return kind
    if x.dep_ in {"dobj", "obj", "nsubjpass", "oprd"} and lemma in lex.object_verbs:
        return _died_after(head, lex) or lex.object_verbs[lemma]
    if x.dep_ in {"dobj", "obj"} and lemma in lex.outcome_verbs:
        # "leaving nine members of the security forces dead": the state word on the verb, past the noun's phrase
        state = next((c for c in head.children if c.dep_ in {"oprd", "acomp", "advcl"} and c.i > x.i), None)
        if state is not None and state.lower_ in lex.victim_words:
            return lex.victim_words[state.lower_]
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
    if x.dep_ == "pobj" and head.lower_ == "of":  # "killing of two" as written too: the tagger's VBG "kill"
        of_noun = next((w for w in (head.head.lemma_.lower(), head.head.lower_) if w in lex.of_nouns), None)
        if of_noun is not None:
            return lex.of_nouns[of_noun]
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
            for verb, word, kind in lex.verb_with_word if passive else ():  # "Two guards gunned down in X"
                if c == verb and _has_word(child, x, word):
                    return kind
    return None


def _follower_kind(doc: Any, k: int, lex: Lexicon) -> str | None:
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
        return _died_after(tok, lex) or lex.victim_words[tok.lower_]
    if passive and tok.tag_ == "VBN" and lemma in lex.object_verbs:
        return _died_after(tok, lex) or lex.object_verbs[lemma]
    if tok.pos_ == "VERB" and lemma in lex.subject_verbs:
        return lex.subject_verbs[lemma]
    return None


#: Kinds a word before the noun can tell as the victims' standing ("displaced people", "abducted workers"): the verb
#: that governs them, when it tells a harm, says what the count counts ("Two injured passengers later died": dead).
_STATUS_KINDS = frozenset({"displaced", "arrested", "abducted", "kidnapped", "injured", "wounded"})


def _kind(doc: Any, num: Number, head: Any, noun: Any | None, first: int, lex: Lexicon) -> str | None:
    """What the number counts, or None when it counts nothing the lexicon knows (nor animals: "killing 11
    soldiers and seven horses" counts eleven dead)."""
    if noun is not None and noun.lemma_.lower() in _animals():
        return None
    if noun is not None and noun.lemma_.lower() in lex.counted_nouns:
        return lex.counted_nouns[noun.lemma_.lower()]
    if noun is not None and noun.i == num.end and noun.lower_ in lex.subject_verbs:
        return lex.subject_verbs[noun.lower_]  # "Four die, six hurt": the verb the tagger read as their noun
    # "3 dead and 12 wounded", "40 people killed in the blast"
    last = noun.i if noun is not None and noun.i >= num.end else num.end - 1
    counted = noun if noun is not None else head
    # "25 wounded people": a victim word between the number and its noun
    if noun is not None and noun.i > num.end:
        for t in doc[num.end : noun.i]:
            if t.lower_ in lex.victim_words and t.dep_ in {"amod", "compound", "nmod"}:
                described = lex.victim_words[t.lower_]
                if described in _STATUS_KINDS:  # "14 displaced people were killed": who they were, not what befell
                    told = _governed_kind(noun if head.head.i == noun.i else head, lex)
                    if told is not None and told not in _STATUS_KINDS:
                        return told
                return described
    # "users in [38 countries] were arrested": the verb is not about the pobj; "with [two gunmen] dead" is
    last = with_phrase_last(doc, counted, last, num.end)  # and each conjunct of "with [7 hostages] and 3 gunmen dead"
    if counted.dep_ != "pobj" or (counted.head.lower_ == "with" and doc[last + 1 : last + 2].text == "dead"):
        follower_kind = _follower_kind(doc, last + 1, lex)
        if follower_kind:
            return follower_kind
    syn = noun if noun is not None and head.head.i == noun.i else head
    kind = _governed_kind(syn, lex) or them_kind(syn, lex)  # "took nine men off a bus and killed them"
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
    return "people" if noun is not None and age_noun(noun) else None  # "two 20-year-olds"


def _bare_number_entity(doc: Any, num: Number, lex: Lexicon) -> bool:
    """The tagger called bare numbers a DATE/TIME ("said 14 had been detained", "between 8 and 10
    miners"): not trusted when the entity holds no date word and no year."""
    if doc[num.end - 1].dep_ == "nummod" and age_noun(doc[num.end - 1].head):
        return True  # "two 20-year-olds": the tagger's DATE spans the age too
    glue = lex.range_words | {"between", "from"} | {w for cue in lex.approx_cues for w in cue}
    ent = entity_at(doc, num.start)
    if ent is None:
        return False
    return all(
        (t.like_num and not _YEAR.match(t.text) and t.lower_ not in lex.ordinals) or t.lower_ in glue for t in ent
    )


def _not_a_count(doc: Any, num: Number, floor: int, first: int, lex: Lexicon) -> bool:
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
            return not one_of_victims(doc, num.start, lex)  # "one of the hostages was beheaded" counts
        if num.start - 1 >= 0 and doc[num.start - 1].lower_ in _NOT_ONE_BEFORE:
            return True
    return bool(text == "0")


def _cue_after(doc: Any, num: Number, noun: Any | None, lex: Lexicon) -> str | None:
    """An approximation written after the number or its noun: "four or more people", "50-plus"."""
    for at in (num.end, noun.i + 1 if noun is not None and noun.i >= num.end else None):
        if at is None:
            continue
        for cue in lex.approx_after:
            words = tuple(t.lower_.lstrip("-") for t in doc[at : at + len(cue)])
            if words == cue:
                return " ".join(cue)
    return None


def extract(span: Any) -> list[Quantity]:
    """Quantities in ``span`` (a spaCy Span or Doc), in text order; offsets are into the doc text.

    A range ("5 to 7 soldiers", "between $5 and $7 billion") is one quantity: its lower end as the
    value (borrowing the upper end's scale), ``approx`` "between" unless another cue is written.
    """
    lex = lexicon()
    doc = span.doc if hasattr(span, "doc") else span
    floor, limit = (span.start, span.end) if hasattr(span, "start") else (0, len(doc))
    out: list[Quantity] = []
    i = floor
    while i < limit:
        num = number_at(doc, i, limit, lex)
        if num is None:
            i += 1
            continue
        upper = range_upper(doc, num, floor, limit, lex)
        ctx = upper or num  # the counted noun and the syntax hang on the last number
        i = ctx.end
        quantity = _quantity(doc, num, upper, ctx, floor, limit, lex)
        if quantity is None and upper is None and num.vague is None:  # "... and four in the second"
            quantity = elliptic_count(doc, num.start, num.end, as_number(num.value), out)
        if (quantity is None or quantity.kind not in CASUALTY_KINDS) and upper is None and num.vague is None:
            quantity = also_count(doc, num.start, num.end, as_number(num.value), out) or quantity  # ", as were five"
        if quantity is not None:
            out.append(quantity)
    own = single_victims(doc, floor, limit, lex) + own_deaths(doc, floor, limit)  # "blew himself up": 1
    out, shares = retold(doc, floor, limit, out, lex)  # "the dead included 12 soldiers", "4 of them fatal"
    own += also_attackers(doc, floor, limit, out) + shares  # "..., as was the bomber": 1
    out, singles = over_headcounts(out, own)  # "Two women ... killing three people and themselves": 2 killed
    return sorted(each_side(doc, out + singles), key=lambda q: q.start or 0)


def _overlap(a: Quantity, b: Quantity) -> bool:
    return a.start is not None and b.start is not None and a.start < (b.end or 0) and b.start < (a.end or 0)


def _quantity(
    doc: Any, num: Number, upper: Number | None, ctx: Number, floor: int, limit: int, lex: Lexicon
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
        value=as_number(value),
        approx=approx,
        text=doc[first:last].text,
        unit=unit,
        start=doc[first].idx,
        end=doc[last - 1].idx + len(doc[last - 1].text),
    )


# A headline without a verb tells its toll before the event noun: "Four dead in bomb blast", "Nine injured in
# attack on bus" (the casualty word on the number, or the number's own head).
HEADLINE_TOLL_PREPS = frozenset({"in", "after", "during"})
HEADLINE_TOLL_WORDS = frozenset({"dead", "killed", "injured", "wounded", "hurt", "death", "deaths", "casualties"})


def _headline_toll(tok: Any) -> bool:
    """``tok`` heads "N dead" / "N killed" (a number with a casualty word on it, or the word with a number)."""
    words = [tok, *tok.children]
    counted = [*words, *(g for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} for g in c.children)]
    return any(t.lower_ in HEADLINE_TOLL_WORDS for t in words) and any(t.like_num for t in counted)


def _risen_toll(tok: Any) -> Any | None:
    """The verb of "the toll rises to 19 in ...", with "in" read on the verb or on the 19; None for anything
    else."""
    verb = tok.head.head if tok.like_num and tok.head.lower_ == "to" else tok
    return verb if any(c.dep_ == "nsubj" and c.lemma_.lower() == "toll" for c in verb.children) else None


def figures_span(tok: Any) -> Any:
    """Where an event noun's casualty figures are written: its own phrase ("an attack that killed 4"), or
    the clause of the outcome verb it is the subject of ("clashes left 9 fighters dead", "the blast
    killed 4"; ``outcome_verbs`` in the lexicon)."""
    head = tok.head
    outcome = happening_outcome(tok, lexicon())
    if outcome is not None:
        return tok.doc[outcome.left_edge.i : outcome.right_edge.i + 1]  # "fighting broke out, leaving 12 dead"
    if tok.dep_ in ("nsubj", "nsubjpass", "csubj") and head.lemma_.lower() in lexicon().outcome_verbs:
        tok = head
    elif tok.dep_ == "pobj" and head.lower_ in HEADLINE_TOLL_PREPS:
        toll = head.head.head if head.head.dep_ in {"amod", "acl", "advmod"} else head.head
        risen = _risen_toll(head.head)
        if risen is not None:
            tok = risen  # "Toll rises to 19 in market bombing"
        elif _headline_toll(toll):
            tok = toll  # "Two dead in blast near X", "Five killed in attack on Y": a headline's toll
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1]


def count_root(doc: Any, q: Quantity) -> Any | None:
    """The head token of the words of the count ``q`` in ``doc`` ("40 worshippers": worshippers), or None
    when ``q`` has no offsets or they fall outside ``doc``'s tokens."""
    if q.start is None or q.end is None:
        return None
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


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


@cache
def _animals() -> frozenset[str]:
    """Animal nouns (``animals`` of ``data/lexicon/non_events.yaml``): their dead are no casualties."""
    return word_set(load("non_events")["animals"])
