"""Titles and appositions: a role noun and a person's name are one actor ("the minister ..., Khawaja
Asif", "Secretary of State Mike Pompeo"); the text's title types a person the KB has no role for."""

from __future__ import annotations

from typing import Any

from ...article import Actor
from ..coref import copy_actor
from ..kb import AgentNoun
from ..sectors import sector_group, sector_named
from ..state import Found, ResolutionState
from ..syntax import slug
from .persons import PERSON_VIA, stated_country

_FORMER_WORDS = frozenset({"former", "ex", "ousted", "deposed", "toppled", "exiled", "late"})


def link_person(s: ResolutionState, f: Found, head: Any, agent: AgentNoun) -> None:
    """Apposition or title: the role noun and a person's name are one actor."""
    if agent.kind != "person":
        return
    person = _titled_person(s, f, head)
    if person is None:
        return
    former = _former(s, f)
    if person.mention.actor is None or person.mention.via == PERSON_VIA:  # unknown, or only a context country
        _name_by_title(s, f, person, agent)
    elif f.mention.actor is not None and person.mention.via == "kb":
        _title_overrides_kb(s, f, person, agent, former)
    elif person.mention.via == "kb" and agent.sector in sector_group("state_office") and person.mention.actor.country:
        _title_of_own_country(s, person, agent, former)
    if former:
        _former_holder(s, person, agent)
    person.is_person = True
    f.mention.actor, f.mention.via = copy_actor(person.mention.actor), "apposition"
    # every one-word use of this name elsewhere follows the now-resolved person
    assert person.mention.actor is not None
    for g in s.found:
        if (
            g.label in ("PERSON", "ORG", "GPE", "NORP")
            and g.first == g.last
            and (g.mention.actor is None or g.mention.via == PERSON_VIA)
            and not g.hits
            and g.mention.text in person.mention.text.split()[1:]
        ):
            g.mention.actor, g.mention.via = copy_actor(person.mention.actor), "coref"
            g.is_person = True


def _is_person(p: Found | None) -> bool:
    return p is not None and (p.label == "PERSON" or p.is_person)


def _titled_person(s: ResolutionState, f: Found, head: Any) -> Found | None:
    """The named person the role noun ``f`` stands in apposition to or titles, however the parser attached it."""
    doc = s.doc
    person: Found | None = None
    # "the minister ..., Khawaja Asif" / "the spokesman for the IEA, Zabihullah Mujahid"
    for k in range(f.first, f.last + 1):
        for child in doc[k].children:
            if child.dep_ == "appos":
                p = s.named_at(child.i)
                if p is not None and _is_person(p):
                    person = p
    # "Pakistan's defence minister Khawaja Asif" (title) / "Khawaja Asif, Pakistan's defence minister"
    if person is None and head.dep_ in ("compound", "appos"):
        p = s.named_at(head.head.i)
        if p is not None and _is_person(p):
            person = p
    ends_phrase = f.last + 1 >= len(doc) or doc[f.last + 1].is_punct
    # "the Minister of Defense of Pakistan, Khawaja Asif," however the parser attached it
    if person is None and f.last + 2 < len(doc) and doc[f.last + 1].text == ",":
        nxt = s.named_at(f.last + 2)
        if (
            nxt is not None
            and _is_person(nxt)
            and nxt.first == f.last + 2
            and (nxt.last + 1 >= len(doc) or doc[nxt.last + 1].is_punct)
        ):
            person = nxt
    if person is None and f.first >= 2 and doc[f.first - 1].text == ",":
        prev = s.named_at(f.first - 2)
        if prev is not None and _is_person(prev) and prev.last == f.first - 2 and ends_phrase:
            person = prev
    if person is None and f.last + 1 < len(doc):  # a title right before a name: "Secretary of State Mike Pompeo"
        nxt = s.named_at(f.last + 1)
        if nxt is not None and _is_person(nxt) and nxt.first == f.last + 1:
            person = nxt
    return person


def _name_by_title(s: ResolutionState, f: Found, person: Found, agent: AgentNoun) -> None:
    """A name the KB does not know takes the title's actor (or, for a bare title, the local country's)."""
    name = person.mention.text
    role_actor = f.mention.actor
    if role_actor is not None:
        person.mention.actor = Actor(
            f"local:{slug(name)}",
            name,
            role_actor.country,
            role_actor.sector,
            role_actor.cameo,
            role_actor.role or agent.role,
            role_actor.country_basis,
        )
    else:  # a bare title ("President X"): a place or nationality in the name's own phrase ("Ruritania
        # Governor X"), else the country the sentence (or story) is about
        iso3, basis = stated_country(s, person), None
        if iso3 is None:
            iso3, basis = (
                s.local_country_basis(f, titled=True)
                if agent.sector in sector_group("titled_by_context")
                else (None, None)
            )
        cameo = s.kb.country_actor(iso3, agent.sector).cameo if iso3 else None
        person.mention.actor = Actor(
            f"local:{slug(name)}", name, iso3, agent.sector if iso3 else None, cameo, agent.role, basis
        )
    person.mention.via = "apposition"


def _title_overrides_kb(s: ResolutionState, f: Found, person: Found, agent: AgentNoun, former: bool) -> None:
    """The text knows a role the KB does not hold for this date (or only as a former holder)."""
    a = person.mention.actor
    role_actor = f.mention.actor
    assert a is not None and role_actor is not None
    kb_role = s.kb.entries[a.actor_id].role_on(s.day) if a.actor_id in s.kb.entries else None
    if (kb_role is None or kb_role.sector in sector_group("former_office")) and not former:
        person.mention.actor = Actor(
            a.actor_id,
            a.name,
            role_actor.country or a.country,
            role_actor.sector or a.sector,
            role_actor.cameo or a.cameo,
            role_actor.role or agent.role,
        )


def _title_of_own_country(s: ResolutionState, person: Found, agent: AgentNoun, former: bool) -> None:
    """ "President X" with no country in the title: a KB person the KB gives no role on this date holds
    the titled office of their own country then."""
    a = person.mention.actor
    assert a is not None and a.country is not None
    entry = s.kb.entries.get(a.actor_id or "")
    held = entry.role_on(s.day) if entry is not None else None
    if entry is not None and (held is None or held.sector in sector_group("former_office")) and not former:
        cameo = s.kb.country_actor(a.country, agent.sector, None, agent.role, governing=False).cameo
        person.mention.actor = Actor(a.actor_id, a.name, a.country, agent.sector, cameo, agent.role)


def _former_holder(s: ResolutionState, person: Found, agent: AgentNoun) -> None:
    """ "former President X", "ousted leader X": an ex-office holder, unless the KB knows what they are
    now ("former prime minister Imran Khan" in 2024: OPP)."""
    a = person.mention.actor
    entry = s.kb.entries.get(a.actor_id or "") if a is not None else None
    held = entry.role_on(s.day) if entry is not None else None
    former = sector_named("former_office")
    if a is not None and a.country and (held is None or held.sector in (agent.sector, former)):
        person.mention.actor = Actor(
            a.actor_id,
            a.name,
            a.country,
            former,
            s.kb.country_actor(a.country, former).cameo,
            f"former {agent.role or a.role or ''}".strip(),
        )


def _former(s: ResolutionState, f: Found) -> bool:
    """The title is qualified as past: "former", "ex-", "ousted", "deposed", "late" before its noun."""
    first = max(0, f.first - 1)
    return any(s.doc[k].lower_ in _FORMER_WORDS for k in range(first, f.last + 1))
