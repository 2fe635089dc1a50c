"""Whom a disapproval of a thing is aimed at: the thing's owner or its parties.

"The bar association challenged the legality of the governor's decree" (or "the legality of the governor's
decree was challenged by X") disputes the governor's act: the governor is the target, not the legality.
"The League denounced the agreement between Turkey and Libya" is aimed at both parties. Word list:
``quality_nouns`` of ``data/lexicon/alleged_acts.yaml``.
"""

from __future__ import annotations

from ..article import Participant
from . import frames as fr
from . import lexicon
from .alleged import alleged_words
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot, span_slots
from .targets import TargetContext

_OWNER_DEPS = frozenset({"poss"})


@target_fallbacks.register("targets.disputed_owner.v1")
def disputed_owner(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """The owner of the disputed thing ("the legality of X's decree", "the legitimacy of X"), else the parties
    of an accord "between A and B", for a disapproval (``accusing_roots``) with no target of its own."""
    if targets or ctx.nominal or ctx.trig.code[:2] not in ctx.config.accusing_roots:
        return targets
    objects = fr.children(ctx.token, {"dobj", "nsubjpass"})
    things = [o for x in objects for o in _thing(x)]
    owners = [p for t in things for p in fr.children(t, _OWNER_DEPS)]
    owners += [o for t in things if t.i not in {x.i for x in objects} for o in _people(t)]
    found = _slots(ctx, owners)
    if found:
        return found[:1]
    inner = [o for t in things for o in fr.prep_objects(t, "of")]  # "the memoranda of understanding between"
    between = [b for t in things + inner for b in fr.prep_objects(t, "between")]
    return _slots(ctx, [p for b in between[:1] for p in fr.with_conjuncts(b)]) or targets


def _thing(tok: Token) -> list[Token]:
    """The thing a quality noun is of ("the legality of the decree": the decree), else the token itself."""
    if tok.lemma_.lower() in alleged_words().quality_nouns:
        return fr.prep_objects(tok, "of")
    return [tok]


def _people(tok: Token) -> list[Token]:
    """A thing named by the quality noun that is itself someone ("the legitimacy of the president")."""
    return [tok] if tok.pos_ == "PROPN" or tok.lemma_.lower() in lexicon.person_nouns() else []


def _names(toks: list[Token]) -> list[Slot]:
    """Names of people or bodies no mention covers ("Senator Okafor's bill": Okafor), as written."""
    out = []
    for tok in (t for t in toks if t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG"}):  # no place names
        first = min([c.i for c in tok.children if c.dep_ in {"compound", "flat"} and c.i < tok.i] + [tok.i])
        phrase = tok.doc[first : tok.i + 1]
        out.append(Slot(Participant(phrase.text, phrase.start_char, phrase.end_char), None, head=tok.i))
    return out


def _slots(ctx: TargetContext, toks: list[Token]) -> list[Slot]:
    """Participants for the tokens: actors, else names and people nouns as written; never the source."""
    own = {x.participant.actor_id or x.participant.name or x.participant.text for x in ctx.sources}
    found = ctx.slots(toks) or span_slots(toks, ctx.sent_mentions, ctx.config, names=True) or _names(toks)
    return [
        x
        for x in found
        if not x.pronoun and (x.participant.actor_id or x.participant.name or x.participant.text) not in own
    ]
