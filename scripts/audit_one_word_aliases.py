"""Audit the actor KB's one-word aliases and surnames against English words and given names.

A one-word alias or surname of a converted (PETRARCH) actor that is also an English dictionary word
("Foundation", "Zero", "Law") or a frequent given name ("Hassan", "Albert") names that actor by accident
far more often than on purpose. This script counts them, for converted and curated entries alike, lists
the converted one-word aliases that are dictionary words (the candidates for the reviewed list
``data/actors/dictionary_aliases.txt``: WordNet also lists proper names such as Hamas, so the list is
reviewed by hand), and counts the entries the two word lists the KB reads (``KnowledgeBase.weak_words``)
keep from resolving on one word.

English words come from the lemmatizer tables (WordNet's index) of the project's spaCy pipeline; given
names from ``data/actors/given_names.txt``.

Run from the repository root: ``.venv/bin/python scripts/audit_one_word_aliases.py``.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import spacy

from wirecoder.actors.kb import DATA_DIR, load_kb, normalise, read_word_list
from wirecoder.nlp import resolve_model_name


def english_words() -> set[str]:
    """Single lowercase words of the pipeline's lemma index (nouns, verbs, adjectives, adverbs)."""
    nlp = spacy.load(resolve_model_name("en_core_web_sm"))
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")
    return {w for words in table.values() for w in words if w.isalpha()}


def main() -> None:
    kb = load_kb()
    words = english_words()
    given = read_word_list(DATA_DIR / "given_names.txt")
    counts: Counter[tuple[str, str, str]] = Counter()
    candidates: set[str] = set()
    for entry in kb.entries.values():
        source = "converted" if entry.id in kb.secondary_ids else "curated"
        for key in {normalise(a) for a in (entry.name, *entry.aliases)}:
            parts = key.split()
            if len(parts) > 1 and entry.type != "person":
                continue
            kind, word = ("one-word alias", key) if len(parts) == 1 else ("surname", parts[-1])
            counts[(source, kind, "all")] += 1
            counts[(source, kind, "given name")] += word in given
            counts[(source, kind, "English word")] += word in words
            if source == "converted" and kind == "one-word alias" and word in words:
                candidates.add(word)
    print(f"{'source':10} {'kind':15} {'all':>7} {'English word':>13} {'given name':>11}")
    for source in ("curated", "converted"):
        for kind in ("one-word alias", "surname"):
            row = [counts[(source, kind, c)] for c in ("all", "English word", "given name")]
            print(f"{source:10} {kind:15} {row[0]:>7} {row[1]:>13} {row[2]:>11}")
    blocked = [
        e.id
        for e in kb.entries.values()
        if e.id in kb.secondary_ids and any(normalise(a) in kb.weak_words for a in (e.name, *e.aliases))
    ]
    print(f"converted entries with a one-word alias the KB now ignores: {len(blocked)}")
    print(f"converted one-word aliases that are dictionary words ({len(candidates)} candidates):")
    print(" ".join(sorted(candidates)))


if __name__ == "__main__":
    main()
