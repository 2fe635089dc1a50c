"""Who was hurt, in a sentence that tells more of an attack (coding/aftermath.py), is that retelling's target.

"The governor suffered burns in the blast", "two guards were wounded during the raid", "the senator survived the
ambush": the sentence retells the story's attack, and the subject of its verb of hurting or surviving is the one
the attack was done to. Only an actor mention, or a name the actor base lacks, counts; pronouns and places do not.
An attack noun coded in its own right ("survived the attack" after the story told it) takes the same target
(``targets.harmed_in.v1``, registered in :data:`wirecoder.coding.registry.target_fallbacks`).
"""

from __future__ import annotations

from ..article import Article, Participant
from ..mentions import mention_at
from .constants import Token
from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext

#: Verbs whose subject was harmed by, or lived through, what they hold ("suffered wounds in the attack").
HURT_VERBS = frozenset({"survive", "escape", "suffer", "sustain", "receive", "injure", "wound", "hurt", "maim"})
PHRASE_PREPS = frozenset({"in", "during"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _hurt_verb(cue: Token) -> Token | None:
    """The verb of surviving or hurting that holds the cue: as object ("survived the ambush", "suffered wounds"),
    or in its "in" / "during" phrase ("was injured in the blast")."""
    head = cue.head
    if cue.dep_ == "dobj" and head.lemma_.lower() in HURT_VERBS:
        return head
    if cue.dep_ == "pobj" and head.lower_ in PHRASE_PREPS and head.head.lemma_.lower() in HURT_VERBS:
        return head.head
    if cue.dep_ == "pobj" and head.lower_ in PHRASE_PREPS and head.head.dep_ == "dobj":
        return _hurt_verb(head.head)  # "suffered wounds in the attack": the attack hangs on the wounds
    return None


def harmed_target(article: Article, cue: Token) -> Participant | None:
    """The subject of the verb that says someone was hurt by, or survived, the attack the cue retells."""
    verb = _hurt_verb(cue)
    if verb is None:
        return None
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    for subj in subjects + [a for s in subjects for a in s.children if a.dep_ == "appos"]:  # "the groom, X,"
        m = mention_at(article, subj.idx, subj.idx + len(subj.text))
        if m is None or m.kind in {"place", "pronoun"}:
            continue
        return Participant.from_mention(m) if m.actor is not None else Participant(m.text, m.start, m.end)
    return None


#: Assault, fighting and mass violence (CAMEO 18-20): the attack nouns whose harmed may be read this way.
HARM_ROOTS = frozenset({"18", "19", "20"})


@target_fallbacks.register("targets.harmed_in.v1")
def harmed_in(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """An attack noun with no target: the subject of the verb that says someone survived it or was hurt in it
    ("X survived the ambush", "X was wounded in the raid")."""
    if targets or not ctx.nominal or ctx.trig.code[:2] not in HARM_ROOTS:
        return targets
    verb = _hurt_verb(ctx.token)
    if verb is None:
        return targets
    own = {s.participant.actor_id or s.participant.name for s in ctx.sources}
    found = [
        s
        for s in ctx.slots([c for c in verb.children if c.dep_ in _SUBJECTS])
        if not s.pronoun and (s.participant.actor_id or s.participant.name) not in own
    ]
    return found or targets
