"""Who speaks sports talk: a player, a coach, a player's agent or a club's fans (coding/combine/sports_talk.py
drops their verbal events; coding/statements.py codes no statement of theirs).

Sports talk is no political event: what a player, a coach, a player's agent or a club's fans say, shout or
threaten ('"They will pay dearly for this," the striker's agent said', "the goalkeeper shouted at the
referee", "supporters of the club said the owners had betrayed them") is coded as no statement, threat,
accusation or protest. Only verbal roots (01-14) go; a sentence that tells real harm or force ("fans said
police beat them", "the coach was attacked") keeps its events, and a speaker of any other kind (a minister, a
union, a campaign manager, a ship's captain) is untouched. Words in ``data/lexicon/sports_talk.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import lexicon
from .constants import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Words:
    players: frozenset[str]
    their_people: frozenset[str]
    followers: frozenset[str]
    clubs: frozenset[str]
    harm_words: frozenset[str]
    other_players: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("sports_talk", Words)


def _word(tok: Token) -> str:
    return tok.lemma_.lower()


def _in(tok: Token, words_: frozenset[str]) -> bool:
    return tok.lower_ in words_ or _word(tok) in words_


def sports_speaker(tok: Token, followers: bool = True) -> bool:
    """A noun phrase of sports talk: a player or coach, a player's agent, or (with ``followers``) a club's fans."""
    w = words()
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _in(tok, w.players):
        return not any(c.dep_ in {"amod", "compound"} and c.lower_ in w.other_players for c in tok.children)
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if _in(tok, w.their_people):
        return any(_in(o, w.players) for o in owners)
    if followers and _in(tok, w.followers):
        followed = owners + [c for c in tok.children if c.dep_ == "compound"]
        followed += [
            g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"
        ]
        return any(_in(f, w.clubs) for f in followed)
    return False


def speaking(tok: Token, followers: bool = True) -> bool:
    """Does the trigger's clause, or a clause it is told in, have a sports speaker as its subject (a club's fans
    only with ``followers``)?"""
    node = tok
    for _ in range(8):
        if any(c.dep_ in _SUBJECTS and sports_speaker(c, followers) for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def addressed(tok: Token) -> bool:
    """Is the trigger verb's direct object a player, a coach or a referee, or a player's people ("supporters
    slammed the coach", "the club accused the referee of bias")? Words against sportsmen are sports talk."""
    return any(c.dep_ in {"dobj", "obj"} and sports_speaker(c, followers=False) for c in tok.children)


def harmed(tok: Token, verbal: bool = False) -> bool:
    """Does the trigger's sentence tell real harm or force (``harm_words``)? With ``verbal`` the trigger itself
    is not counted: a word of force already read as words ("attacked the referee's call": 111) tells no harm."""
    sent = tok.sent
    text = sent.text.lower()
    w = words().harm_words
    others = [t for t in sent if not (verbal and t.i == tok.i)]
    if verbal:
        text = (sent[: tok.i - sent.start].text + " " + sent[tok.i - sent.start + 1 :].text).lower()
    return any(t.lower_ in w or _word(t) in w for t in others) or any(" " in h and h in text for h in w)
