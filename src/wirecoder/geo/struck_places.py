"""Places an attack noun names: the place it struck ("an Israeli raid on Jenin", "an incursion into
Tulkarm") and, when the attack is the subject of the verb that carries the event, the phrases of its own
("An Israeli strike on a car in Tyre killed two men": Tyre). Words: the ``struck_places`` subsets of
lexicon/force_nouns.yaml and lexicon/place_prepositions.yaml."""

from __future__ import annotations

from spacy.tokens import Token

from ..coding.lexicon import subset

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def struck_subjects(trigger: Token) -> list[Token]:
    """The attack nouns that are the subject of a verb trigger ("An air strike on a market in X killed
    nine"): the attack's own phrases say where the killing was."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return []
    nouns = subset("force_nouns", "struck_places")
    return [c for c in trigger.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns]


def struck_place(head: Token, prep: Token, obj: Token) -> bool:
    """Whether ``obj`` is a place name an attack noun struck ("a raid on Jenin"); a common noun ("an attack
    on a convoy") or a name not tagged as a place ("strikes on Hamas") is not."""
    return (
        head.lemma_.lower() in subset("force_nouns", "struck_places")
        and prep.lower_ in subset("place_prepositions", "struck_places")
        and obj.pos_ == "PROPN"
        and obj.ent_type_ in _PLACE_ENTS
    )
