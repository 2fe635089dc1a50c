"""Rule-based coreference within one article: surnames, pronouns, definite descriptions, acronym variants.

Conservative by design: when no rule applies cleanly the mention keeps ``actor=None``. Every function
takes the mentions found so far (in text order) and returns the antecedent, or None.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..article import Actor, Mention
from .sectors import sector_group

PERSON_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
UNRESOLVED_PRONOUNS = {"them"}  # an object "them" is as often things as actors: left unresolved
SPEAKER_PRONOUNS = {"we", "us", "our", "ours", "ourselves", "i", "me", "my", "myself"}
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself"})  # inside a quote: the speaker in person
IT_PRONOUNS = {"it", "its", "itself"}  # only for a state or organisation subject of the governing clause
# Definite descriptions ("the group") and what they point back to.
DESCRIPTIONS = {
    "group": "armed-group",
    "insurgency": "armed-group",
    "movement": "armed-group",
    "organisation": "armed-group",
    "organization": "armed-group",
    "outfit": "armed-group",
    "militia": "armed-group",
    "council": "council",
    "committee": "council",
    "body": "council",
    "leadership": "government",
    "government": "government",
    "regime": "government",
    "administration": "government",
    "authorities": "government",
    "authority": "government",
}
SENTENCE_WINDOW = 3  # how many sentences back an antecedent may be
DESCRIPTION_WINDOW = SENTENCE_WINDOW + 2  # how far back "the group" may find its antecedent
LOOKBACK = max(SENTENCE_WINDOW, DESCRIPTION_WINDOW)  # the furthest back any rule here looks


@dataclass
class Candidate:
    """A mention with what coreference needs to know about it."""

    mention: Mention
    is_person: bool
    is_group: bool
    is_subject: bool
    derived: bool = False  # resolved by coreference itself (never used as an antecedent for pronouns)
    in_quote: bool = False
    owns_subject: bool = False  # the possessor of its clause's subject ("the farmers' leaders said ...")


def surname_antecedent(text: str, persons: list[Candidate], position: int, given: bool = False) -> Candidate | None:
    """A full name elsewhere in the article that ends with the one-word name ``text`` (``given``: or, failing
    that, starts with it, as one person's given name).

    The nearest full name before ``position`` wins; else the first one after it.
    """
    word = text.casefold().replace("-", " ")
    full = [c for c in persons if c.mention.actor is not None and " " in c.mention.text.strip() and not c.derived]
    matching = [c for c in full if word in {w.casefold() for w in _name_words(c)} or _ends_with(c, word)]
    if not matching and given:
        matching = _given_name_matches(word, full)
    if not matching:
        return None
    before = [c for c in matching if c.mention.start < position]
    if before:
        return before[-1]
    return matching[0]


def _given_name_matches(word: str, full: list[Candidate]) -> list[Candidate]:
    """The full names that start with ``word`` when they are all one person, told by their last word ("we
    miss Maria" after "Maria Sousa Lima"; "Khalid's plan" after "Khalid bin Rashid"): two people of that
    given name give none."""
    matching = [c for c in full if c.mention.text.replace("-", " ").split()[0].casefold() == word]
    people = {c.mention.text.replace("-", " ").split()[-1].casefold() for c in matching}  # "X R. Y" is "X Y"
    return matching if len(people) == 1 else []


def _ends_with(c: Candidate, words: str) -> bool:
    """Whether the full name ends with the hyphenated surname ``words`` ("Akufo-Addo" of "Nana Akufo-Addo")."""
    return " " in words and f" {c.mention.text.casefold().replace('-', ' ')}".endswith(f" {words}")


def _name_words(c: Candidate) -> list[str]:
    words = c.mention.text.replace("-", " ").split()
    name = (c.mention.actor.name if c.mention.actor else "") or ""
    return [words[-1], *name.replace("-", " ").split()[-1:]] if words else []


def person_antecedent(pronoun: Mention, is_subject_start: bool, candidates: list[Candidate]) -> Candidate | None:
    """The person a he/she/his refers to: in the same sentence before it, else the last person subject of the
    nearest earlier sentence that has one (so "He added" follows the last speaker)."""
    persons = [
        c
        for c in candidates
        if c.is_person
        and c.mention.actor is not None
        and c.mention.start < pronoun.start
        and pronoun.sentence_index - c.mention.sentence_index <= SENTENCE_WINDOW
    ]
    same = [c for c in persons if c.mention.sentence_index == pronoun.sentence_index]
    if same and not is_subject_start:
        subjects = [c for c in same if c.is_subject]
        return (subjects or same)[-1]
    for back in range(1, SENTENCE_WINDOW + 1):
        sent = [c for c in persons if c.mention.sentence_index == pronoun.sentence_index - back]
        if sent:
            subjects = [c for c in sent if c.is_subject and not c.in_quote]
            return (subjects or sent)[-1]
    if same:
        return same[-1]
    return None


def group_antecedent(
    pronoun: Mention, candidates: list[Candidate], exclude_sectors: frozenset[str] | None = None
) -> Candidate | None:
    """The group a they/their refers to: a group mention (not itself found by coreference) earlier in the same
    sentence, else a group subject of the previous sentence (or the owner of its subject: "The miners'
    demands were read out. They ..."), else None. Groups of ``exclude_sectors``
    (default: the ``not_they`` sector group) are never the antecedent."""
    if exclude_sectors is None:
        exclude_sectors = sector_group("not_they")
    groups = [
        c
        for c in candidates
        if c.is_group
        and not c.derived
        and c.mention.actor is not None
        and c.mention.kind not in ("place", "demonym")
        and c.mention.start < pronoun.start
        and c.mention.via not in ("country", "capital")  # a country is "it", not "they"
        and (c.mention.actor.sector not in exclude_sectors)
    ]
    same = [c for c in groups if c.mention.sentence_index == pronoun.sentence_index]
    if same:
        subjects = [c for c in same if c.is_subject]
        return (subjects or same)[-1]
    before = [c for c in groups if c.mention.sentence_index == pronoun.sentence_index - 1]
    prev = [c for c in before if c.is_subject] or [c for c in before if c.owns_subject]
    return prev[-1] if prev else None


def description_antecedent(
    kind: str, position: int, sentence_index: int, candidates: list[Candidate]
) -> Candidate | None:
    """The antecedent of "the group" (armed-group), "the council" (council) or "the government" (government)."""
    earlier = [
        c
        for c in candidates
        if c.mention.actor is not None
        and c.mention.start < position
        and sentence_index - c.mention.sentence_index <= DESCRIPTION_WINDOW
        and c.mention.kind not in ("place", "demonym", "pronoun")
    ]
    armed, government = sector_group("armed_groups"), sector_group("government")
    for c in reversed(earlier):
        actor = c.mention.actor
        assert actor is not None
        if kind == "armed-group" and actor.sector in armed and not c.is_person:
            return c
        if kind == "council" and any(
            w in (actor.name or "").casefold() for w in ("council", "committee", "commission")
        ):
            return c
        if kind == "government" and actor.sector in government and not c.is_person:
            return c
    if kind == "armed-group":
        return _group_subject(earlier, sentence_index)
    return None


GROUP_SUBJECT_WINDOW = 1  # "the group" with no armed group before it: a group subject this far back


def _group_subject(earlier: list[Candidate], sentence_index: int) -> Candidate | None:
    """With no armed group to point back to, "the group" is a group (no person, no state body or force, no
    outlet) that was a subject in this or the previous sentence, the first such of the latest sentence that
    has one: "Relatives of the inmates protested ... The group demanded ...", "Human Rights Watch said police
    had beaten detainees ... The group called for ..." (the watchdog, not the police)."""
    state, press = sector_group("state_office"), sector_group("not_they")
    fits = [
        c
        for c in earlier
        if sentence_index - c.mention.sentence_index <= GROUP_SUBJECT_WINDOW
        and c.is_subject
        and not c.is_person
        and (c.is_group or c.mention.kind == "name")
        and c.mention.actor is not None
        and c.mention.actor.sector not in state | press
    ]
    if not fits:
        return None
    latest = max(c.mention.sentence_index for c in fits)
    return next(c for c in fits if c.mention.sentence_index == latest)


def acronym_variant(token_text: str, known: dict[str, Actor]) -> Actor | None:
    """An unknown acronym that is a letter permutation of, or one substitution from, an acronym already used
    in the article ("IAE" after "IEA"): the same actor. Only when exactly one known acronym fits."""
    if not (3 <= len(token_text) <= 6 and token_text.isupper() and token_text.isalpha()):
        return None
    fits = {
        acr: actor
        for acr, actor in known.items()
        if acr != token_text
        and len(acr) == len(token_text)
        and (sorted(acr) == sorted(token_text) or sum(a != b for a, b in zip(acr, token_text, strict=True)) == 1)
    }
    ids = {a.actor_id for a in fits.values()}
    if len(ids) == 1:
        return next(iter(fits.values()))
    return None


def copy_actor(actor: Actor | None) -> Actor | None:
    """A copy, so that later edits of one mention's actor never change another's."""
    if actor is None:
        return None
    return Actor(actor.actor_id, actor.name, actor.country, actor.sector, actor.cameo, actor.role, actor.country_basis)


def subject_of(token: Any) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass", "csubj") or (
        token.dep_ == "conj" and token.head.dep_ in ("nsubj", "nsubjpass")
    )


def owner_of_subject(token: Any) -> bool:
    """Whether ``token`` is the possessor of a clause's subject ("The miners' demands include ...")."""
    return token.dep_ == "poss" and subject_of(token.head)


# Nouns that name a body even in the singular: "a militia", "one unit" are never "he" or "she".
COLLECTIVE_NOUNS = frozenset(
    "police army military militia government group force forces unit team crowd council committee party "
    "movement coalition alliance company battalion brigade regiment squad patrol convoy delegation family "
    "administration ministry agency cabinet parliament court network organisation organization".split()
)
_ONE_WORDS = frozenset({"a", "an", "one", "another", "single", "lone"})


def one_of_a_group(token: Any) -> bool:
    """Whether a nominal names one person of a group noun ("a police officer", "a single soldier", "one
    protester"): a singular head counted as one, that no collective noun heads; "he"/"she" may point to it."""
    if token.tag_ != "NN" or token.lemma_.lower() in COLLECTIVE_NOUNS:
        return False
    return any(c.lower_ in _ONE_WORDS for c in token.children if c.i < token.i and c.dep_ in ("det", "amod", "nummod"))
