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
from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

from ..article import Article, Sentence
from ..nlp import NlpStage, check_length
from ..settings import Settings

__all__ = [
    "PrefilterNlpStage",
    "blank_out",
    "inflections",
    "is_trigger_sentence",
    "select_spans",
    "trigger_forms",
    "trigger_table",
]

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


def _irregular(spacy_model: str) -> dict[str, dict[str, set[str]]]:
    """Irregular forms by part of speech and lemma, from the spaCy pipeline's lemmatizer tables."""
    from ..nlp import load_spacy

    irregular: dict[str, dict[str, set[str]]] = {"verb": {}, "noun": {}}
    try:
        exc = load_spacy(spacy_model).get_pipe("lemmatizer").lookups.get_table("lemma_exc")
        for pos in ("verb", "noun"):
            for form, lemmas in exc.get(pos, {}).items():
                for lemma in lemmas:
                    irregular[pos].setdefault(lemma, set()).add(form.lower())
    except (KeyError, ValueError):  # a pipeline without a rule lemmatizer: regular forms only
        pass
    return irregular


Requirement = tuple[frozenset[str], ...]  # every set must share a word with the sentence


@lru_cache(maxsize=4)
def trigger_table(patterns: str, spacy_model: str) -> dict[str, frozenset[Requirement]]:
    """Trigger form -> the companion words one of its codings needs (two-level trigger test).

    A form is a trigger of a sentence when, for one of its requirements, every word set of the
    requirement meets the sentence. A requirement is the pattern's ``extra`` words (``take`` needs
    ``custody``/``hostage``/``control``... when its only coding patterns are the phrasal ones) and,
    for a frame that alone gives the code, the words the frame tests (object, preposition and its
    object words, complement, text): ``give`` codes nothing unless ``weapons``, ``aid``, ``warning``...
    is in the sentence. The empty requirement ``()`` means the form alone is enough. Frames and
    patterns that code only suppressed codes (010) give no requirement. Word forms over-generate
    (noun and verb inflections of every word); that only keeps more text.
    """
    from ..coding.patterns import load_patterns

    pset = load_patterns(patterns)
    suppressed = set(pset.config.suppress_codes)
    irregular = _irregular(spacy_model)

    @cache
    def word_forms(word: str) -> frozenset[str]:
        last = word.split()[-1] if word.split() else word  # a phrase is matched by its last word
        out = inflections(last, "verb") | inflections(last, "noun")
        return frozenset(out | irregular["verb"].get(last, set()) | irregular["noun"].get(last, set()))

    table: dict[str, set[Requirement]] = {}
    for kind, heads in (("verb", pset.verbs), ("noun", pset.nouns)):
        for head, entries in heads.items():
            reqs: set[Requirement] = set()
            for p in entries:
                extra = tuple(word_forms(w) for w in p.extra)
                if p.code and p.code not in suppressed:
                    reqs.add(extra)
                for f in p.frames:
                    if not f.code or f.code in suppressed:
                        continue
                    words: set[str] = set()
                    if f.dobj is not None and "any" not in f.dobj:
                        words |= set(f.dobj)
                    # a preposition open to any object is a condition of its own, which the sentence must meet
                    #   beside the others ("taken from home by ...": "by" and one of the homes)
                    open_preps = tuple(frozenset({prep}) for prep, objs in f.prep if not objs or "any" in objs)
                    for prep, objs in f.prep:
                        if objs and "any" not in objs:
                            words.add(prep)
                            words |= set(objs)
                    words |= set(f.xcomp or ()) | set(f.text or ())
                    # a frame on its subject's words needs one of them too ("a rocket fell on ...", not rain)
                    subj = (frozenset().union(*(word_forms(w) for w in f.subj)),) if f.subj else ()
                    if f.money:
                        reqs.add(extra + subj)
                    elif not words:
                        reqs.add(extra + subj + open_preps)
                    else:
                        reqs.add(extra + subj + open_preps + (frozenset().union(*(word_forms(w) for w in words)),))
            if not reqs:
                continue
            forms = inflections(head, kind) | irregular[kind].get(head, set())
            if kind == "noun":  # nouns also trigger through their verb forms ("raid", "raided")
                forms |= irregular["verb"].get(head, set())
            for form in forms:
                table.setdefault(form, set()).update(reqs)
    return {form: frozenset({()}) if () in reqs else frozenset(reqs) for form, reqs in table.items()}


def trigger_forms(patterns: str, spacy_model: str) -> frozenset[str]:
    """Lower-cased word forms that may be an event trigger under pattern set ``patterns``."""
    return frozenset(trigger_table(patterns, spacy_model))


def is_trigger_sentence(words: list[str], capitalised: list[bool], table: dict[str, frozenset[Requirement]]) -> bool:
    """Does the sentence hold a trigger form with its companion words? A word marked in ``capitalised``
    (capitalised after another word) is a name ("United", "March", "Press"), not a trigger."""
    present = set(words)
    for i, word in enumerate(words):
        reqs = table.get(word)
        if reqs is None or capitalised[i]:
            continue
        if any(all(alt & present for alt in req) for req in reqs):
            return True
    return False


@lru_cache(maxsize=1)
def _splitter() -> Any:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int, list[str], list[bool]]]:
    """Fast sentences of ``text`` (a line break always ends one): (start, end, lower-cased words, whether
    each word is a name by its case: capitalised, not all capitals, and after a word, not after
    punctuation or at the start)."""
    nlp = _splitter()
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]
    out: list[tuple[int, int, list[str], list[bool]]] = []
    for (offset, _), doc in zip(paragraphs, nlp.pipe(p for _, p in paragraphs), strict=True):
        first = len(out)
        for sent in doc.sents:
            words = [t.lower_ for t in sent]
            caps = [
                t.text[:1].isupper() and not t.is_upper and t.i > sent.start and not doc[t.i - 1].is_punct for t in sent
            ]
            if len(out) > first and sent[0].text[:1].islower():  # '"… a toilet?" wrote X' goes on
                start, _, w, c = out.pop()
                out.append((start, offset + sent.end_char, w + words, c + caps))
            else:
                out.append((offset + sent.start_char, offset + sent.end_char, words, caps))
    return out


def select_spans(
    text: str, forms: frozenset[str] | dict[str, frozenset[Requirement]], context: int = 1, lead: int = 2
) -> tuple[list[tuple[int, int]], int]:
    """The (start, end) spans of the sentences to parse, and how many sentences there were.

    ``forms`` is a ``trigger_table`` (two-level test) or a plain set of forms (any form is enough)."""
    table: dict[str, frozenset[Requirement]] = forms if isinstance(forms, dict) else {f: frozenset({()}) for f in forms}
    sents = sentence_spans(text)
    keep = set(range(min(lead, len(sents))))
    for i, (_, _, words, caps) in enumerate(sents):
        if is_trigger_sentence(words, caps, table):
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
        self.forms = trigger_table(settings.patterns, settings.spacy_model)
        self.context = settings.prefilter_context
        self.lead = settings.prefilter_lead

    def __call__(self, article: Article) -> Article:
        text = article.text
        check_length(text, article.source, self.settings.max_chars)
        keep, _ = select_spans(text, self.forms, self.context, self.lead)
        parsed = self.for_parser(blank_out(text, keep))
        doc = self.nlp.make_doc(parsed)
        # a kept sentence after a blanked gap starts a sentence of its own
        starts = {
            start for (_, prev_end), (start, _) in pairwise(keep) if parsed[prev_end:start] != text[prev_end:start]
        }
        for tok in doc[1:]:
            if tok.idx in starts:
                tok.is_sent_start = True
        for _, proc in self.nlp.pipeline:
            doc = proc(doc)
        article.doc = doc
        sentences: list[Sentence] = []
        for s in doc.sents:
            start, end = _trim(parsed, text, s.start_char, s.end_char)
            if start < end:
                sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        article.sentences = sentences
        return article


def _trim(parsed: str, text: str, start: int, end: int) -> tuple[int, int]:
    """A parsed sentence without the blanked characters it may have taken in at either end (the
    original whitespace next to its words stays, as in a parse of the whole text)."""
    j = start
    while j < end and parsed[j].isspace():
        if parsed[j] != text[j]:
            start = j + 1
        j += 1
    tail = len(parsed[start:end]) - len(parsed[start:end].rstrip())
    if tail and parsed[end - tail : end] != text[end - tail : end]:
        end -= tail
    return start, end
