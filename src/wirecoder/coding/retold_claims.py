"""A toll told again by a teller after the story has given it is no more dead: "gunmen killed 12 people at a
market. Police said 12 people were killed." and "fighters raided a village, killing 20 farmers. The group said
its men had killed 20 infidels." are 12 and 20 dead, not 24 and 40. The retelling (an aftermath event, joined to
the attack) gives up its toll when a verb of telling (said, confirmed, claimed) governs it, nothing in its
sentence adds victims ("also", "more", "another": aftermath.yaml's new_words), and either its count equals the
toll the story has told so far, of the same victims or a bare toll, or it is the attackers' own claim (a doer told
by the teller's pronoun, "it killed", "its fighters killed 20 soldiers", of the same side as the attack's doer)
told after a toll of the attack. A retelling told by no teller ("killing five soldiers. The ambush left five
soldiers and eight assailants dead") gives up only the counts it repeats: the attack's toll is 13; told with the
same count of the same victims ("killing two passengers. The attack left two passengers dead") it gives up its toll, as does a list of
the dead at most the toll told ("killing eight. The dead included five women and a soldier"). A retelling with
a count of its own ("Eight died at the scene. Police said three more died in hospital") is left added."""

from __future__ import annotations

from typing import Any

from ..article import Article, Event
from .aftermath import is_attack, retold, words
from .casualty_shares import dead_list_verbs
from .quantities import FATAL_KINDS, count_root
from .rival_tolls import BARE, TELLING, forget_count, victims
from .telling_time import of_the_telling


def _trigger(doc: Any, event: Event) -> Any:
    start = (event.trigger or {}).get("start")
    return next((t for t in doc if t.idx == start), None) if start is not None else None


def _told(tok: Any) -> bool:
    """A verb of telling governs the token ("police said 12 people were killed")."""
    return any(a.pos_ == "VERB" and a.lemma_.lower() in TELLING for a in tok.ancestors)


def _adds(event: Event, doc: Any) -> bool:
    """The retelling's sentence has a word that adds victims or another act ("also", "more", "another")."""
    start, end = (event.evidence or {}).get("start"), (event.evidence or {}).get("end")
    if start is None or end is None:
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    new = words().new_words | words().other_words
    return span is None or any(t.lower_ in new and not of_the_telling(t) for t in span)  # not "later said"


def _same_side(a: Any, b: Any) -> bool:
    """Two actors of one side: the same country and sector, both given."""
    return bool(a is not None and b is not None and a.sector and (a.country, a.sector) == (b.country, b.sector))


_SELF = frozenset({"it", "its", "they", "their", "we", "our"})


def _self_told(event: Event) -> bool:
    """The doer is told by a pronoun of the teller ("the group said it killed", "said its fighters killed"):
    the attackers tell their own act."""
    text = (event.source.text or "").lower().split() if event.source is not None else []
    return bool(text) and text[0] in _SELF


def _victims_of(doc: Any, event: Event) -> set[str]:
    roots = (count_root(doc, q) for q in event.quantities if q.kind in FATAL_KINDS and q.value)
    return {victims(t) for t in roots if t is not None}


def _lists_told_dead(doc: Any, event: Event, counted: int) -> bool:
    """The retelling lists the dead of the toll told ("killing eight people. The dead included five women, a
    soldier and two children"): what "the dead included" names is a part of that toll, never more of it."""
    start, end = (event.evidence or {}).get("start"), (event.evidence or {}).get("end")
    if start is None or end is None or not dead_list_verbs(doc, start, end):
        return False
    return int(event.fatalities or 0) <= counted


def drop_retold_tolls(article: Article) -> None:
    """Retellings of a toll already told give up theirs (in place; see the module's doc)."""
    doc = article.doc
    if doc is None:
        return
    for n, event in enumerate(article.events):
        if not retold(event) or not event.fatalities or event.background:
            continue
        before = [e for e in article.events[:n] if e.sentence_index < event.sentence_index and not e.background]
        counted = sum(e.fatalities or 0 for e in before if is_attack(e))
        trigger = _trigger(doc, event)
        if not counted or trigger is None or _adds(event, doc):
            continue
        told = _victims_of(doc, event)
        earlier = set().union(*(_victims_of(doc, e) for e in before if is_attack(e) and e.fatalities))
        if not _told(trigger):  # "killing five soldiers. The ambush left five soldiers and eight assailants dead"
            if (event.fatalities == counted and told & earlier - BARE) or _lists_told_dead(doc, event, counted):
                event.fatalities = None
                event.quantities = [q for q in event.quantities if q.kind not in FATAL_KINDS]
            else:
                _drop_repeated_counts(article, event, [e for e in before if is_attack(e) and e.fatalities], counted)
            continue
        first = next((e for e in before if is_attack(e) and not retold(e)), None)
        same = bool(told & earlier) or bool(told & BARE) or bool(earlier & BARE)
        claimed = (
            first is not None
            and _self_told(event)
            and _same_side(event.source, first.source)
            and event.fatalities >= counted
        )
        if (event.fatalities == counted and same) or claimed or _lists_told_dead(doc, event, counted):
            event.fatalities = None
            event.quantities = [q for q in event.quantities if q.kind not in FATAL_KINDS]
        else:
            _drop_repeated_counts(article, event, [e for e in before if is_attack(e) and e.fatalities], counted)


def _drop_repeated_counts(article: Article, event: Event, attacks: list[Event], counted: int) -> None:
    """A retelling that adds victims to a count the story told ("Gunmen killed five soldiers. Police said the
    gunmen killed five soldiers and three civilians."): its count of the same victims and value is the told one,
    dropped; the new victims are the retold attack's (8 dead on the attack, not 13)."""
    doc = article.doc
    told = {(victims(t), q.value): e for e in attacks for q, t in _counts(doc, e)}
    mine = _counts(doc, event)
    again = [(q, told[(victims(t), q.value)]) for q, t in mine if (victims(t), q.value) in told]
    if not again or len(again) == len(mine) or sum(int(q.value or 0) for q, _ in again) > counted:
        return
    for q, _ in again:
        forget_count(article, q)
    new = max(0, int(event.fatalities or 0) - sum(int(q.value or 0) for q, _ in again))
    retold_attack = again[0][1]
    retold_attack.fatalities = int(retold_attack.fatalities or 0) + new
    retold_attack.quantities = [*retold_attack.quantities, *(q for q, t in mine if all(q is not r for r, _ in again))]
    event.fatalities = None
    event.quantities = [q for q in event.quantities if q.kind not in FATAL_KINDS]


def _counts(doc: Any, event: Event) -> list[tuple[Any, Any]]:
    """The event's counts of dead, each with its root token."""
    pairs = ((q, count_root(doc, q)) for q in event.quantities if q.kind in FATAL_KINDS and q.value)
    return [(q, t) for q, t in pairs if t is not None]
