"""Claims and suspicions of responsibility name the perpetrator of an attack told before them.

"A bomb killed 12 people at a market. The TTP claimed responsibility for the attack." and "... Police said
the TTP was suspected to be behind the blast." make the TTP the source of the bombing, when the bombing has
no named source of its own (none, or only "gunmen"). The claimant must be a resolved actor; the attack
must be an earlier violent event of the article, at most ``LOOKBACK`` sentences before the claim.
"""

from __future__ import annotations

from ..article import Article, Event, Participant
from ..mentions import mention_at
from . import frames as fr
from .constants import NOUN_POS, VIOLENT_ROOTS, Token
from .model import PatternSet
from .triggers import match_trigger

LOOKBACK = 3  # sentences before the claim where the attack may be told
CLAIM_VERBS = frozenset({"claim", "accept", "admit", "acknowledge"})
CLAIM_NOUNS = frozenset({"responsibility", "credit"})
UNNAMED_SECTORS = frozenset({"UAF"})  # "gunmen", "attackers": a claim names them


def attribute_claims(article: Article, events: list[Event], patterns: PatternSet) -> None:
    """Give the attack a claim or suspicion refers to the claimant as its source (in place)."""
    doc = article.doc
    if doc is None:
        return
    for sent in article.sentences:
        span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
        if span is None:
            continue
        for claimant, attack in _claims(span, patterns):
            mention = mention_at(article, claimant.idx, claimant.idx + len(claimant.text))
            if mention is None or mention.actor is None or mention.kind in ("place", "pronoun"):
                continue
            for event in _attacks_before(events, sent.index, attack.idx):
                event.source = Participant.from_mention(mention)


def _claims(span: object, patterns: PatternSet) -> list[tuple[Token, Token]]:
    """(claimant, attack noun) pairs of one sentence: "X claimed responsibility for the attack", "X is
    suspected to be behind the blast", "X was behind the bombing"; the claim verb stands for the attack
    when the claim names none ("X claimed responsibility")."""
    out: list[tuple[Token, Token]] = []
    for tok in span:  # type: ignore[attr-defined]
        if tok.lemma_.lower() in CLAIM_NOUNS and tok.dep_ in ("dobj", "obj") and tok.head.lemma_ in CLAIM_VERBS:
            verb = tok.head
            # "claimed responsibility in a statement": no attack named, the latest one told is meant
            attacks = fr.prep_objects(tok, "for") or fr.prep_objects(verb, "for") or [verb]
        elif tok.lower_ == "behind" and tok.dep_ == "prep":
            verb = tok.head
            attacks = [c for c in tok.children if c.dep_ == "pobj"]
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "X denied / did not claim responsibility"
        who = fr.subject(verb)
        if who is None and verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:
            who = fr.subject(verb.head)
        if who is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in who.children):
            continue  # "no group has claimed responsibility"
        for attack in attacks:
            if who is not None and (attack is verb or (attack.pos_ in NOUN_POS and _violent(attack, patterns))):
                out.append((who, attack))
    return out


def _violent(tok: Token, patterns: PatternSet) -> bool:
    trig = match_trigger(tok, patterns)
    return trig is not None and trig.code is not None and trig.code[:2] in VIOLENT_ROOTS - {"14"}


def _attacks_before(events: list[Event], sentence: int, char: int) -> list[Event]:
    """The latest violent event before ``char`` (within ``LOOKBACK`` sentences) whose source is unnamed, with the
    unnamed ones of the sentences just before it that tell the same incident ("a bomb killed two; three
    were wounded. X claimed responsibility"); none when the latest has a named source."""
    told = []
    for e in events:
        start = e.trigger.get("start") if isinstance(e.trigger, dict) else None
        root = (e.cameo or {}).get("root") or ""
        if start is None or start >= char or not sentence - LOOKBACK <= e.sentence_index <= sentence:
            continue
        if root in VIOLENT_ROOTS - {"14"} and not getattr(e, "background", False):
            told.append((start, e))
    told.sort(key=lambda x: x[0], reverse=True)
    found: list[Event] = []
    for _, e in told:
        if e.source is not None and e.source.sector not in UNNAMED_SECTORS:
            break  # an attack with its own maker: the claim is not about what came before it
        if found and found[-1].sentence_index - e.sentence_index > 1:
            break
        found.append(e)
    return found
