"""A meeting's place carries to what its participants say next: after "envoys met in Arusha", the later
"they urged the rebels to ..." or "a fifth envoy took part in the summit" happened in Arusha too, when its
own sentence names no place. A new actor of its own country ("the Turkish ministry said") does not."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..article import Article, Event
from ..yamlfiles import data_path, read_yaml

_MEETING_TYPES = frozenset({"CONSULT"})
_SAID_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict


@cache
def _words() -> dict[str, Any]:
    data = read_yaml(data_path("places", "meeting_carry.yaml"))
    return {
        "nouns": frozenset(str(w).lower() for w in data["meeting_nouns"]),
        "back": frozenset(str(w).lower() for w in data["back_references"]),
        "preps": frozenset(str(w).lower() for w in data["meeting_preps"]),
        "reach": int(data["reach"]),
    }


def _placed_meeting(event: Event) -> bool:
    """A meeting whose own sentence placed it finer than a country."""
    loc = event.location or {}
    return (
        (event.plover or {}).get("type") in _MEETING_TYPES
        and loc.get("from") == "text"
        and loc.get("precision") not in (None, "country")
        and not (event.negated or event.hypothetical or event.future)
    )


def _refers_back(article: Article, event: Event) -> bool:
    """The event's subject refers back to the meeting's people ("they", "the ministers"), or its sentence
    names the meeting itself with a definite article ("took part in the summit")."""
    words = _words()
    source = event.source
    if source is not None:
        head = (source.text or "").lower().split()
        if head and head[-1] in words["back"] and source.country is None:
            return True
    trigger = _trigger(article, event)
    if trigger is None:
        return False
    if trigger.lower_ in words["nouns"] and any(c.lower_ == "the" for c in trigger.children):
        return True  # "held the negotiations" told by the meeting noun itself
    for tok in trigger.children:  # "left the summit", "said at the summit", not "the outcome of the summit"
        nouns = [tok] if tok.dep_ in {"dobj", "obj"} else [c for c in tok.children if c.dep_ == "pobj"]
        nouns = nouns if tok.dep_ in {"dobj", "obj"} or tok.lower_ in words["preps"] else []
        if any(n.lower_ in words["nouns"] and any(c.lower_ == "the" for c in n.children) for n in nouns):
            return True
    return False


def _trigger(article: Article, event: Event) -> Any:
    """The head token of the event's trigger, or None."""
    start, end = event.trigger.get("start"), event.trigger.get("end")
    if article.doc is None or start is None or end is None:
        return None
    span = article.doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def carry_meeting_place(article: Article, events: list[Event]) -> None:
    """Give the unplaced statements after a placed meeting (within ``reach`` sentences, until the next placed
    meeting) the meeting's place."""
    meeting: Event | None = None
    for event in events:
        if _placed_meeting(event):
            meeting = event
            continue
        loc = event.location or {}
        if meeting is None or event.sentence_index - meeting.sentence_index > _words()["reach"]:
            continue
        if (event.cameo or {}).get("quad_class") in _SAID_QUADS and not loc and _refers_back(article, event):
            event.location = {**(meeting.location or {}), "via": "meeting"}
