"""A raid told with the people it carried off is an abduction: "bandits stormed the town and abducted 17
people" is one incident, and ACLED types it by what was done to the people, Abduction/forced disappearance,
not by the storming. Only where the note counts no dead (a raid that killed is an attack, whoever was also
taken: "killed 3 and kidnapped 10" stays an attack) and the abduction is the same side's in the same sentence.
"""

from __future__ import annotations

from dataclasses import replace

from ..article import Article

_ATTACK = ("Violence against civilians", "Attack")
_ABDUCTION = "Abduction/forced disappearance"


def _kind(event: object) -> tuple[str | None, str | None]:
    acled = getattr(event, "acled", None) or {}
    return acled.get("event_type"), acled.get("sub_event_type")


def _sentence(event: object) -> str:
    return str((getattr(event, "evidence", None) or {}).get("sentence", ""))


def _side(event: object) -> str | None:
    source = getattr(event, "source", None)
    return None if source is None else (source.actor_id or source.text)


def abductions_of_raids(article: Article) -> None:
    """Type an attack on civilians as the abduction its own sentence tells by the same side, in a note with no
    dead counted."""
    events = article.events
    if any(e.fatalities for e in events if not e.background):
        return
    for k, event in enumerate(events):
        if event.background or _kind(event) != _ATTACK:
            continue
        taken = next(
            (
                e
                for e in events
                if e is not event
                and not e.background
                and _kind(e)[1] == _ABDUCTION
                and _sentence(e) == _sentence(event)
                and _side(e) in {None, _side(event)}
            ),
            None,
        )
        if taken is not None:
            events[k] = replace(event, acled=dict(taken.acled or {}))
