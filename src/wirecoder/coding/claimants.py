"""Who makes a claim of responsibility: the claim verb's subject when it is a resolved actor or a group name the
actor base lacks, "it" or "we" standing for the group that speaks ("the group said it carried out the attack"),
and the group a named speaker belongs to ("a Taliban spokesman said ...")."""

from __future__ import annotations

from ..article import Article, Mention
from ..mentions import mention_at
from . import frames as fr
from .affiliation import Words, group_heads, group_of, named, names_someone
from .constants import Token
from .group_names import unlisted_name

_SELF_WORDS = frozenset({"it", "its", "they", "their", "we", "our"})  # the speaker's own group


def claimant(article: Article, tok: Token, words: Words) -> Mention | None:
    """The actor a claimant token names (its group for "insurgents linked to X"), or None when it is no
    actor, a place, a pronoun, negated ("no group") or denies ("X, which denied involvement")."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in tok.children):
        return None
    if any(c.dep_ == "relcl" and c.lemma_.lower() in words.deny_verbs for c in tok.children):
        return None
    own = unlisted_name(article, tok, mention_at(article, tok.idx, tok.idx + len(tok.text)))
    if tok.pos_ == "PROPN" and own is not None and own.kind != "place" and names_someone(own):
        return own  # "the X Battalion, a branch of Y, claimed it": X itself
    group = group_of(article, tok, words) or self_named(article, tok, words)
    if group is not None:
        return group
    mention = mention_at(article, tok.idx, tok.idx + len(tok.text))
    if mention is None:  # "the Ansaru group": the name in the noun phrase
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] or _modifier_names(tok, words)
        mention = mention_at(article, names[0].idx, names[0].idx + len(names[0].text)) if names else None
    mention = unlisted_name(article, tok, mention)
    if (mention is None or mention.kind == "pronoun") and _self_reference(tok):
        speaker = _speaker_of(article, tok, words)  # "X said it was responsible", "X said two of its men did it"
        if speaker is not None:
            return speaker
    if mention is None or mention.kind == "place":
        return None
    if mention.kind == "pronoun":  # "X said it was responsible": X, named in the sentence (its name, not "it")
        return _name_in_sentence(article, mention) if named(mention.actor) else None
    if mention.actor is None and mention.kind not in ("name", "acronym"):
        return None  # a name the actor base lacks still names the claimant ("the Ansaru group")
    if mention.kind == "nominal" and named(mention.actor) and _definite_group(tok):
        return _name_in_sentence(article, mention) or mention  # "X's spokesman said the group did it": X
    return mention


def _modifier_names(tok: Token, words: Words) -> list[Token]:
    """The name a group noun's modifier carries: "a FARC dissident faction" (the parser hangs "FARC" on
    "dissident"); only for a noun of a group or of its members, so "a Kabul hotel guard" names no one."""
    if tok.lemma_.lower() not in group_heads() | words.member_nouns:
        return []
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    return [g for m in mods for g in m.children if g.dep_ == "compound" and g.pos_ == "PROPN"]


def _definite_group(tok: Token) -> bool:
    """ "the group", "the organisation": a group noun pointing back, with no name of its own."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in group_heads()
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and not any(c.dep_ in ("compound", "amod", "nmod") for c in tok.children)
    )


def _self_reference(tok: Token) -> bool:
    """ "it", "they", "we", or a noun phrase held by "its"/"their"/"our" ("two of its members")."""
    return any(t.lower_ in _SELF_WORDS and t.pos_ == "PRON" for t in tok.subtree)


def _speaker_of(article: Article, tok: Token, words: Words) -> Mention | None:
    """The named speaker of the statement a claim is reported in ("The X Front said it was responsible"):
    the subject of the nearest reporting verb above the claim, when it names a group (not a pronoun)."""
    verb = tok.head
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
        if verb.lemma_.lower() in words.speaker_verbs:
            who = fr.subject(verb)
            if who is None or who.pos_ == "PRON" or _self_reference(who):
                return None
            found = claimant(article, who, words)
            return found if found is not None and found.kind != "pronoun" and names_someone(found) else None
    return None


def self_named(article: Article, tok: Token, words: Words) -> Mention | None:
    """The name a group gives itself or is given beside it: "a group calling itself X", "an outfit that named
    itself X", "a little-known group, X,"."""
    for name in tok.children:
        if name.dep_ == "appos" and name.pos_ == "PROPN" and tok.pos_ == "NOUN":
            mention = unlisted_name(article, name, mention_at(article, name.idx, name.idx + len(name.text)))
            if mention is not None and mention.kind != "place" and names_someone(mention):
                return mention
    for verb in tok.children:
        if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in words.naming_verbs:
            continue
        for name in verb.children:
            if name.dep_ in ("oprd", "xcomp", "attr", "dobj", "ccomp") and name.pos_ == "PROPN":
                mention = unlisted_name(article, name, mention_at(article, name.idx, name.idx + len(name.text)))
                if mention is not None and mention.kind != "place":
                    return mention
    return None


def _name_in_sentence(article: Article, pronoun: Mention) -> Mention | None:
    """The name the pronoun's actor has in its sentence ("the Real IRA's spokesman said the group ..."), if any."""
    actor = pronoun.actor
    if actor is None:
        return None
    return next(
        (
            m
            for m in article.mentions
            if m is not pronoun
            and m.sentence_index == pronoun.sentence_index
            and m.kind in ("name", "acronym")
            and m.actor is not None
            and m.actor.actor_id == actor.actor_id
        ),
        None,
    )
