"""A state's own words about it: "the country" or "the government" as the bare subject of a clause a state's
official reports is that official's state ("Zambia's finance minister said the country had reached a deal with
China"), unless a name of another state comes first (a visitor speaking of his host).

Words: ``data/lexicon/reported_states.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ...coding import lexicon
from ..sectors import sector_group, sector_named
from ..state import ResolutionState
from ..syntax import speaker_verbs


def reporting_state(s: ResolutionState, head: Any) -> tuple[str | None, bool]:
    """(the country of the state official or body whose words report the clause ``head`` is the subject of, and
    whether such an official speaks of another state): "Zambia's finance minister said that the government had
    reached a deal" is (Zambia, False); a story about another state gives (None, False), its government being the
    story's; a name of another state before ``head`` (a visitor speaking of his host) gives (None, True)."""
    tok = head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None, False
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in speaker_verbs():
        return None, False
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    speaker = (s.with_head(subj.i) or s.named_at(subj.i)) if subj is not None else None
    if speaker is None or speaker.mention.actor is None:
        return None, False
    a = speaker.mention.actor
    own = a.country if a.country and a.sector in sector_group("speaks_for_state") else None
    if own is None or s.story_country() not in (None, own):
        return None, False  # "the government" of a story about another state is that state's
    for k in range(head.sent.start, head.i):  # "the minister, visiting Lebanon, said the country ...": Lebanon's
        other = s.named_at(k)
        if other is not None and other.mention.actor is not None and other.mention.actor.country not in (None, own):
            return None, True
    return own, False


#: The ``via`` of "the country" read as the reporting official's own state: words about the speaker's side.
SPEAKER_STATE = "speaker-state"


@cache
def _reported_state_nouns() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in lexicon.load("reported_states").get("nouns") or ())


def reported_state(s: ResolutionState, tok: Any) -> bool:
    """ "the country" as the subject of a clause a state's official reports ("Zambia's finance minister said
    the country had reached a deal"): that official's government. Whether a mention was added."""
    if tok.pos_ != "NOUN" or tok.lemma_.casefold() not in _reported_state_nouns() or s.named_at(tok.i) is not None:
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(list(tok.children)) != 1 or len(dets) != 1 or dets[0].lower_ != "the":
        return False  # "the neighbouring country", "the country's army", "a country": no state acting
    own, _ = reporting_state(s, tok)
    if own is None:
        return False
    f = s.add(dets[0].i, tok.i, "nominal")
    f.mention.head = tok.i
    f.is_group, f.derived = True, True
    actor = s.country_actor(own, sector_named("government"), governing=True)
    actor.country_basis = "sentence"
    f.mention.actor, f.mention.via = actor, SPEAKER_STATE
    return True
