"""Word classes and code roots the coder's rules share (parts of speech, dependency labels, ``via`` kinds)."""

from __future__ import annotations

from typing import Any

Token = Any  # a spaCy Token (spaCy ships no type stubs)

NOUN_POS = frozenset({"NOUN", "PROPN"})
NOMINAL_HEAD_POS = NOUN_POS | {"NUM", "PRON"}
PRONOUN_VIA = frozenset({"coref", "pronoun"})
KB_VIA = frozenset({"kb", "country", "capital", "acronym", "acronym-variant", "demonym"})
VIOLENT_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# CAMEO roots of force that can kill: assault, fight, mass violence
FORCE_ROOTS = frozenset({"18", "19", "20"})
# The note on a violent act told as a past record (combine/records.py), which the transformations drop.
RECORD_NOTE = "past record"
# The note of an act told planned or helped towards, recoded to the speaker's accusation or threat
# (combine/unasserted.py): no transformation reads it again as the violence it was coded from.
UNASSERTED_NOTE = "planned"
# Casualty figures whose counted phrase can show who the victims were ("killing 15 villagers").
CASUALTY_KINDS = frozenset({"killed", "dead", "wounded", "injured", "abducted"})
LOCATION_PREPS = frozenset({"in", "inside", "at", "near", "across", "along", "outside"})
SKIP_DEPS_IN_PHRASE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "punct", "appos"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Pronouns that stand for an actor even when the actors stage could not resolve them.
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them"})
