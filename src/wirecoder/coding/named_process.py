"""A place that only names a process is not its target: "urged both sides to honour the Doha agreement",
"called on the parties to resume the Geneva talks". The city (or country) modifies the agreement or talks
as their name; the appeal is not addressed to that city's government. This filter (registered as
``targets.named_process.v1``) drops such a place from an event's targets; "talks with Doha" or "Kabul's
agreement" keep theirs (a prepositional object or a possessor is a party, not a name)."""

from __future__ import annotations

from .registry import target_fallbacks
from .roles import Slot
from .targets import TargetContext

# Nouns of a negotiated process or text that a place names as a label ("the Minsk accords", "the Oslo process").
PROCESS_NOUNS = frozenset(
    """
    agreement agreements accord accords deal talk talks negotiation negotiations process declaration protocol protocols format
    framework treaty pact conference summit roadmap plan initiative communique memorandum understanding
    """.split()
)
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _names_process(ctx: TargetContext, slot: Slot) -> bool:
    mention = slot.mention
    if mention is None or mention.head is None or not (mention.kind == "place" or mention.via == "country"):
        return False
    tok = ctx.token.doc[mention.head]
    while tok.dep_ == "compound" and tok.head.pos_ == "PROPN":  # "the Sharm el-Sheikh agreement"
        tok = tok.head
    return tok.dep_ in _MODIFIER_DEPS and (tok.head.lemma_.lower() in PROCESS_NOUNS or tok.head.lower_ in PROCESS_NOUNS)


@target_fallbacks.register("targets.named_process.v1")
def named_process(ctx: TargetContext, targets: list[Slot]) -> list[Slot]:
    """Drop a place that only names an agreement or talks ("the Doha agreement") from the targets."""
    return [x for x in targets if not _names_process(ctx, x)]
