"""Language check: is the cleaned text English?

A fast, deterministic English stopword ratio decides the common case; otherwise py3langid (a maintained
fork of langid.py: deterministic, its model inside the package, no download) names the language. On
short texts (an incident report, a headline) a detector guesses: there a Latin-script language other
than English must also show one of its own function words (``data/lexicon/function_words.yaml``), or
the text is taken as English. Wrongly rejecting a report loses it; coding a short foreign one costs little.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..errors import DataError, NotEnglish
from ..yamlfiles import data_path, read_yaml

ENGLISH_STOPWORDS = frozenset(
    """a about after against all also an and are as at be been but by for from had has have he her his
    in into is it its not of on or said says she than that the their there they this to was were which
    while who will with would""".split()
)
# Share of words that are English stopwords above which text is taken as English without more ado.
EN_STOPWORD_SHARE = 0.22
NAMES = {
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "hi": "Hindi",
    "id": "Indonesian",
    "pl": "Polish",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "nb": "Norwegian",
    "ro": "Romanian",
    "he": "Hebrew",
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 5000
# Below this many words the detector's verdict alone does not reject a text.
SHORT_TEXT_WORDS = 40
FUNCTION_WORDS = data_path("lexicon", "function_words.yaml")


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Function words per language code, from the packaged lexicon."""
    data = read_yaml(FUNCTION_WORDS)
    if not isinstance(data, dict) or not all(isinstance(v, list) for v in data.values()):
        raise DataError(str(FUNCTION_WORDS), "expected a mapping of language code -> list of words")
    return {str(lang): frozenset(str(w) for w in words) for lang, words in data.items()}


def latin_share(text: str) -> float:
    """Share of the letters of ``text`` that are Latin (ASCII or accented Latin)."""
    letters = [c for c in text[:_SAMPLE_CHARS] if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c < "\u0250" for c in letters) / len(letters)


def _own_words(text: str, lang: str) -> int:
    """How many words of ``text`` are function words of ``lang`` (ALL-CAPS tokens never count: "UN")."""
    own = function_words().get(lang, frozenset())
    return sum(1 for w in _WORD.findall(text[:_SAMPLE_CHARS]) if not (w.isupper() and len(w) > 1) and w.lower() in own)


def stopword_share(text: str) -> float:
    """Share of the words of ``text`` that are common English function words."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(w in ENGLISH_STOPWORDS for w in words) / len(words)


@cache
def _identifier() -> Any:
    """py3langid's model (97 languages), loaded once per process on first use."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def _classify(text: str) -> str | None:
    """The detector's ISO 639-1 code for ``text``, or None when it has no letters to go by."""
    sample = text[:_SAMPLE_CHARS]
    if not _WORD.search(sample):
        return None
    return str(_identifier().classify(sample)[0])


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (``"en"`` for English), or None when unknown."""
    share = stopword_share(text)
    if share >= EN_STOPWORD_SHARE:
        return "en"
    lang = _classify(text)
    if lang is not None and lang != "en" and len(_WORD.findall(text)) < SHORT_TEXT_WORDS and latin_share(text) > 0.5:
        english = sum(w.lower() in ENGLISH_STOPWORDS for w in _WORD.findall(text))
        return lang if _own_words(text, lang) > english else "en"
    if share >= EN_STOPWORD_SHARE / 2:
        return "en"
    return lang


def require_english(text: str, source: str) -> str:
    """``"en"``, or raise ``NotEnglish`` naming the language detected.

    Text with a fair share of English function words is never rejected, whatever the detector says:
    headline-heavy English can fool it, and wrongly rejecting an article loses it.
    """
    lang = detect_language(text)
    if lang == "en":
        return "en"
    name = f"{NAMES.get(lang, lang)} ({lang})" if lang else "an unknown language"
    raise NotEnglish(
        source,
        f"text looks like {name}, not English; translate it first, or code it anyway with "
        f"--no-language-check (Settings.check_language=False)",
    )
