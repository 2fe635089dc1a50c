"""The doer of an act told only as what someone "was behind": "Shabaab fighters were behind a grenade attack on a
police post" is the fighters' attack, and "the ADF are believed to be behind an attack on a village" the ADF's. The
event noun is the object of a responsibility preposition (config ``responsibility``: "behind") on a linking "be";
its doer is the subject of that "be", or, when "be" is an infinitive ("believed to be behind"), of the verb it
completes. A denied or negated role names no doer: "X was not behind the attack", "X denied being behind it"
(``denial_verbs`` of ``data/lexicon/alleged_acts.yaml``). A violent verb told in a relative clause on the
object of "behind" is that doer's act too: "police said Boko Haram was behind a car bomb that killed three" is Boko
Haram's killing (the weapon is no event noun, so the verb of its clause is the event)."""

from __future__ import annotations

from functools import cache

from . import frames as fr
from .constants import Token
from .lexicon import load, word_set

_LINKS = frozenset({"be"})  # the linking verb of "X was behind": any other verb's "behind" is a place
_COMPLEMENTS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
_RELATIVES = frozenset({"WDT", "WP"})  # "that", "which", "who" as a relative clause's subject
_GUESSES = frozenset({"might", "may", "could"})  # modals of a guess; "is believed to be behind" stays a claim


@cache
def _denials() -> frozenset[str]:
    return word_set(load("alleged_acts")["denial_verbs"])


def behind_doer(prep: Token, words: frozenset[str]) -> Token | None:
    """The subject that ``prep`` ("behind") says did its object's act, or None."""
    holder = prep.head
    if prep.dep_ != "prep" or prep.lower_ not in words or holder.lemma_.lower() not in _LINKS:
        return None
    if _denied(holder):
        return None
    subject = fr.subject(holder)
    if subject is None and holder.dep_ == "xcomp":  # "X is believed to be behind", "X appears to be behind"
        subject = fr.subject(holder.head) or next(iter(fr.children(holder.head, {"nsubjpass"})), None)
    return subject


def _denied(verb: Token) -> bool:
    """``verb`` or a verb it completes is negated, a denial or a guess ("was not behind", "denied being behind",
    "might have been behind")."""
    tok = verb
    while True:
        if fr.children(tok, {"neg"}) or tok.lemma_.lower() in _denials():
            return True
        if any(c.dep_ == "aux" and c.lower_ in _GUESSES for c in tok.children):
            return True  # "might have been behind the blast", "could be behind it": a guess names no doer
        if tok.dep_ not in _COMPLEMENTS or tok.head.i == tok.i:
            return False
        tok = tok.head


def relative_doers(verb: Token, words: frozenset[str]) -> list[Token]:
    """The doer of a verb in a relative clause on what someone "was behind" ("X was behind a car bomb that killed
    three": X), or none; the clause's own subject must be that object, read through its relative pronoun."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    subject = fr.subject(verb)
    if subject is not None and subject.i != noun.i and subject.tag_ not in _RELATIVES:
        return []
    doer = behind_doer(noun.head, words)
    return [doer] if doer is not None else []
