"""Pass ``actors.surnames.v1``: a one-word person name is the full name used elsewhere in the article,
else the one KB person with that surname."""

from __future__ import annotations

from ..coref import copy_actor, surname_antecedent
from ..state import ResolutionState
from .registry import register


@register("actors.surnames.v1")
def surnames(s: ResolutionState) -> None:
    """ "Sharif said" after "Shehbaz Sharif": the same person (a surname is as good as the name later on)."""
    persons = [s.candidate(f) for f in s.found if f.is_person]
    for f in s.found:
        if (
            f.first != f.last
            or f.label not in ("PERSON", "ORG", "GPE", "NORP")
            or f.hits
            or not f.mention.text[:1].isupper()
        ):
            continue
        if f.label != "PERSON" and f.mention.text.isupper():
            continue
        ante = surname_antecedent(f.mention.text, [p for p in persons if p.mention is not f.mention], f.mention.start)
        if ante is not None:
            f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"
            f.is_person = True
            f.derived = False  # a surname is as good as the name for later pronouns
        elif (
            f.label == "PERSON"
            and not f.mention.text.isupper()  # "MAGA", "NATO" tagged PERSON: an acronym, not a surname
            and (entry_id := s.kb.surname(f.mention.text, s.day)) is not None
        ):
            f.mention.actor, f.mention.via = s.kb.entry_actor(entry_id, s.day), "kb-surname"
            f.is_person = True
