"""Prefilter: parse only the sentences that can hold an event, plus the context they need.

A fast first pass (spaCy's blank English tokenizer and a rule-based sentencizer, no model) finds the
sentences that contain a *trigger form*: an inflected form of a verb or noun head of the pattern files
(``data/patterns/<set>/``, read through ``coding.patterns.load_patterns``). Forms are generated from
each head lemma with regular English inflection rules plus the irregular forms listed in the spaCy
pipeline's own lemmatizer exception tables. Heads whose patterns only ever code a suppressed code
(CAMEO 010 "make statement": say, tell, add ...) are left out.

Kept: every trigger sentence, the ``context`` sentences before it (for pronouns and nominals that
refer back), and the first ``lead`` sentences (dateline, the lead's named actors). Everything else is
blanked out: each character becomes a space, line breaks stay, so every character offset into
``Article.text`` is unchanged and evidence spans stay right. The full spaCy pipeline then parses the
blanked text (runs of spaces are single cheap tokens) and ``Article.text`` keeps the original text.

Trade-offs (docs/batch.md): ``sentence_index`` counts parsed sentences only, so event ids differ
from a run without the prefilter; quotes are found only in kept sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..article import Article, Sentence
from ..nlp import NlpStage
from ..settings import Settings

__all__ = ["PrefilterNlpStage", "blank_out", "inflections", "select_spans", "trigger_forms"]

_VOWELS = set("aeiou")
_PARAGRAPH = re.compile(r"[^\n]+")


def inflections(lemma: str, kind: str) -> set[str]:
    """Regular English forms of ``lemma`` (over-generation is harmless: it only keeps more text)."""
    w = lemma.lower()
    forms = {w, w + "s", w + "es"}
    if kind == "noun":
        if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
            forms.add(w[:-1] + "ies")
        return forms
    forms |= {w + "ed", w + "d", w + "ing"}
    if w.endswith("e"):
        forms.add(w[:-1] + "ing")
    if w.endswith("ie"):
        forms.add(w[:-2] + "ying")
    if w.endswith("y") and len(w) > 1 and w[-2] not in _VOWELS:
        forms |= {w[:-1] + "ied", w[:-1] + "ies"}
    if len(w) >= 3 and w[-1] not in _VOWELS | {"w", "x", "y"} and w[-2] in _VOWELS and w[-3] not in _VOWELS:
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}  # stop -> stopped, stopping
    return forms


def _codes(pattern: Any) -> set[str]:
    codes = {pattern.code} if pattern.code else set()
    codes |= {f.code for f in pattern.frames if f.code}
    return codes


@lru_cache(maxsize=4)
def trigger_forms(patterns: str, spacy_model: str) -> frozenset[str]:
    """Lower-cased word forms that may be an event trigger under pattern set ``patterns``."""
    from ..coding.patterns import load_patterns
    from ..nlp import load_spacy

    pset = load_patterns(patterns)
    suppressed = set(pset.config.suppress_codes)

    def codes_something(entries: list[Any]) -> bool:
        return any(c not in suppressed for p in entries for c in _codes(p))

    irregular: dict[str, dict[str, set[str]]] = {"verb": {}, "noun": {}}
    try:
        lemmatizer = load_spacy(spacy_model).get_pipe("lemmatizer")
        exc = lemmatizer.lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, lemmas in exc.get(pos, {}).items():
                for lemma in lemmas:
                    irregular[pos].setdefault(lemma, set()).add(form.lower())
    except (KeyError, ValueError):  # a pipeline without a rule lemmatizer: regular forms only
        pass
    forms: set[str] = set()
    for kind, table in (("verb", pset.verbs), ("noun", pset.nouns)):
        for head, entries in table.items():
            if not codes_something(entries):
                continue
            forms |= inflections(head, kind)
            forms |= irregular[kind].get(head, set())
            if kind == "noun":  # nouns also trigger through their verb forms ("raid", "raided")
                forms |= irregular["verb"].get(head, set())
    return frozenset(forms)


@lru_cache(maxsize=1)
def _splitter() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int, list[str]]]:
    """Fast sentences of ``text`` (a line break always ends one): (start, end, lower-cased words)."""
    nlp = _splitter()
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    out = []
    for (offset, _), doc in zip(paragraphs, nlp.pipe(p for _, p in paragraphs)):
        for sent in doc.sents:
            out.append((offset + sent.start_char, offset + sent.end_char, [t.lower_ for t in sent]))
    return out


def select_spans(text: str, forms: frozenset[str], context: int = 1, lead: int = 2) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) spans of the sentences to parse, and how many sentences there were."""
    sents = sentence_spans(text)
    keep = set(range(min(lead, len(sents))))
    for i, (_, _, words) in enumerate(sents):
        if any(w in forms for w in words):
            keep.update(range(max(0, i - context), i + 1))
    return [(sents[i][0], sents[i][1]) for i in sorted(keep)], len(sents)


def blank_out(text: str, keep: list[tuple[int, int]]) -> str:
    """``text`` with every character outside ``keep`` turned into a space (line breaks kept)."""
    chars = [c if c == "\n" else " " for c in text]
    for start, end in keep:
        chars[start:end] = text[start:end]
    return "".join(chars)


class PrefilterNlpStage(NlpStage):
    """The ``nlp`` stage on the trigger sentences only (see the module docstring); same fields assigned."""

    name = "nlp"

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.forms = trigger_forms(settings.patterns, settings.spacy_model)
        self.context = int(settings.extra.get("prefilter_context", "1"))
        self.lead = int(settings.extra.get("prefilter_lead", "2"))

    def __call__(self, article: Article) -> Article:
        keep, _ = select_spans(article.text, self.forms, self.context, self.lead)
        parsed = blank_out(article.text, keep)
        doc = self.nlp(parsed)
        article.doc = doc
        article.sentences = [
            Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(s for s in doc.sents if s.text.strip())
        ]
        return article
