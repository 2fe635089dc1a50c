"""Language check: is the cleaned text English?

A fast, deterministic English stopword ratio decides the common case; otherwise ``langdetect`` runs
with a fixed seed on a detector of its own (the library's global seed is left alone).
"""

from __future__ import annotations

import re

from ..errors import NotEnglish

ENGLISH_STOPWORDS = frozenset(
    """a about after against all also an and are as at be been but by for from had has have he her his
    in into is it its not of on or said says she than that the their there they this to was were which
    while who will with would""".split()
)
# Share of words that are English stopwords above which text is taken as English without more ado.
EN_STOPWORD_SHARE = 0.22
NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
    "ar": "Arabic", "fa": "Persian", "ur": "Urdu", "ru": "Russian", "uk": "Ukrainian", "tr": "Turkish",
    "zh-cn": "Chinese", "zh-tw": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi", "id": "Indonesian",
    "pl": "Polish", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "ro": "Romanian", "he": "Hebrew",
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE_CHARS = 5000


def stopword_share(text: str) -> float:
    """Share of the words of ``text`` that are common English function words."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(w in ENGLISH_STOPWORDS for w in words) / len(words)


def _langdetect(text: str) -> str | None:
    from langdetect.detector_factory import init_factory
    from langdetect.lang_detect_exception import LangDetectException

    init_factory()
    from langdetect import detector_factory

    detector = detector_factory._factory.create()  # type: ignore[union-attr]
    detector.seed = 0
    detector.append(text[:_SAMPLE_CHARS])
    try:
        return str(detector.detect())
    except LangDetectException:
        return None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text`` (``"en"`` for English), or None when unknown."""
    share = stopword_share(text)
    if share >= EN_STOPWORD_SHARE:
        return "en"
    lang = _langdetect(text)
    return "en" if share >= EN_STOPWORD_SHARE / 2 else lang


def require_english(text: str, source: str) -> str:
    """``"en"``, or raise ``NotEnglish`` naming the language detected.

    Text with a fair share of English function words is never rejected, whatever langdetect says:
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
