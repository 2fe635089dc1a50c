"""Figurative violence: a violent verb between political actors, with nothing violent around it, is words.

"The senator attacked the president over the death toll of the pandemic" is a criticism (CAMEO 111), not a
battle, and the toll it mentions is no one's casualties. Violence needs a violent reading: an armed or
civilian party, a weapon, a place, a state acting on a state, or casualties it caused.
"""

from __future__ import annotations

from . import frames as fr
from .config import CoderConfig
from .constants import LOCATION_PREPS, PLACE_ENTS, Token
from .numbers import lexicon as number_lexicon
from .roles import Slot
from .triggers import Trigger

#: How a mention was resolved when it stands for a country or a place (a state acting is no figure of speech).
_STATE_VIA = frozenset({"country", "capital", "demonym", "place"})


def verbal_code(
    trig: Trigger, sources: list[Slot], targets: list[Slot], config: CoderConfig, violent_sectors: frozenset[str]
) -> str | None:
    """The verbal code of a violent verb with no violent reading (``verbal_violence``), else None.

    ``violent_sectors``: the sectors that make an act violent whatever the verb (armed groups, and the
    civilians an attack harms)."""
    rule = config.verbal_violence
    tok = trig.token
    if not rule or trig.pattern.kind != "verb" or trig.frame is not None or trig.code[:2] not in {"18", "19"}:
        return None
    if tok.lemma_.lower() not in rule.get("lemmas", frozenset()) or trig.absorbed or trig.means or trig.notes:
        return None
    parts = sources + targets
    if not sources or not targets or any(p.mention is None or p.pronoun for p in parts):
        return None  # who did it to whom must be known actors to read it as words
    for p in parts:
        m = p.mention
        if m is None or m.kind == "place" or m.via in _STATE_VIA or (p.participant.sector or "") in violent_sectors:
            return None
    if _physical(trig, config):
        return None
    return next(iter(rule.get("code", frozenset())), None)


def untargeted_figure(
    trig: Trigger, sources: list[Slot], targets: list[Slot], config: CoderConfig, armed: frozenset[str]
) -> bool:
    """Is a fight with no one fought a figure of speech? "campaigners said they were fighting corruption",
    "nurses are fighting for better pay", "firefighters battled a blaze in X": no armed side, no actor fought,
    no weapon, and no place unless a thing is fought (``untargeted`` lemmas of ``verbal_violence``).
    "Troops are fighting in the valley" stays a fight."""
    tok = trig.token
    if trig.pattern.kind != "verb" or trig.code[:2] != "19" or trig.absorbed or trig.means or trig.notes:
        return False
    fought = [t for t in targets if not (t.mention is not None and t.mention.kind == "place")]
    if tok.lemma_.lower() not in config.verbal_violence.get("untargeted", frozenset()) or fought:
        return False
    if any((s.participant.sector or "") in armed for s in sources):
        return False
    if _outcome_subject(tok):
        return False
    if fr.subject(tok) is not None and any(c.dep_ == "dobj" for c in tok.children):  # "they battled a blaze"
        return not _weapon(tok, config)
    return not targets and not _physical(trig, config)


def _outcome_subject(tok: Token) -> bool:
    """The fight is the clause subject of an outcome verb ("fighting in the north left 12 dead", the tagger
    reading "fighting" as a verb) with nothing fought: told as happening, so no figure; whether it is an
    event still needs a toll (coding/events.py)."""
    return (
        tok.dep_ == "csubj"
        and tok.head.lemma_.lower() in number_lexicon().outcome_verbs
        and not any(c.dep_ in {"dobj", "obj"} for c in tok.children)
    )


def contest_win(trig: Trigger, config: CoderConfig) -> bool:
    """Is "beat" a win, not a beating? A thing beaten ("villagers beat drums", "beat the deadline") or a
    margin ("beat the hosts by six wickets", "by 20 votes"): ``contest`` lemmas of ``verbal_violence``, with
    its ``things`` and ``margins``."""
    rule, tok = config.verbal_violence, trig.token
    if trig.pattern.kind != "verb" or tok.lemma_.lower() not in rule.get("contest", frozenset()):
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in rule.get("things", frozenset()) for c in tok.children):
        return True
    margins = rule.get("margins", frozenset())
    return any(
        p.dep_ in {"prep", "agent"} and p.lower_ == "by" and any(o.lemma_.lower() in margins for o in p.children)
        for p in tok.children
    )


def _weapon(tok: Token, config: CoderConfig) -> bool:
    """A weapon in the clause of ``tok``."""
    clause = {t.lemma_.lower() for t in tok.subtree}
    return bool(clause & (set(config.weapon_codes) | config.verbal_violence.get("weapons", frozenset())))


def _physical(trig: Trigger, config: CoderConfig) -> bool:
    """A weapon in the clause, or a place the act happens at ("attacked the mayor in Karachi")."""
    tok = trig.token
    if _weapon(tok, config):
        return True
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in LOCATION_PREPS:
            if any(o.ent_type_ in PLACE_ENTS for o in prep.subtree):
                return True
    return False
