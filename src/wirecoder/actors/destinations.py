"""Places an actor travels to or meets in: where a visit or talks are held says nothing of who the visitors
are. "The prime minister is expected to travel to Beijing" does not make the prime minister Chinese, nor
"the government and the rebels held talks in Havana" the government Cuban. A place mention that is the
destination of a travel word ("travel / fly / head to X", "arrived in X", "visit X", "a visit / trip to X")
or the venue of talks ("talks / negotiations / a meeting in X", "met in X") is left out when a nominal's
country is guessed from its sentence and when the story's country is counted. So is the partner of talks
("held talks with Russian officials", "met his Ecuadorian counterpart"): the other side, whose country the
sentence's actors do not share (left out of a nominal's sentence count only). So is the country across a border
("ambushed near the border with Mali" in a Niger story: the soldiers are not Malian), and whom the actor's own act
is aimed at ("Interior Minister X accused Belgrade of organising the violence": X is not Serbian)."""

from __future__ import annotations

from typing import Any

# travel words and the prepositions that name where they lead
_TRAVEL = {
    "travel": {"to"},
    "fly": {"to"},
    "head": {"to", "for", "towards", "toward"},
    "arrive": {"in", "at"},
    "visit": {"to"},
    "trip": {"to"},
    "tour": {"of"},
    "journey": {"to"},
    "talk": {"in"},
    "negotiation": {"in"},
    "meeting": {"in"},
    "meet": {"in"},
    "summit": {"in"},
}
# escape words and the prepositions that name their goal: "fled towards the Malian border" says nothing of
# who fled, nor of where the acts before the flight took place
_ESCAPE = {
    "flee": {"to", "towards", "toward", "into", "across"},
    "escape": {"to", "towards", "toward", "into", "across"},
    "retreat": {"to", "towards", "toward", "into", "across"},
}
# nouns a demonym or name may qualify as the goal itself ("the Malian border")
_ESCAPE_GOALS = frozenset({"border", "frontier", "side"})
# travel words whose direct object is the place gone to
_OBJECT_TRAVEL = frozenset({"visit", "tour"})


def is_destination(tok: Any) -> bool:
    """Whether the place whose head token is ``tok`` is where a visit goes, where talks are held or where
    those who fled went."""
    if is_escape_goal(tok) or (tok.dep_ in {"dobj", "obj"} and tok.head.lemma_.lower() in _OBJECT_TRAVEL):
        return True
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    word = tok.head.head
    return tok.head.lower_ in _TRAVEL.get(word.lemma_.lower(), ()) and not _barred(word)


def is_escape_goal(tok: Any) -> bool:
    """Whether the place whose head token is ``tok`` is where those who fled went: "fled to Mali", "before
    fleeing towards the Malian border" (a demonym on the border noun)."""
    if tok.dep_ in {"amod", "compound"} and tok.head.lemma_.lower() in _ESCAPE_GOALS:
        tok = tok.head  # "towards the Malian border": the border is the goal
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    return tok.head.lower_ in _ESCAPE.get(tok.head.head.lemma_.lower(), ())


# a ban on travel to X is X's own entry ban: X is the one who bars, not a place gone to
_BARS = frozenset({"ban", "bar", "restriction", "curb", "limit", "embargo", "prohibition"})


def _barred(word: Any) -> bool:
    """Whether the travel word is what a ban bars: "bans on travel to X", "a travel ban to X"."""
    if word.dep_ == "compound":
        return word.head.lemma_.lower() in _BARS
    return word.dep_ == "pobj" and word.head.lower_ == "on" and word.head.head.lemma_.lower() in _BARS


# words of meeting and negotiating whose "with" names the other side
_PARTNERED = frozenset({"talk", "meet", "meeting", "negotiation", "negotiate", "hold", "discuss", "call"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def is_counterpart(tok: Any) -> bool:
    """Whether ``tok`` (a name, or a demonym on one) names the other side of talks: "talks with X", "met X's
    foreign minister", "met his Ecuadorian counterpart"."""
    head = tok.head if tok.dep_ in _MODIFIER_DEPS else tok
    if head.lemma_.lower() == "counterpart":
        return True
    if head.dep_ in {"dobj", "obj"} and head.head.lemma_.lower() == "meet":
        return True
    if head.dep_ != "pobj" or head.head.lower_ != "with":
        return False
    return head.head.head.lemma_.lower() in _PARTNERED


# nouns of a border whose "with X" names the country across it
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


def is_across_border(tok: Any) -> bool:
    """Whether ``tok`` (a country name) is the far side of a border: "near the border with Mali" tells where the
    act was, not whose the soldiers or gunmen there are ("the Malian border" may be either side: not here)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    return tok.head.head.lemma_.lower() in _BORDER_NOUNS


# dependents of the actor's verb that hold whom the act is aimed at (not where it took place)
_AIMED_DEPS = frozenset({"dobj", "obj", "dative"})
_AIMED_PREPS = frozenset({"against", "to", "toward", "towards", "with", "on"})
_NAME_DEPS = frozenset({"compound", "appos", "amod", "nmod", "poss"})


def aimed_at(actor: Any, other: Any) -> bool:
    """Whether ``other`` (a name's head token) is whom the act of ``actor`` (the head token of a subject, or a
    title on one) is aimed at: its object or the object of "against / to / with / on" on the same verb."""
    while actor.dep_ in _NAME_DEPS and actor.head.i != actor.i:
        actor = actor.head  # "Interior Minister X": the title hangs on the name
    if actor.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb, tok = actor.head.i, other
    while tok.head.i != tok.i and tok.head.i != verb:
        tok = tok.head
    if tok.head.i != verb or tok.i == verb:
        return False
    return tok.dep_ in _AIMED_DEPS or (tok.dep_ == "prep" and tok.lower_ in _AIMED_PREPS)


def spoken_of(actor: Any, other: Any) -> bool:
    """Whether ``other`` (a name's head token) is in the subject of the clause the act of ``actor`` (the head of
    a subject, or a title on one) reports: "Foreign Minister X said Asmara was preparing for war" tells of
    Asmara, whose country is not the speaker's."""
    while actor.dep_ in _NAME_DEPS and actor.head.i != actor.i:
        actor = actor.head
    if actor.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb, tok, below = actor.head.i, other, None
    while tok.head.i != tok.i and tok.head.i != verb:
        tok, below = tok.head, tok
    if tok.head.i != verb or tok.i == verb or tok.dep_ != "ccomp":
        return False
    return below is not None and below.dep_ in {"nsubj", "nsubjpass"}
