"""Passes ``actors.surnames.v1`` and ``actors.late_surnames.v1``: a one-word person name is the full name
used elsewhere in the article (its surname, or its given name when only one person has it), else the one KB
person with that surname. The late pass links the names still unresolved to full names that later passes
typed ("his finance minister, X Y Z": typed by the apposition)."""

from __future__ import annotations

from ..coref import Candidate, copy_actor, surname_antecedent
from ..state import ResolutionState
from .registry import register


@register("actors.surnames.v1")
def surnames(s: ResolutionState) -> None:
    """ "Sharif said" after "Shehbaz Sharif": the same person (a surname is as good as the name later on)."""
    _link(s, late=False)


@register("actors.late_surnames.v1")
def late_surnames(s: ResolutionState) -> None:
    """The one-word person names still without an actor, against every full name typed by now."""
    _link(s, late=True)


def _link(s: ResolutionState, late: bool) -> None:
    persons = [s.candidate(f) for f in s.found if f.is_person]
    _untagged(s, persons)
    for f in s.found:
        if (
            " " in f.mention.text.strip()  # one word, hyphens and all ("al-Rashid", "Akufo-Addo")
            or f.label not in ("PERSON", "ORG", "GPE", "NORP")
            or f.hits
            or not _capitalised(f.mention.text)
            or (late and (f.mention.actor is not None or f.label != "PERSON"))
        ):
            continue
        if f.label != "PERSON" and f.mention.text.isupper():
            continue
        others = [p for p in persons if p.mention is not f.mention]
        ante = surname_antecedent(f.mention.text, others, f.mention.start, given=f.label == "PERSON")
        if ante is not None:
            f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"
            f.is_person = True
            f.derived = False  # a surname is as good as the name for later pronouns
        elif (
            not late
            and f.label == "PERSON"
            and not f.mention.text.isupper()  # "MAGA", "NATO" tagged PERSON: an acronym, not a surname
            and (entry_id := s.kb.surname(f.mention.text, s.day)) is not None
        ):
            f.mention.actor, f.mention.via = s.kb.entry_actor(entry_id, s.day), "kb-surname"
            f.is_person = True


def _capitalised(text: str) -> bool:
    """A name starts with a capital, or a lower-case particle may lead it ("al-Rashid", "el-Amin"; NER may
    tag such a surname ORG: it is linked only to a person's full name that ends with it)."""
    return text[:1].isupper() or any(p[:1].isupper() for p in text.split("-")[1:])


def _untagged(s: ResolutionState, persons: list[Candidate]) -> None:
    """A lone capitalised proper noun the NER left untagged ("Petro accused the group ..." after "President
    Gustavo Petro") that is the last word of a person's full name used EARLIER in the article: that person.
    Only a name before it counts, and only a word no mention covers yet (a KB name keeps its own reading)."""
    doc = s.doc
    for tok in doc:
        if (
            tok.pos_ != "PROPN"
            or not tok.text[:1].isupper()
            or tok.dep_ == "compound"
            or s.named_at(tok.i) is not None
            or any(0 <= k < len(doc) and doc[k].pos_ == "PROPN" for k in (tok.i - 1, tok.i + 1))
        ):
            continue
        earlier = [
            p for p in persons if p.mention.start < tok.idx and p.mention.sentence_index < s.sentence_of(tok.idx)
        ]
        ante = surname_antecedent(tok.text, earlier, tok.idx)
        if ante is None or ante.mention.actor is None or ante.mention.text.split()[-1] != tok.text:
            continue
        f = s.add(tok.i, tok.i, "name", label="PERSON")
        f.mention.actor, f.mention.via = copy_actor(ante.mention.actor), "coref"
        f.is_person = True
