"""Walks up the parse that the combination rules share: governors, embedding chains, background clauses."""

from __future__ import annotations

from .config import CoderConfig
from .constants import NOMINAL_HEAD_POS, Token
from .controlled_subjects import causing_verb
from .triggers import Trigger


def governors(tok: Token, limit: int = 3) -> list[Token]:
    """Governors up a complement chain: "ready" for "(stand) ready to assist", "vowed" for "vowed to crush"."""
    out = []
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in {"xcomp", "ccomp", "acl", "advcl", "acomp"} or cur.head.i == cur.i or _before_semicolon(cur):
            break
        cur = cur.head
        out.append(cur)
        if cur.dep_ == "acomp":  # "stand ready" / "is ready": the verb holding the adjective
            out.append(cur.head)
            cur = cur.head
    return out


_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "acl", "advcl", "acomp", "dobj", "obj", "pobj", "prep", "pcomp", "conj"})


def embedding_governor(tok: Token, by_token: dict[int, Trigger], config: CoderConfig, limit: int = 6) -> Trigger | None:
    """A trigger of an embedding root (appeal, demand, threat, intent ...) that ``tok`` is the content of,
    up a chain of complements and their objects ("demanded that X cancel plans to sell arms": the sale is
    the demand's content); None past a reporting verb or an attempt word, or out of a relative clause."""
    cur = tok
    for _ in range(limit):
        if cur.dep_ not in _CHAIN_DEPS or cur.head.i == cur.i:
            return None
        if cur.dep_ == "conj" and cur.head.pos_ in {"VERB", "AUX"}:
            return None  # a second clause ("rejected X and said ..."), not a complement
        if _before_semicolon(cur):
            return None  # "a bomb killed six; police blamed X": two clauses the parser joined
        cur = cur.head
        lemma = cur.lemma_.lower()
        if lemma in config.reporting_verbs or lemma in config.attempt_words or lemma in config.imminent_governors:
            return None
        if causing_verb(cur):
            return None  # "prompting Peru to summon X": Peru's own act, not the content of a governor above
        gtrig = by_token.get(cur.i)
        if gtrig is not None and not gtrig.suppressed and gtrig.code[:2] in config.embedding_roots:
            return gtrig
    return None


def _before_semicolon(tok: Token) -> bool:
    """``tok``'s clause ends before its head with a semicolon between them: a clause of its own."""
    head = tok.head
    return tok.i < head.i and any(t.text == ";" for t in tok.doc[tok.right_edge.i + 1 : head.i])


def background_boundary(tok: Token, config: CoderConfig) -> Token | None:
    """The head of the background clause holding ``tok``: a relative clause ("the town, where 20 were
    killed"), a participle modifying a noun ("property seized in 1970"), a conditional or temporal clause
    ("unless X agrees", "as the opposition threatened"), or a reason ("arrested for spying"); else None."""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return None
        dep = cur.dep_
        if dep == "relcl":
            return cur
        if dep == "acl" and cur.head.pos_ in NOMINAL_HEAD_POS:
            # "property seized in 1970", "the right of troops to fire", "one of them, disputed by X" (a
            # number or pronoun heads a noun phrase too): not an act of this sentence
            return cur
        if dep == "advcl" and any(
            (c.dep_ == "mark" or (c.dep_ == "advmod" and c.i < cur.i)) and c.lower_ in config.background_marks
            for c in cur.children
        ):
            return cur
        if dep == "pcomp" and cur.head.lower_ in config.background_preps:
            return cur
        if dep == "pobj" and cur.head.lower_ in config.background_preps and cur.pos_ in {"VERB"}:
            return cur
        if (
            dep == "ccomp"
            and cur.head.dep_ == "advcl"
            and cur.head.tag_ == "VBG"
            and cur.head.lemma_.lower() in config.reporting_verbs
        ):
            return cur  # "rejected the plan, saying it would wait": the reason given for the act
        if (
            dep == "pobj"
            and cur is tok
            and cur.head.lower_ in {"of", "to"}
            and cur.head.head.lemma_.lower() in config.time_frame_nouns
        ):
            return cur  # "on the eve of a visit by X": the visit dates the act
        if (
            dep == "pobj"
            and cur is tok
            and cur.head.lower_ in config.circumstance_preps
            and cur.head.head.pos_ in {"VERB", "AUX"}
        ):
            return cur  # "retook the town after heavy fighting", "arrested during a protest": the circumstance
        cur = cur.head
    return None


def participle_on_verbal_act(trig: Trigger, by_token: dict[int, Trigger], config: CoderConfig) -> bool:
    """``trig`` heads a bare participle clause ("..., urging X to sign Y instead") on a verbal act of a
    ``participle_background_roots`` root (reject, accuse): the reason or alternative given with that act."""
    tok = trig.token
    if tok.dep_ in {"dobj", "obj"} and tok.head.pos_ == "VERB":
        tok = tok.head  # "setting fire to ...": the light verb heads the clause
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.tag_ == "VBG":
        tok = tok.head  # "..., setting fire to X and smashing Y"
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.i == tok.i:
        return False
    if any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in tok.children):
        return False  # "while urging", "the army pressing on": a clause of its own
    gov = by_token.get(tok.head.i)
    return gov is not None and not gov.suppressed and gov.code[:2] in config.participle_background_roots


def foreground_trigger(boundary: Token, by_token: dict[int, Trigger], absorbed: bool = False) -> Trigger | None:
    """A coded trigger above a background clause (the clause's governor or one of its own governors);
    ``absorbed``: a suppressed trigger counts too ("a strike to demand the return of property seized in
    1970": the seizure is background to the demand, which is folded into the strike)."""
    cur = boundary
    for _ in range(12):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        t = by_token.get(cur.i)
        if t is not None and (absorbed or not t.suppressed):
            return t
    return None


def speech_act_over(
    tok: Token, by_token: dict[int, Trigger], config: CoderConfig, any_root: bool = False
) -> Trigger | None:
    """A verbal-act trigger (condemn, deny, accuse, demand ...) whose object phrase holds the noun ``tok``
    (``any_root``: a verb trigger of any code)."""
    cur = tok
    for _ in range(4):
        if (
            cur.dep_ not in {"dobj", "obj", "pobj", "prep", "conj", "compound", "nsubjpass", "pcomp"}
            or cur.head.i == cur.i
        ):
            return None
        cur = cur.head
        gov = by_token.get(cur.i)
        if gov is not None and gov.pattern.kind == "verb" and not gov.suppressed:
            return gov if any_root or gov.code[:2] in config.nominal_absorbing_roots else None
    return None
