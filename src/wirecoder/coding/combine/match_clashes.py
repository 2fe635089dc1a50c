"""A game named as a clash is no fight: "France edged England in a tense Six Nations clash", "the World Cup
showdown between Brazil and Argentina", "a league clash in Lagos". A noun of fighting ("clash", "showdown",
"duel") right after words that name a game ("league", "derby", "qualifier", "semi-final", a competition or a
sport: "Six Nations", "rugby") gives no event, unless the sentence has a word
of real harm ("fans clashed with police after the league clash" keeps the fans' clash). A verb of fighting told
"in" a game ("Mexico and Argentina clashed in a bruising semi-final", "the two sides battled in the final") is the
game too, on the same terms ("fans clashed during the final" is left alone: "during" tells a fight beside the game).
Words in ``data/lexicon/match_clashes.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import lexicon
from ..constants import FORCE_ROOTS, Token
from ..registry import combine_passes
from ..triggers import Trigger
from .context import CombineContext
from .national_sides import words as side_words


@dataclass(frozen=True)
class Words:
    clash_nouns: frozenset[str]
    competitions: frozenset[str]
    clash_verbs: frozenset[str]
    game_nouns: frozenset[str]


@cache
def words() -> Words:
    return lexicon.word_lists("match_clashes", Words)


def _named_game(noun: Token) -> bool:
    """A game word or a competition's name ends right before ``noun`` ("a Six Nations clash", "the league
    showdown"; "rugby fans clash" names fans). The words are read in a row, as the parser may take "clash" for a
    verb after a name."""
    doc, comps = noun.doc, words().competitions
    one = doc[noun.i - 1].lower_ if noun.i >= 1 else ""
    two = f"{doc[noun.i - 2].lower_} {one}" if noun.i >= 2 else ""
    return one in comps or two in comps


def _harmless(tok: Token) -> bool:
    """The sentence of ``tok`` has no word of real harm but the clash words themselves."""
    harm = side_words().harm_words - words().clash_nouns - {"clash", "clashed", "clashes"}
    return not any(t.i != tok.i and (t.lower_ in harm or t.lemma_.lower() in harm) for t in tok.sent)


def match_clash(noun: Token) -> bool:
    """``noun`` names a game as a clash, in a sentence with no word of real harm."""
    if noun.lower_ not in words().clash_nouns or not _named_game(noun):
        return False
    return _harmless(noun)


def clashed_in_game(verb: Token) -> bool:
    """A verb of fighting told "in" a game ("clashed in a bruising semi-final", "battled in the cup final"), in a
    sentence with no word of real harm."""
    w = words()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in w.clash_verbs:
        return False
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"]
    return any(_last_word(p) in w.game_nouns for p in preps) and _harmless(verb)


def _last_word(prep: Token) -> str:
    """The last word of the phrase ``prep`` opens, up to a nested preposition or a comma, rejoined over hyphens
    ("in a bruising semi-final": "semi-final", as the parser may split it; "in the final minutes": "minutes")."""
    doc, end = prep.doc, prep.i + 1
    while end < len(doc) and end <= prep.right_edge.i and doc[end].dep_ != "prep" and not _stop(doc[end]):
        end += 1
    text = doc[prep.i + 1 : end].text.lower()
    return text.split()[-1] if text.split() else ""


def _stop(tok: Token) -> bool:
    return tok.is_punct and tok.text != "-"


@combine_passes.register("combine.match_clash.v1")
def match_clashes(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A noun of fighting (CAMEO roots 18-20) naming a game, or a verb of fighting told in a game: no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if match_clash(trig.token) or clashed_in_game(trig.token):
            trig.suppressed = True
            trig.notes.append("match result")
