"""Title Case headlines, in sentence case for the parser: "Indian Shelling Kills Two - Pakistan" parses as a
string of proper nouns; "Indian shelling kills two - Pakistan" parses as a clause.

Only lines written in Title Case change, and only the capital of a word that is a common English word (the
parser's own word index, de-inflected) and no known name (an actor, a country, a place the gazetteer knows,
alone or as part of a longer capitalised name: "North Waziristan", "Islamic State"). Lowercasing keeps every
character offset, so the parse still lines up with the article's text.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .settings import Settings
from .yamlfiles import read_word_list

# Words a headline capitalises that say nothing of case: a line of them is not Title Case by them alone.
SMALL_WORDS = frozenset(
    "a an the of in on at to for by and or as with from over after amid into near nor but per via vs"
    " he she it we they his her its our their who what".split()
)
CALENDAR = frozenset([*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name, *calendar.day_abbr])
MIN_WORDS = 3  # capitalised content words in a Title Case line
MAX_WORDS = 25  # a longer line is prose, not a headline
TITLE_SHARE = 1.0  # share of content words capitalised: any lower-case content word ("praised") makes it prose
MAX_NAME_WORDS = 4  # the longest run of capitalised words looked up as one name

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def base_forms(word: str) -> set[str]:
    """The word and its forms without an inflection ending ("kills" -> "kill", "injured" -> "injure")."""
    low = word.lower().replace("’", "'")
    if low.endswith("'s"):
        low = low[:-2]
    out = {low}
    if low.endswith("men") and len(low) > 4:
        out.add(low[:-3] + "man")  # "gunmen", "fishermen"
    for end, repl in _ENDINGS:
        if low.endswith(end) and len(low) > len(end) + 2:
            stem = low[: -len(end)]
            out.add(stem + repl)
            if end in {"ed", "ing"} and len(stem) > 2 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # "gunned" -> "gun"
    return out


def is_title_case(line: str) -> bool:
    """A headline-length line whose content words nearly all start with a capital (not all capitals)."""
    words = _WORD.findall(line)
    if not words or len(words) > MAX_WORDS or not any(c.islower() for c in line):
        return False
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    if len(content) < MIN_WORDS:
        return False
    capital = sum(w[0].isupper() for w in content)
    return capital >= MIN_WORDS and capital / len(content) >= TITLE_SHARE


def sentence_case(text: str, is_common: Callable[[str], bool], is_name: Callable[[str], bool]) -> str:
    """``text`` with its Title Case lines in sentence case (same length, same offsets)."""
    out: list[str] = []
    for line in text.splitlines(keepends=True):
        out.append(_lower_line(line, is_common, is_name) if is_title_case(line) else line)
    return "".join(out)


def _lower_line(line: str, is_common: Callable[[str], bool], is_name: Callable[[str], bool]) -> str:
    words = list(_WORD.finditer(line))
    keep = _names(line, words, is_name)
    chars = list(line)
    for i, m in enumerate(words):
        w = m.group()
        if i in keep or len(w) < 2 or not w[0].isupper() or not w[1:].islower() or w in CALENDAR:
            continue  # a name, an initial ("U.S."), a lower-case word, an acronym ("LoC"), a month or a day
        if w.lower() in SMALL_WORDS or is_common(w):
            lowered = w[0].lower()
            if len(lowered) == 1:
                chars[m.start()] = lowered
    return "".join(chars)


def _names(line: str, words: list[re.Match[str]], is_name: Callable[[str], bool]) -> set[int]:
    """Indexes of the words that belong to a known name: runs of capitalised words, longest first."""
    keep: set[int] = set()
    for start in range(len(words)):
        if start in keep:
            continue
        for n in range(min(MAX_NAME_WORDS, len(words) - start), 0, -1):
            run = words[start : start + n]
            if not all(m.group()[0].isupper() for m in run):
                continue
            if any(line[a.end() : b.start()] not in {" ", "-"} for a, b in zip(run, run[1:], strict=False)):
                continue  # a name does not run over punctuation
            if is_name(line[run[0].start() : run[-1].end()]):
                keep.update(range(start, start + n))
                break
    return keep


def common_words(index: Iterable[Iterable[str]], extra: Iterable[str] = ()) -> Callable[[str], bool]:
    """``is_common`` over a word index (lists of lower-case lemmas) plus ``extra`` words."""
    words = {w for part in index for w in part if w.isalpha()} | {w.lower() for w in extra}

    def is_common(word: str) -> bool:
        return bool(base_forms(word) & words)

    return is_common


PROPER_WORDS = Path(__file__).parent / "data" / "headlines" / "proper_words.txt"
# A place the gazetteer knows by this many people (or a curated one) is a name to keep: "Police" (a town of
# 34,000) and "The Village" are not.
NAME_MIN_POPULATION = 100_000


class HeadlineCase:
    """``sentence_case`` with the parser's word index and the actor and place names of ``settings``,
    loaded on the first Title Case line."""

    def __init__(self, nlp: Any, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings
        self._common: Callable[[str], bool] | None = None
        self._name: Callable[[str], bool] | None = None

    def __call__(self, text: str) -> str:
        if not any(is_title_case(line) for line in text.splitlines()):
            return text
        if self._common is None or self._name is None:
            self._common, self._name = self._load()
        return sentence_case(text, self._common, self._name)

    def _load(self) -> tuple[Callable[[str], bool], Callable[[str], bool]]:
        from .actors.kb import load_kb
        from .geo.gazetteer import load_gazetteer

        index: list[list[str]] = []
        if "lemmatizer" in self.nlp.pipe_names:
            lookups = getattr(self.nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_index"):
                index = [list(words) for words in lookups.get_table("lemma_index").values()]
        kb = load_kb(self.settings.actors)
        gazetteer = load_gazetteer(self.settings.places_aliases)
        proper = {w.lower() for w in read_word_list(PROPER_WORDS)}

        def is_name(text: str) -> bool:
            if kb.lookup(text) or base_forms(text) & proper:
                return True
            place = gazetteer.lookup(text, alternates=False)
            return place is not None and (place.source == "alias" or place.population >= NAME_MIN_POPULATION)

        return common_words(index), is_name
