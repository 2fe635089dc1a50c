"""Who an unnamed attacker belongs to, and whether a source names anyone.

"the assailant, a member of X", "gunmen believed to belong to X", "insurgents linked to X", "fighters
loyal to X": X is the group of the unnamed noun. A source "names someone" when its actor has a name that
is not a generic "Country (sector)" one. Word lists: ``data/lexicon/perpetrators.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..article import Actor, Article, Mention, Participant
from ..errors import DataError
from ..mentions import mention_at
from .constants import Token
from .group_names import acronym_name, unlisted_name
from .lexicon import load, word_set

UNNAMED_SECTORS = frozenset({"UAF"})  # "gunmen", "attackers": a claim names them
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})  # a state's forces keep their act
_GENERIC_NAME = re.compile(r"\([a-z][a-z ,-]*\)$")  # "Nigeria (unidentified armed forces)"
_WALK_DEPS = frozenset(
    {"appos", "acl", "relcl", "amod", "xcomp", "attr", "acomp", "prep", "pobj", "pcomp", "ccomp", "poss"}
)
_LINK_PREPS = frozenset({"of", "to", "with"})


@dataclass(frozen=True)
class Words:
    """The perpetrator word lists, as sets."""

    claim_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    attack_claim_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    generic_attacks: frozenset[str]
    blame_attack: dict[str, str]
    blame_doer: dict[str, tuple[str, ...]]
    responsible_words: frozenset[str]
    deny_verbs: frozenset[str]
    suspicion_nouns: frozenset[str]
    other_attacks: frozenset[str]
    member_nouns: frozenset[str]
    link_words: frozenset[str]
    belief_verbs: frozenset[str]
    belief_preps: frozenset[str]
    origin_preps: frozenset[str]
    weapon_nouns: frozenset[str]
    guess_verbs: frozenset[str]
    onlookers: frozenset[str]
    local_witnesses: frozenset[str]
    naming_verbs: frozenset[str]
    speaker_verbs: frozenset[str]
    involvement_nouns: frozenset[str]
    identity_verbs: frozenset[str]
    attacker_nouns: frozenset[str]
    concessive_marks: frozenset[str]


@cache
def load_words() -> Words:
    """The ``perpetrators`` lexicon, read once."""
    data = load("perpetrators")
    for key in ("blame_attack", "blame_doer"):
        for verb, preps in data[key].items():
            if any(not isinstance(p, str) for p in (preps if isinstance(preps, list) else [preps])):
                raise DataError("perpetrators.yaml", f'{key}: {verb}: quote the preposition ("on")')
    return Words(
        claim_verbs=word_set(data["claim_verbs"]),
        claim_nouns=word_set(data["claim_nouns"]),
        attack_claim_verbs=word_set(data["attack_claim_verbs"]),
        doing_verbs=word_set(data["doing_verbs"]),
        generic_attacks=word_set(data["generic_attacks"]),
        blame_attack={str(k).lower(): str(v).lower() for k, v in data["blame_attack"].items()},
        blame_doer={str(k).lower(): tuple(str(p).lower() for p in v) for k, v in data["blame_doer"].items()},
        responsible_words=word_set(data["responsible_words"]),
        deny_verbs=word_set(data["deny_verbs"]),
        suspicion_nouns=word_set(data["suspicion_nouns"]),
        other_attacks=word_set(data["other_attacks"]),
        member_nouns=word_set(data["member_nouns"]),
        link_words=word_set(data["link_words"]),
        belief_verbs=word_set(data["belief_verbs"]),
        belief_preps=word_set(data["belief_preps"]),
        origin_preps=word_set(data["origin_preps"]),
        weapon_nouns=word_set(data["weapon_nouns"]),
        guess_verbs=word_set(data["guess_verbs"]),
        onlookers=word_set(data["onlookers"]),
        local_witnesses=word_set(data["local_witnesses"]),
        naming_verbs=word_set(data["naming_verbs"]),
        speaker_verbs=word_set(data["speaker_verbs"]),
        involvement_nouns=word_set(data["involvement_nouns"]),
        identity_verbs=word_set(data["identity_verbs"]),
        attacker_nouns=word_set(data["attacker_nouns"]) - {"he", "she", "they"},
        concessive_marks=word_set(data["concessive_marks"]),
    )


def named(actor: Actor | Participant | None) -> bool:
    """The actor has a name of its own (a group, a state, a person), not a generic "Country (sector)"."""
    if actor is None or actor.sector in UNNAMED_SECTORS or not actor.name:
        return False
    return not _GENERIC_NAME.search(actor.name)


def names_someone(mention: Mention) -> bool:
    """A mention of a named actor, or a name the actor base lacks ("the Ansaru group")."""
    return named(mention.actor) or (mention.kind in ("name", "acronym") and mention.actor is None)


def is_specific(source: Participant | None) -> bool:
    """The source names someone: not none, not "gunmen", not a generic actor."""
    return named(source)


def replaceable(source: Participant | None, claimant: Mention | None) -> bool:
    """Whether a claimant (None: some named one) says more than ``source``: none or "gunmen" always; a
    generic non-state actor ("suspected jihadists") only to a named claimant; a named one or a state's
    forces never."""
    if source is None or source.sector in UNNAMED_SECTORS:
        return True
    if named(source) or source.sector in STATE_SECTORS:
        return False
    return claimant is None or names_someone(claimant)


def group_of(article: Article, tok: Token, words: Words) -> Mention | None:
    """The named group an unnamed noun is tied to by a member noun or link word ("a member of X",
    "believed to belong to X", "linked to X"), or None."""
    starts = [c for c in tok.children if c.dep_ in _WALK_DEPS]
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in words.belief_verbs:
        starts += [c for c in tok.head.children if c.dep_ == "xcomp"]  # "gunmen believed to belong to X"
        # "gunmen suspected of belonging to X" (the parser making "suspected" the main verb)
        starts += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in words.belief_preps]
    own = _member_noun(tok, words)  # "activists of X", "fighters of X"
    stack: list[tuple[Token, int, bool]] = [(c, 1, own) for c in starts]
    while stack:
        node, depth, linked = stack.pop(0)
        if node.dep_ == "prep" and node.lower_ not in _LINK_PREPS and not _origin(node, tok, words):
            continue
        if node.dep_ == "pcomp" and node.lemma_.lower() not in words.link_words | words.identity_verbs:
            continue  # "suspected of belonging to X", "of being members of X"; not "accused of defecting to X"
        linked = linked or node.lemma_.lower() in words.member_nouns | words.link_words
        if node.dep_ in ("pobj", "poss", "appos") and linked:  # "a member of X", "two of its fighters"
            mention = _name_at(article, node)
            if mention is None or not named(mention.actor):  # a name the base lacks, closed by its acronym
                mention = acronym_name(article, node) or mention
            mention = mention or _owner_name(article, node, words)
            if mention is not None and mention.kind != "place" and names_someone(mention):
                return mention
        if depth < 6:  # "gunmen suspected of being members of X": six steps to X
            stack.extend((c, depth + 1, linked) for c in node.children if c.dep_ in _WALK_DEPS)
    return None


def _owner_name(article: Article, noun: Token, words: Words) -> Mention | None:
    """The named group a member noun stands after ("fighters from an Islamic State affiliate", "a Hamas
    cell"): the mention of its last name word, when the noun is a member noun."""
    if not _member_noun(noun, words):
        return None
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN" and c.i < noun.i]
    if not names:
        return None
    mention = mention_at(article, names[-1].idx, names[-1].idx + len(names[-1].text))
    return mention if mention is not None and mention.kind != "place" and names_someone(mention) else None


def _member_noun(tok: Token, words: Words) -> bool:
    """A member noun, by its lemma or by its plural form where the parser took it for a name ("Gunmen
    believed to be from X ..." opening a record, tagged PROPN with the plural as lemma)."""
    low = tok.lower_
    forms = {
        tok.lemma_.lower(),
        low,
        low.removesuffix("s"),
        low.removesuffix("men") + "man" if low.endswith("men") else low,
    }
    return bool(forms & words.member_nouns)


def _origin(prep: Token, noun: Token, words: Words) -> bool:
    """A preposition of origin on the noun itself or on a copula ("gunmen believed to be from X", "fighters
    from X"), not on another verb ("militants who had escaped from army custody")."""
    return prep.lower_ in words.origin_preps and (prep.head.i == noun.i or prep.head.lemma_.lower() == "be")


def _name_at(article: Article, tok: Token) -> Mention | None:
    """The actor ``tok`` names: its mention, a capitalised name the actor base lacks ("extremists of the
    Babbar Khalsa"), or the name before a group noun ("members of the Sinai Province group"), or before the noun
    of its kind there ("dissidents of the former FARC guerrilla group")."""
    mention = mention_at(article, tok.idx, tok.idx + len(tok.text))
    if tok.pos_ == "PROPN":
        return unlisted_name(article, tok, mention)
    nouns = [tok, *(c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN")]  # "X guerrilla group"
    names = sorted((c for n in nouns for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN"), key=_at)
    if mention is None and names and tok.lemma_.lower() in group_heads():
        name = names[-1]
        found = unlisted_name(article, name, mention_at(article, name.idx, name.idx + len(name.text)))
        return found if found is not None and found.kind != "place" else None
    return mention


def _at(tok: Token) -> int:
    return int(tok.i)


@cache
def group_heads() -> frozenset[str]:
    """Nouns a group's name stands before (``group_heads`` of ``data/lexicon/perpetrators.yaml``)."""
    return word_set(load("perpetrators")["group_heads"])
