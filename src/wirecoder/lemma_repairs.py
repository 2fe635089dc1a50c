"""Verb lemmas the small pipeline's lemmatizer gets wrong ("hoped", "hoping", "hopes" -> "hop"), mended from a data
list (``lexicon/verb_lemmas.yaml``) so that the patterns and word lists that key on lemmas ("hope", in the hope
patterns and the belief clauses of "said he hoped X would ...") see the verb. Only words tagged as verbs are
mended; text, tags, parse and entities stay as they were."""

from __future__ import annotations

from functools import cache
from typing import Any

from .yamlfiles import data_path, read_yaml


@cache
def verb_lemmas() -> dict[str, str]:
    """Verb form (lower case) -> its lemma."""
    data = read_yaml(data_path("lexicon", "verb_lemmas.yaml"))["forms"]
    return {str(k).lower(): str(v).lower() for k, v in data.items()}


def repair_verb_lemmas(doc: Any) -> Any:
    """``doc`` with the listed verb forms given their own lemma."""
    lemmas = verb_lemmas()
    for tok in doc:
        if tok.pos_ in {"VERB", "AUX"} and tok.lower_ in lemmas:
            tok.lemma_ = lemmas[tok.lower_]
    return doc
