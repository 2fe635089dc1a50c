"""Place-name normalisation: one key for "Khyber-Pakhtunkhwa", "khyber pakhtunkhwa" and "Khyber Pakhtunkhwa
Province", "al-Hasakah" and "Hasakah", "Peshāwar" and "Peshawar"."""

from __future__ import annotations

import re
import unicodedata
from typing import overload

# A trailing administrative word: stripped for lookup, and a hint of the precision meant.
SUFFIX_HINTS = {
    "district": "district",
    "districts": "district",
    "agency": "district",
    "tehsil": "district",
    "county": "district",
    "township": "district",
    "lga": "district",
    "cercle": "district",
    "upazila": "district",
    "thana": "district",
    "province": "province",
    "governorate": "province",
    "state": "province",
    "region": "province",
    "oblast": "province",
    "krai": "province",  # a Russian territory ("Krasnodar Krai", ISO "Krasnodarskiy kray")
    "kray": "province",
    "division": "province",
    "prefecture": "province",
    "city": "place",
    "town": "place",
    "village": "place",
}
# Unit words read as a hint when a name is looked up, but never stripped from indexed names ("Northern
# Territory" is no "Northern"): a DR Congo "territoire" is its second-order division.
QUERY_HINTS = {"territory": "district", "territoire": "district"}
# Arabic article prefixes ("al-", "el-", and the assimilated forms) that spellings keep or drop.
ARTICLE_PREFIXES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "er", "ez", "ul")

_APOSTROPHES = re.compile(r"[’'`ʼ‘ʻ]")
_NON_WORD = re.compile(r"[\W_]+")
_MARKS = re.compile(r"[’ʼ‘ʻ`]")  # transliteration marks (ayn, hamza) dropped from display names


def normalize(text: str) -> str:
    """Casefolded, accents and punctuation removed, hyphens as spaces, a leading "the" dropped."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    plain = _APOSTROPHES.sub("", text.casefold().replace("&", " and "))
    words = _NON_WORD.sub(" ", plain).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@overload
def plain(name: str) -> str: ...
@overload
def plain(name: None) -> None: ...
def plain(name: str | None) -> str | None:
    """A display name without accents ("Herāt" -> "Herat"), as event datasets spell places."""
    if name is None or name.isascii():
        return name
    folded = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return _MARKS.sub("", folded)


def compact(normalized: str) -> str:
    """The index key: the normalised name without spaces (so "Dera-Ismail-Khan" = "DeraIsmail Khan")."""
    return normalized.replace(" ", "")


def is_latin(text: str) -> bool:
    """Cheap test that a name is written in Latin letters (with accents), worth normalising."""
    return text.isascii() or max(text) < "\u0250"


def is_latin_key(key: str) -> bool:
    """Keys the index keeps: ASCII letters and digits (other scripts are not matched in English text)."""
    return bool(key) and key.isascii() and key.isalnum()


def index_keys(name: str, strip_suffix: bool = False) -> list[tuple[str, int]]:
    """The keys under which ``name`` is indexed, with a level: 0 = the name itself, 2 = derived
    (article prefix dropped, administrative suffix dropped)."""
    norm = normalize(name)
    words = norm.split()
    if not words:
        return []
    keys = [(compact(norm), 0)]
    if len(words) > 1 and words[0] in ARTICLE_PREFIXES:
        keys.append((compact(" ".join(words[1:])), 2))
    if strip_suffix and len(words) > 1 and words[-1] in SUFFIX_HINTS:
        keys.append((compact(" ".join(words[:-1])), 2))
    if len(words) > 2 and " ".join(words[-2:]) in _INDEX_LONG_SUFFIXES:
        keys.append((compact(" ".join(words[:-2])), 2))  # "Mirpur Model Thana" (Dhaka) is "Mirpur"
    return [(k, level) for k, level in keys if is_latin_key(k)]


# Two-word unit names GeoNames keeps in town names, dropped for an index key.
_INDEX_LONG_SUFFIXES = frozenset({"model thana", "sadar upazila"})
# Unit names of several words, read as a district suffix: "Gwoza local government area".
_LONG_SUFFIXES = ("local government area", "union council", "sub district")


def query_keys(text: str) -> tuple[list[str], str | None]:
    """Keys to try for a place name as written, best first, and the precision its suffix hints at."""
    norm = normalize(text)
    for long in _LONG_SUFFIXES:
        if norm.endswith(" " + long):
            norm = norm[: -len(long)] + "district"
    words = norm.split()
    if not words:
        return [], None
    keys = [compact(norm)]
    hint = None
    if len(words) > 1 and (words[-1] in SUFFIX_HINTS or words[-1] in QUERY_HINTS):
        hint = SUFFIX_HINTS.get(words[-1]) or QUERY_HINTS[words[-1]]
        words = words[:-1]
        keys.append(compact(" ".join(words)))
    if len(words) > 1 and words[0] in ARTICLE_PREFIXES:
        keys.append(compact(" ".join(words[1:])))
    if len(words) > 2 and any(w in _IZAFA for w in words[1:-1]):  # "Dand-e-Patan" is GeoNames' "Dand Patan"
        keys.append(compact(" ".join(w for i, w in enumerate(words) if w not in _IZAFA or i in (0, len(words) - 1))))
    return list(dict.fromkeys(k for k in keys if is_latin_key(k))), hint


# The Persian linking vowel written between the words of a name ("Dand-e-Patan", "Dasht-i-Archi"), which
# spellings keep or drop: a last key without it.
_IZAFA = frozenset({"e", "i", "ye"})
