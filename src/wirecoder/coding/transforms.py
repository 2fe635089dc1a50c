"""PETRARCH2's verb transformations: an event coded under another verb becomes a different event.

``~ a (b . ATTACK) SAY = a b 112`` in PETRARCH2's CAMEO.2.0.txt says: when A *says* that B attacked
someone, A accuses B (112). The converter (``scripts/convert_petrarch_verbs.py``) writes these rules to
``transforms:`` in ``verbs.petrarch.yaml``; this module applies them to the events of one sentence.

A rule matches an event when its trigger verb is the clausal complement of one of the rule's ``upper``
verbs (``ccomp``/``xcomp``, through ``conj``), its code (before intent/threat combination) is in the
rule's ``lower`` family ("19": every 19x; "186": exactly), and the roles agree:

- ``lower_source`` ``a``: the event's source is the upper verb's subject (the same actor, or another
  organ of the same state: "US Central Command said US forces struck X"); a state telling what its armed
  forces did claims no responsibility (015): "the defence ministry claimed its units captured X", "the army
  said it killed 30 militants" keep only the act, reported by the speaker (``_forces_report``);
  ``_``: no source of its own, or the same actor (an infinitive inherits its governor's subject);
  ``b``: some other actor, named (``b`` is then bound to it).
- ``lower_target`` ``b``: ``b`` is bound to the event's target; ``.``: any target.
- the result has source ``a`` (the upper subject, which must be a resolved actor), target ``b``, and
  the rule's ``code``.

The upper verb must come first: "X said Y attacked Z" is X's claim, while "Y attacked Z, police said"
is the reporter's attribution of an event, coded as that event (``reported_by``) and nothing more.
Rules are tried in file order; the first that matches wins. Whether the lower event stays is
``config.asserted_transforms``: under a reporting verb ("said", "claimed") the embedded event is
still asserted and is kept beside the new one (with ``reported_by``); under "want" or "attempt" it did
not happen and is replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from ..article import Event, Participant, stable_id
from ..errors import DataError
from ..yamlfiles import SafeLoader
from .constants import RECORD_NOTE, UNASSERTED_NOTE

Token = Any
_ROLE_VALUES = {"a", "b", "_", "."}


@dataclass(frozen=True)
class Transform:
    id: str
    name: str  # the upper verb's PETRARCH name, lower-case ("say", "claim", "want")
    upper: frozenset[str]
    lower: str  # a code family: a root ("19") or an exact code ("186")
    lower_source: str
    lower_target: str
    source: str
    target: str
    code: str | None  # None: the lower event's own code (no change)


def load_transforms(path: Path, known_codes: Callable[[str], bool]) -> tuple[Transform, ...]:
    """The ``transforms:`` list of a converted pattern file (empty when it has none)."""
    if not path.exists():
        return ()
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}  # noqa: S506 - libyaml's safe loader
    out: list[Transform] = []
    for raw in data.get("transforms") or []:
        try:
            rid = str(raw["id"])
            roles = [str(raw[k]) for k in ("lower_source", "lower_target", "source", "target")]
            code = None if raw.get("code") is None else str(raw["code"])
            lower, upper = str(raw["lower"]), frozenset(str(x).lower() for x in raw["upper"])
        except (KeyError, TypeError) as exc:
            raise DataError(str(path), f"transform {raw!r}: missing or bad field {exc}") from None
        if not set(roles) <= _ROLE_VALUES or (code is not None and not known_codes(code)):
            raise DataError(str(path), f"transform {rid}: roles must be a/b/_/. and the code a CAMEO code")
        name = rid.split("~", 1)[-1].split(":", 1)[0]
        lower_source, lower_target, source, target = roles
        out.append(Transform(rid, name, upper, lower, lower_source, lower_target, source, target, code))
    return tuple(out)


def _same(p: Participant | None, q: Participant | None) -> bool:
    """Do two participants denote the same actor?"""
    if p is None or q is None:
        return False
    if p.start is not None and p.start == q.start:
        return True
    if p.actor_id and q.actor_id:
        return p.actor_id == q.actor_id
    return bool(p.name and q.name and p.name == q.name)


_NOUN_UP = frozenset({"pobj", "prep", "dobj", "obj", "nsubj", "nsubjpass", "agent", "compound", "conj", "attr"})


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause an event noun sits in ("killed in an air strike": killed)."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
        if cur.dep_ not in _NOUN_UP or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


_STATE_SECTORS = frozenset({None, "", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})


def _same_side(p: Participant | None, q: Participant | None) -> bool:
    """The same actor, or two organs of one state ("US Central Command" and "the United States")."""
    if _same(p, q):
        return True
    return bool(
        p is not None
        and q is not None
        and p.country
        and p.country == q.country
        and p.sector in _STATE_SECTORS
        and q.sector in _STATE_SECTORS
    )


_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})


def _forces_report(tok: Token, event: Event, speaker: Participant) -> bool:
    """Is this a state's report of its own forces' operation ("the defence ministry claimed its troops had
    repelled an attack", "the army said it killed 30 militants")? A claim of responsibility (015) is an
    admission of an act; an army or ministry announcing its battlefield actions concedes nothing. Either side
    is a state's armed organ, or the act's subject is a possessed noun ("its units") under a state speaker.
    A state's own unarmed word about itself keeps PETRARCH2's claim ("Chile claimed that it attacked Peru")."""
    src = event.source
    if src is None or not speaker.country or speaker.sector not in _STATE_SECTORS:
        return False
    if src.sector not in _STATE_SECTORS:
        return False
    if speaker.sector in _ARMED_SECTORS or src.sector in _ARMED_SECTORS:
        return True
    verb = tok
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj is not None and any(c.dep_ == "poss" for c in subj.children)


def _upper_verb(tok: Token) -> Token | None:
    """The verb whose clausal complement holds ``tok`` ("said [that X attacked]", "wants [X to attack]",
    "said [eight died in an air strike by X]")."""
    cur = tok if tok.pos_ in {"VERB", "AUX"} else _clause_verb(tok)
    if cur is None:
        return None
    for _ in range(3):
        if cur.dep_ == "conj" and cur.head.i != cur.i:
            cur = cur.head
            continue
        if cur.dep_ in {"ccomp", "xcomp"} and cur.head.i != cur.i:
            return cur.head
        return None
    return None


def _bind(
    rule: Transform, event: Event, speaker: Participant, own_subject: bool
) -> tuple[Participant, Participant | None] | None:
    """(source, target) of the transformed event, or None when the roles do not fit."""
    low_src = event.source
    bound: Participant | None = None
    if rule.lower_source == "a":
        if not _same_side(low_src, speaker):
            return None
    elif rule.lower_source == "_":
        if own_subject and low_src is not None and not _same_side(low_src, speaker):
            return None
    elif rule.lower_source == "b":
        if low_src is None or _same_side(low_src, speaker) or not (low_src.name or low_src.actor_id):
            return None
        bound = low_src
    if rule.lower_target == "b":
        if bound is not None and not _same(bound, event.target):
            return None
        bound = bound or event.target
    values = {"a": speaker, "b": bound}
    src = values.get(rule.source)
    if src is None:
        return None
    return src, values.get(rule.target)


def apply_transforms(
    events: list[tuple[Event, Any]],
    rules: tuple[Transform, ...],
    keep_under: frozenset[str],
    speaker_of: Callable[[Token], Participant | None],
    classify: Callable[..., dict[str, Any]],
) -> list[Event]:
    """The sentence's events after the transformations. ``events``: (event, its trigger); ``speaker_of``:
    the resolved subject of an upper verb, or None; ``classify``: the ontology's ``classify``."""
    if not rules:
        return [e for e, _ in events]
    out: list[Event] = []
    for event, trig in events:
        tok = trig.token
        upper = _upper_verb(tok)
        lemma = upper.lemma_.lower() if upper is not None else None
        base = (
            (trig.frame.code if trig.frame is not None and trig.frame.code else None) or trig.pattern.code or trig.code
        )
        new: Event | None = None
        rule: Transform | None = None
        if UNASSERTED_NOTE in trig.notes:
            upper = None  # recoded from planned violence to the speaker's accusation or threat (combine/unasserted.py)
        if upper is not None and upper.i > tok.i:
            upper = None  # "X attacked Y, police said": the reporter's attribution, not the speaker's claim
        if (
            upper is not None
            and event.hypothetical
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children)
        ):
            upper = None  # "said a strike on the dam could kill thousands": a fear ("may have killed" is hedged past)
        if upper is not None and not event.negated and not any(c.dep_ == "neg" for c in upper.children):
            for r in rules:
                if lemma not in r.upper or not (base.startswith(r.lower) if len(r.lower) < 3 else base == r.lower):
                    continue
                speaker = speaker_of(upper)
                if speaker is None:
                    break
                roles = _bind(r, event, speaker, any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children))
                if roles is None or (r.lower_source == "a" and r.code == "015" and _forces_report(tok, event, speaker)):
                    continue
                rule = r
                if r.code is None:
                    break
                src, tgt = roles
                coded = classify(r.code, None, lemma, src.sector, tgt.sector if tgt else None)
                new = replace(
                    event,
                    id=stable_id(event.id, r.id),
                    source=src,
                    target=tgt,
                    cameo=coded["cameo"],
                    plover=coded["plover"],
                    acled=coded["acled"],
                    fatalities=None,
                    quantities=[],
                    trigger={
                        "text": upper.text,
                        "lemma": lemma,
                        "start": upper.idx,
                        "end": upper.idx + len(upper.text),
                    },
                    negated=False,
                    hypothetical=False,
                    future=False,
                    reported_by=None,
                    pattern=f"{event.pattern}+{r.id}",
                )
                break
        record = RECORD_NOTE in trig.notes  # a past record is no incident: only the claim about it stays
        if new is None or rule is None:
            if not record:
                out.append(event)
            continue
        if rule.name in keep_under and not record:
            out.append(event)
        out.append(new)
    return out
