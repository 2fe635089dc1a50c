"""An area named through "of" by its unit noun: "the northern state of Zacatecas" is Zacatecas state, not
the city of that name; "the province of Kandahar" is the province. The unit noun must have no name of its
own ("Sangin district of Helmand" names Helmand as the container, whatever it is). Unit words: the ``area``
list of ``admin_units`` in data/places/area_words.yaml."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from ..yamlfiles import data_path, read_yaml


@cache
def _area_units() -> frozenset[str]:
    return frozenset(str(w).lower() for w in read_yaml(data_path("places", "area_words.yaml"))["admin_units"]["area"])


def of_area_name(span: Span, name: str) -> str | None:
    """ "Zacatecas state" for the name ``name`` of "the northern state of Zacatecas", else None."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i == root.i:
        return None
    noun = prep.head
    if noun.i >= prep.i or noun.lower_ not in _area_units():
        return None
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.ent_type_ != "NORP":
        return None  # "Sangin district of Helmand": the unit has its own name; the "of" object contains it
    return f"{name} {noun.text}"
