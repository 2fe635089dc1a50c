"""Each death toll counted once, on the incident it counts.

The coder gives every violent event of a sentence the killed/dead counts of its clause. Summed by
country and year, that counts one toll several times ("A bomb killed the mayor and his driver" gives
an event per victim) and lends a toll to an act it does not count ("a day after an attack killed five
soldiers"; "attacked the president over 200,000 deaths"). :func:`settle_tolls` keeps, per event, the
counts that belong to it, and gives each count to one event only.
"""

from __future__ import annotations

from typing import Any

from ..article import Article, Quantity
from .quantities import FATAL_KINDS, count_root, fatalities
from .toll_parts import toll_parts

# Words that make what follows them another matter than the act they hang on: a toll after them is
# the topic or the earlier incident ("protested over 200 deaths", "a day after an attack killed 5").
_ASIDE_WORDS = frozenset(
    {"after", "before", "since", "following", "than", "like", "unlike", "over", "about", "against", "for", "despite"}
)


def settle_tolls(article: Article) -> None:
    """Recount ``fatalities`` of the article's events: only counts tied to the event's own clause, and
    each count on one event of its sentence (the one whose trigger governs it most closely)."""
    doc = article.doc
    if doc is None:
        return
    owners: dict[tuple[int | None, int | None], tuple[float, float, int]] = {}
    kept: dict[int, list[Quantity]] = {}
    parts = toll_parts(doc, [q for e in article.events for q in e.quantities])  # "among them 11 soldiers"
    years: set[tuple[int | None, int | None]] = set()
    for n, event in enumerate(article.events):
        if parts:
            event.quantities = [q for q in event.quantities if (q.start, q.end) not in parts]
        if event.fatalities is None:
            continue
        trigger = _token(doc, event.trigger.get("start"), event.trigger.get("end"))
        own = []
        for q in event.quantities:
            if q.kind not in FATAL_KINDS:
                continue
            distance = _distance(doc, q, trigger)
            if distance is None or (_harmless(event) and _in_other_clause(doc, q, trigger)):
                continue
            if _counted_over_years(doc, q):
                years.add((q.start, q.end))
                continue  # "a conflict that has killed 20,000": no toll of this event
            own.append(q)
            key = (q.start, q.end)
            rank = (distance, -event.confidence, n)
            if key not in owners or rank < owners[key]:
                owners[key] = rank
        kept[n] = own
    if years and any(kept.values()):
        for event in article.events:  # a war's total beside an incident's toll is no count of the story's dead
            event.quantities = [q for q in event.quantities if (q.start, q.end) not in years]
    for n, own in kept.items():
        event = article.events[n]
        mine = [q for q in own if owners[(q.start, q.end)][2] == n]
        event.fatalities = fatalities(mine) if mine else None


def _counted_over_years(doc: Any, q: Quantity) -> bool:
    """The count ``q`` is told by a verb of a running toll or of a whole war's toll."""
    from .combine.cumulative_tolls import cumulative_toll  # noqa: PLC0415  (the combine package imports this one)
    from .combine.war_tolls import whole_war_toll  # noqa: PLC0415

    root = count_root(doc, q)
    verb = root.head if root is not None and root.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} else None
    return verb is not None and (cumulative_toll(verb) or whole_war_toll(verb))


def _distance(doc: Any, q: Quantity, trigger: Any) -> float | None:
    """How closely ``trigger`` governs the count ``q`` (tree steps), or None when the count sits behind
    an aside word ("after", "over" …), a remembering word ("marched to commemorate the 1915 killings of
    1.5 million") or a clause of blame ("the general, convicted of ordering the killing of 1,771, died in
    prison") that the trigger is not behind too."""
    from .combine.remembered import remembering  # noqa: PLC0415  (the combine package imports this one)

    tok = count_root(doc, q)
    if tok is None or trigger is None:
        return 100.0
    path = [tok, *tok.ancestors]
    trigger_path = {t.i for t in [trigger, *trigger.ancestors]}
    steps = 0
    for t in path:
        if t.i in trigger_path:
            below = [p for p in path[:steps] if p.i != t.i]
            if any(_aside(p) or remembering(p) or _blamed(p) for p in below):
                return None
            up = [a.i for a in [trigger, *trigger.ancestors]].index(t.i)
            return float(steps + up)
        steps += 1
    return 100.0


#: Coercion that kills no one by itself (arrests, restrictions, expulsions: CAMEO 17 but for 175 repression and
#: 1712 destruction): a toll in a clause of its own ("arrested two men over the bombing that killed 12", "detained
#: protesters in X, where two were shot") counts another act.
_HARMFUL_COERCION = ("175", "1712")
_CLAUSES = frozenset({"relcl", "acl", "advcl"})


def _harmless(event: Any) -> bool:
    code = str((event.cameo or {}).get("code") or "")
    return code.startswith("17") and not code.startswith(_HARMFUL_COERCION)


def _in_other_clause(doc: Any, q: Quantity, trigger: Any) -> bool:
    """Is the count ``q`` inside a clause of its own (relative, participle or adverbial) below where it meets
    the trigger's path?"""
    root = count_root(doc, q)
    if root is None or trigger is None:
        return False
    trigger_path = {t.i for t in [trigger, *trigger.ancestors]}
    for t in [root, *root.ancestors]:
        if t.i in trigger_path:
            return False
        if t.dep_ in _CLAUSES:
            return True
    return False


def _blamed(tok: Any) -> bool:
    """A clause describing someone by what they are blamed for: "convicted of ordering the killing of 1,771",
    "suspected of killing three" (a toll below it is that old act's, not the event's)."""
    from .aftermath import words as aftermath_words  # noqa: PLC0415

    return tok.dep_ in {"acl", "relcl"} and tok.lemma_.lower() in aftermath_words().blame_words


def _aside(tok: Any) -> bool:
    """A preposition or subordinating word that opens another matter ("after", "over"), or the clause it
    marks."""
    if tok.dep_ == "prep" and tok.lower_ in _ASIDE_WORDS:
        return True
    return tok.dep_ in {"advcl", "pcomp", "pobj"} and any(
        c.dep_ in {"mark", "advmod", "prep"} and c.lower_ in _ASIDE_WORDS and c.i < tok.i for c in tok.children
    )


def _token(doc: Any, start: int | None, end: int | None) -> Any:
    if start is None or end is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
