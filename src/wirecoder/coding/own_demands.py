"""An official's call on its own named country is the official's statement, no demand on anyone: "The Italian
economy minister said Italy must cut its debt faster", "Germany must be ready to defend itself, the German
chancellor said". combine.obligation.v1 reads "X said Y must / should V" as X's demand on Y (10x) or appeal
(02x); when Y is the bare name of X's own country (the state itself, not its government or a party) no one else
is asked anything: the event is X's statement (010) with no target, as combine.own_exhortation.v1 already has it
for "the country" / "the nation" told readiness. A call on another country ("the German chancellor said Poland
must be ready"), on one's own government or a body of it ("the opposition leader said the government must
resign"), a speaker who is not of the state (rebels, a party, an NGO) and a speaker with no country stay demands. When the sentence already holds the speaker's statement the
demand is dropped instead of told twice."""

from __future__ import annotations

from dataclasses import replace

from ..article import Article, Event, Participant
from .ontology import load_ontology

STATEMENT_CODE = "010"  # make statement
OBLIGATION = "obligation"  # the note combine.obligation.v1 leaves on the event's pattern id
_ROOTS = frozenset({"10", "02"})
#: Sectors of a speaker who speaks for the state ("the Italian economy minister", "the Polish army chief"); a
#: rebel group or a party calling on "Rwanda" makes a demand on the state.
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
#: Words of a target that is not the bare name of a country ("his Rwandan Patriotic Front").
_NOT_BARE = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _own_country(source: Participant | None, target: Participant | None) -> bool:
    """``target`` is the bare name of ``source``'s own country ("Italy", told by an Italian official)."""
    if source is None or target is None or not source.country or source.sector not in STATE_SECTORS:
        return False
    if (source.country_basis or "stated") != "stated":
        return False  # "the foreign minister said Israel must ...": a country taken from the story is no own side
    if any(w.lower() in _NOT_BARE for w in target.text.split()):
        return False
    if target.country != source.country or not _bare_code(target.cameo):
        return False
    return not _bare_code(source.cameo)  # "Italy said Italy must ...": no speaker apart from the state


def _bare_code(cameo: str | None) -> bool:
    """A CAMEO actor code of a country alone, no sector ("ITA", "ROM": CAMEO's code may differ from ISO3)."""
    return cameo is not None and len(cameo) == 3 and cameo.isalpha()


def _own_demand(event: Event) -> bool:
    code = str((event.cameo or {}).get("code") or "")
    return (
        code[:2] in _ROOTS
        and OBLIGATION in (event.pattern or "").split("+")
        and _own_country(event.source, event.target)
    )


def own_country_demands(article: Article, events: list[Event]) -> list[Event]:
    """``events`` with each demand or appeal on the speaker's own named country told as the speaker's statement."""
    kept: list[Event] = []
    for event in events:
        if not _own_demand(event):
            kept.append(event)
            continue
        src = event.source
        said = any(
            e.id != event.id
            and e.sentence_index == event.sentence_index
            and str((e.cameo or {}).get("root")) == STATEMENT_CODE[:2]
            and e.source is not None
            and src is not None
            and e.source.start == src.start
            for e in events
        )
        if said:
            continue
        coded = load_ontology().classify(
            STATEMENT_CODE, None, str((event.trigger or {}).get("lemma") or ""), src.sector if src else None
        )
        kept.append(
            replace(
                event,
                target=None,
                cameo=coded["cameo"],
                plover=coded["plover"],
                acled=coded["acled"],
                hypothetical=False,
                future=False,
                pattern=f"{event.pattern}+own-country",
            )
        )
    return kept
