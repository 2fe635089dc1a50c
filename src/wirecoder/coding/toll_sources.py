"""A toll told in a clause of an attack is the attack's: "X carried out an ambush that killed five soldiers"
and "militants stormed the base, which left nine dead" are killings by X, though the clause's own subject is
a relative pronoun or none. Such an event with no source takes the source of the attack it hangs on."""

from __future__ import annotations

from ..article import Article, Event
from .constants import VIOLENT_ROOTS, Token

_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "xcomp", "conj"})  # how a toll clause hangs on the attack
_OBJECT_DEPS = frozenset({"dobj", "obj"})  # "carried out an ambush(, which) killed": the ambush's clause


def inherit_toll_sources(article: Article, events: list[Event]) -> None:
    """Give violent events without a source the source of the violent event whose trigger governs theirs
    through a clause (or is the object of the verb that does), in the same sentence (in place)."""
    doc = article.doc
    if doc is None:
        return
    for event in events:
        if event.source is not None or not _violent(event):
            continue
        tok = _token(doc, event)
        if tok is None:
            continue
        heads = _clause_heads(tok)
        for other in events:
            if other is event or other.sentence_index != event.sentence_index or other.source is None:
                continue
            head = _token(doc, other) if _violent(other) else None
            if head is not None and (head.i in heads or (head.dep_ in _OBJECT_DEPS and head.head.i in heads)):
                event.source = other.source
                break


def _clause_heads(tok: Token) -> list[int]:
    """Token indices of what ``tok``'s clause hangs on, up through clause links (at most three)."""
    out = []
    for _ in range(3):
        if tok.dep_ not in _CLAUSE_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
        out.append(tok.i)
    return out


def _token(doc: Token, event: Event) -> Token | None:
    start = event.trigger.get("start") if isinstance(event.trigger, dict) else None
    if start is None:
        return None
    span = doc.char_span(start, event.trigger.get("end") or start + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _violent(e: Event) -> bool:
    return ((e.cameo or {}).get("root") or "") in VIOLENT_ROOTS - {"14"} and not e.background
