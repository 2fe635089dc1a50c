"""The attacked side's losses as the attack's toll: "Militants ambushed a police patrol in X. Police lost three
officers." and "The army lost nine soldiers when rebels overran a base" are attacks of three and nine dead, as an
incident table records them. A verb of loss whose subject is not the attackers (``coding/own_losses.py`` adds
those) and whose object counts people ("six soldiers", "two of its men") gives the toll of the attack told before
it in its sentence or the one before, or told in a clause below it ("when rebels overran a base"), when that
attack has no toll told of its own (then its victims are counted already). No toll from a loss under negation or a
modal ("could lose"), from a loss "to" a cause that is no death ("lost 40 officers to retirement", ``loss_not_deaths``
in ``data/lexicon/attacker_deaths.yaml``), nor from a lost thing ("lost two helicopters", "lost three seats")."""

from __future__ import annotations

from typing import Any

from ..article import Article, Event, Quantity
from .own_losses import _VIOLENT_ROOTS, _attack_before, _is_attackers, _lost_count, _retold, _subject, _words


def add_victim_losses(article: Article) -> None:
    """Give each attack without a toll the count its attacked side is told to have lost (in place)."""
    doc = article.doc
    if doc is None:
        return
    attacks = [e for e in article.events if e.cameo.get("root") in _VIOLENT_ROOTS and e.trigger]
    for tok in doc:
        if tok.lemma_.lower() not in _words("loss_verbs") or tok.pos_ != "VERB" or _unreal(tok):
            continue
        found = _lost_count(doc, tok)
        subject = _subject(tok)
        if found is None or subject is None or any(t.lower_ in _words("apart_words") for t in tok.subtree):
            continue
        attack = _attack_before(doc, attacks, tok) or _attack_below(attacks, tok)
        if attack is None or attack.fatalities or _is_attackers(subject, attack):
            continue
        count, obj = found
        span = doc[obj.left_edge.i : obj.right_edge.i + 1]
        attack.fatalities = count
        attack.quantities = [
            *attack.quantities,
            Quantity("killed", count, text=span.text, start=span.start_char, end=span.end_char),
        ]
        retold = _retold(attacks, tok, attack)
        article.events = [e for e in article.events if e not in retold]
        attacks = [e for e in attacks if e not in retold]


def _unreal(verb: Any) -> bool:
    """A loss denied, modal, or "to" a cause that is no death ("lost 40 officers to retirement")."""
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in verb.children):
        return True
    doc = verb.doc  # the word after "to", whatever the parse hangs it on ("to desertion" may come out a clause)
    return any(
        t.lemma_.lower() in _words("loss_not_deaths") and t.i > 0 and doc[t.i - 1].lower_ == "to" for t in verb.subtree
    )


def _attack_below(attacks: list[Event], verb: Any) -> Event | None:
    """The first attack told in a clause below the loss verb, after it ("when rebels overran a base")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i]
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in clauses]
    below = [e for e in attacks if any(a <= int(e.trigger.get("start") or -1) < b for a, b in spans)]
    return min(below, key=lambda e: int(e.trigger.get("start") or 0)) if below else None
