"""A game named as a clash is no fight: "France edged England in a tense Six Nations clash", "the World Cup
showdown between Brazil and Argentina", "a league clash in Lagos". A noun of fighting ("clash", "showdown",
"duel") right after words that name a game ("league", "derby", "qualifier", "semi-final", a competition or a
sport: "Six Nations", "rugby") gives no event, unless the sentence has a word
of real harm ("fans clashed with police after the league clash" keeps the fans' clash). Words in
``data/lexicon/match_clashes.yaml``."""

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


def match_clash(noun: Token) -> bool:
    """``noun`` names a game as a clash, in a sentence with no word of real harm."""
    if noun.lower_ not in words().clash_nouns or not _named_game(noun):
        return False
    harm = side_words().harm_words - words().clash_nouns - {"clash", "clashed", "clashes"}
    return not any(t.i != noun.i and (t.lower_ in harm or t.lemma_.lower() in harm) for t in noun.sent)


@combine_passes.register("combine.match_clash.v1")
def match_clashes(triggers: list[Trigger], ctx: CombineContext) -> None:
    """A noun of fighting (CAMEO roots 18-20) naming a game: no event."""
    for trig in triggers:
        if trig.suppressed or trig.code[:2] not in FORCE_ROOTS:
            continue
        if match_clash(trig.token):
            trig.suppressed = True
            trig.notes.append("match result")
