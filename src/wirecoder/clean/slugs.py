"""Wire-service furniture on a headline ("UPDATE 2-", " - paper", "[Corrected 05/20/02]"): removed before
coding, so "UPDATE 2-Indian forces" is not an actor and " - report" is not a place
(``data/boilerplate/wire_slugs.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..article import Removed
from ..errors import DataError
from ..yamlfiles import data_path, read_yaml

VERSION = "wire_slugs.v1"


@dataclass(frozen=True)
class SlugRules:
    prefix: re.Pattern[str]
    suffix: re.Pattern[str]
    agency: re.Pattern[str]  # "(CNN) — " opening a story: the credit alone, before the first word


@lru_cache(maxsize=1)
def slug_rules() -> SlugRules:
    """The packaged rules, compiled."""
    path = data_path("boilerplate", "wire_slugs.yaml")
    data = read_yaml(path)
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise DataError(str(path), f"not the '{VERSION}' wire slug rules")
    words = "|".join(re.escape(str(w)) for w in data["prefixes"])
    media = "|".join(re.escape(str(w)) for w in data["medium_suffixes"])
    notes = "|".join(re.escape(str(w)) for w in data["bracket_notes"])
    agencies = "|".join(re.escape(str(w)) for w in data["agency_openers"])
    return SlugRules(
        re.compile(rf"^(?:{words})(?: \d+)?\s*[-–—]\s*(?=\S)"),
        re.compile(rf"(?:\s+[-–—]\s+(?i:{media})\.?|\s*\[(?i:{notes})\b[^\]]*\])\s*$"),
        re.compile(rf"^\((?:{agencies})\)(?:\s*[-–—:]\s+|\s+(?=[A-Z\"“‘0-9]))"),
    )


MAX_WORDS = 30  # a longer line is no headline


def strip_slugs(line: str) -> tuple[str, list[Removed]]:
    """``line`` (a headline: one line of at most ``MAX_WORDS`` words) without its wire furniture, and what
    was removed; any other text comes back unchanged."""
    if "\n" in line or len(line.split()) > MAX_WORDS:
        return line, []
    rules = slug_rules()
    removed: list[Removed] = []
    m = rules.prefix.match(line)
    if m and len(line) > m.end():
        removed.append(Removed(m.group(0).strip(), "wire-slug"))
        line = line[m.end() :]
    m = rules.suffix.search(line)
    if m and m.start() > 0:
        removed.append(Removed(m.group(0).strip(), "wire-slug"))
        line = line[: m.start()]
    return line, removed
