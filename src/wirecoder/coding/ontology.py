"""The three event ontologies (CAMEO, PLOVER, ACLED), loaded from ``data/ontology`` and validated.

``load_ontology()`` returns one cached, read-only ``Ontology``; ``Ontology.classify(code, ...)`` gives
the ``cameo``, ``plover`` and ``acled`` dicts every event carries. The files are written by
``scripts/build_ontology.py`` (cameo.csv, cameo2plover.csv) or by hand (plover.yaml, acled.yaml).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError
from ..yamlfiles import SafeLoader

_FLAG_KEYS = (
    "one_killed",
    "source_armed",
    "target_armed",
    "target_civilian",
    "source_state",
    "no_target",
    "no_source",
    "civilian_victims",
    "armed_victims",
    "harmed",
)
_HARM_KINDS = frozenset({"killed", "dead", "wounded", "injured"})
_RULE_KEYS = {
    "cameo",
    "mode",
    "lemma",
    "source_noun",
    "object",
    "modifiers",
    "source_sector",
    "target_sector",
    "then",
    *_FLAG_KEYS,
}


def _data_dir() -> Path:
    return Path(str(resources.files("wirecoder") / "data" / "ontology"))


def _csv_rows(path: Path) -> Iterable[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with ``#`` comment lines, with their 1-based line numbers."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [(i, line) for i, line in enumerate(fh, 1) if not line.startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    for (lineno, _), row in zip(lines[1:], reader, strict=False):
        yield lineno, row


@dataclass(frozen=True)
class CameoCode:
    code: str
    root: str
    name: str
    goldstein: float | None  # None for a pattern set's local code (outside CAMEO)
    quad_class: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "root": self.root,
            "name": self.name,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
        }


@dataclass(frozen=True)
class AcledRule:
    then: tuple[str, str] | None  # None: the event has no ACLED type (a business deal signed), later rules unread
    cameo: tuple[str, ...] = ()
    mode: tuple[str, ...] = ()
    lemma: tuple[str, ...] = ()
    flags: tuple[tuple[str, bool], ...] = ()
    source_sector: tuple[str, ...] = ()
    target_sector: tuple[str, ...] = ()
    source_noun: tuple[str, ...] = ()
    object: tuple[str, ...] = ()
    modifiers: tuple[str, ...] = ()  # marked words around the trigger: "with:drone", "advcl:withdraw"


@dataclass
class Ontology:
    """CAMEO codes, PLOVER types/modes and crosswalk, ACLED types and mapping rules."""

    cameo: dict[str, CameoCode]
    plover_types: dict[str, dict[str, Any]]
    crosswalk: dict[str, tuple[str | None, str | None]]  # CAMEO code -> (PLOVER type, mode)
    acled_types: dict[str, list[str]]
    acled_rules: list[AcledRule]
    armed_sectors: frozenset[str] = field(default_factory=frozenset)
    state_sectors: frozenset[str] = field(default_factory=frozenset)
    civilian_sectors: frozenset[str] = field(default_factory=frozenset)
    civilian_victims: frozenset[str] = field(default_factory=frozenset)  # nouns: "villagers", "worshippers"
    protest_people: frozenset[str] = field(default_factory=frozenset)  # lemmas: "protester", "protest", "strike"
    person_nouns: frozenset[str] = field(default_factory=frozenset)  # lemmas: "person", "man", "mayor"
    armed_victims: frozenset[str] = field(default_factory=frozenset)  # nouns: "soldier", "policemen"
    armed_rulers: frozenset[str] = field(default_factory=frozenset)  # actor ids: "taliban"

    def extended(self, local_codes: frozenset[str]) -> Ontology:
        """This ontology with a pattern set's local codes (a dictionary's own codes outside CAMEO, such as
        the WEIS-era ones of PETRARCH's test dictionary): they code events with no PLOVER type, no
        Goldstein value and no ACLED type. Without local codes, the ontology itself."""
        new = frozenset(local_codes) - set(self.cameo)
        if not new:
            return self
        key = (id(self), new)
        if key not in _EXTENDED:
            local = {c: CameoCode(c, c[:2], "local code (outside CAMEO)", None, None) for c in new}
            _EXTENDED[key] = replace(
                self, cameo={**self.cameo, **local}, crosswalk={**self.crosswalk, **{c: (None, None) for c in new}}
            )
        return _EXTENDED[key]

    def cameo_dict(self, code: str) -> dict[str, Any]:
        """The ``cameo`` field of an event; raises KeyError for an unknown code."""
        return self.cameo[code].as_dict()

    def plover(self, code: str, mode: str | None = None) -> dict[str, Any]:
        """The ``plover`` field: the crosswalk type, with ``mode`` (a pattern's) overriding the crosswalk's."""
        ptype, default_mode = self.crosswalk[code]
        return {"type": ptype, "mode": mode or default_mode}

    def acled(
        self,
        code: str,
        mode: str | None = None,
        lemma: str | None = None,
        source_sector: str | None = None,
        target_sector: str | None = None,
        victims: Iterable[tuple[str, str]] = (),
        source_noun: str | None = None,
        objects: str | None = None,
        one_killed: bool = False,
    ) -> dict[str, Any]:
        """The ``acled`` field by the first matching rule; nulls for events ACLED does not record.

        ``lemma``: the trigger's lemma, or several words separated by spaces (the trigger and the nouns
        compounded with it: "attack grenade"); a rule's ``lemma`` list matches any of them. ``victims`` are the event's casualty figures as (kind, counted phrase): ("killed", "15 villagers").
        They give the facts ``harmed`` (people killed or wounded) and ``civilian_victims``, which tell an
        attack on civilians from a clash, and violent repression of a protest from a dispersal.
        ``source_noun``: the lemma of the source mention's head noun ("mob"), for rules on who acted;
        ``objects``: the lemmas of a verb trigger's direct objects, space-separated ("cache weapon");
        ``one_killed``: the event killed one person, and no armed one ("journalist X was shot dead").
        """
        victims = list(victims)
        if self.cameo[code].goldstein is None and code in self.crosswalk and self.crosswalk[code][0] is None:
            return {"event_type": None, "sub_event_type": None}  # a local code: no ACLED reading
        facts = {
            "source_armed": source_sector in self.armed_sectors if source_sector else None,
            "target_armed": target_sector in self.armed_sectors if target_sector else None,
            "target_civilian": target_sector in self.civilian_sectors if target_sector else None,
            "source_state": source_sector in self.state_sectors if source_sector else None,
            "no_target": target_sector is None,
            "no_source": source_sector is None,
            "civilian_victims": any(self.is_civilian_phrase(phrase) for _, phrase in victims),
            "harmed": any(kind in _HARM_KINDS for kind, _ in victims),
            "armed_victims": any(self.is_armed_phrase(phrase) for _, phrase in victims),
            "one_killed": one_killed and not any(self.is_armed_phrase(phrase) for _, phrase in victims),
        }
        for rule in self.acled_rules:
            if rule.cameo and not any(code.startswith(p) for p in rule.cameo):
                continue
            if rule.mode and mode not in rule.mode:
                continue
            if rule.lemma and not set((lemma or "").lower().split()) & set(rule.lemma):
                continue
            if rule.source_noun and not _noun_in((source_noun or "").lower(), rule.source_noun):
                continue
            if rule.object and not set((objects or "").lower().split()) & set(rule.object):
                continue
            if rule.modifiers and not set((objects or "").lower().split()) & set(rule.modifiers):
                continue
            if rule.source_sector and source_sector not in rule.source_sector:
                continue
            if rule.target_sector and target_sector not in rule.target_sector:
                continue
            if any(facts[k] is not want for k, want in rule.flags):
                continue
            if rule.then is None:
                break
            return {"event_type": rule.then[0], "sub_event_type": rule.then[1]}
        return {"event_type": None, "sub_event_type": None}

    def is_armed_phrase(self, phrase: str) -> bool:
        """Does a counted phrase name armed people ("a Pakistani soldier", "two policemen")? By any of its words
        in ``armed_victims``: one of them killed is no lone civilian's killing."""
        return bool({w.strip(".,;:'\"").lower() for w in phrase.split()} & self.armed_victims)

    def is_civilian_phrase(self, phrase: str) -> bool:
        """Does a counted phrase ("at least 15 villagers", "three aid workers", "journalist Ahmed Noor") name
        civilians? By any word or pair of words in ``civilian_victims``."""
        words = phrase.lower().replace(",", " ").split()
        pairs = {" ".join(words[i : i + 2]) for i in range(len(words) - 1)}
        return bool(set(words) & self.civilian_victims or pairs & self.civilian_victims)

    def classify(
        self,
        code: str,
        mode: str | None = None,
        lemma: str | None = None,
        source_sector: str | None = None,
        target_sector: str | None = None,
        victims: Iterable[tuple[str, str]] = (),
        source_noun: str | None = None,
        objects: str | None = None,
        one_killed: bool = False,
    ) -> dict[str, dict[str, Any]]:
        """All three codings of one event: {"cameo": ..., "plover": ..., "acled": ...}."""
        plover = self.plover(code, mode)
        return {
            "cameo": self.cameo_dict(code),
            "plover": plover,
            "acled": self.acled(
                code, plover["mode"], lemma, source_sector, target_sector, victims, source_noun, objects, one_killed
            ),
        }


def _noun_in(noun: str, nouns: tuple[str, ...]) -> bool:
    """A head noun with its compounds ("suicide bomber") is in a rule's list whole, or by its head ("bomber")."""
    return noun in nouns or (" " in noun and noun.rsplit(" ", 1)[1] in nouns)


_EXTENDED: dict[tuple[int, frozenset[str]], Ontology] = {}


def _load_cameo(path: Path) -> dict[str, CameoCode]:
    codes: dict[str, CameoCode] = {}
    for line, row in _csv_rows(path):
        try:
            code = row["code"].strip()
            entry = CameoCode(
                code, row["root"].strip(), row["name"].strip(), float(row["goldstein"]), int(row["quad_class"])
            )
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise DataError(str(path), f"bad CAMEO row ({exc})", line) from None
        if not code.isdigit() or not 2 <= len(code) <= 4 or entry.root != code[:2]:
            raise DataError(str(path), f"bad CAMEO code '{code}' (2-4 digits, root = first two)", line)
        if entry.goldstein is not None and not -10 <= entry.goldstein <= 10:
            raise DataError(str(path), f"Goldstein value {entry.goldstein} of {code} is outside [-10, 10]", line)
        if entry.quad_class not in (1, 2, 3, 4):
            raise DataError(str(path), f"quad class of {code} must be 1-4", line)
        if code in codes:
            raise DataError(str(path), f"CAMEO code {code} is listed twice", line)
        codes[code] = entry
    return codes


def _load_plover(path: Path) -> dict[str, dict[str, Any]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}  # noqa: S506 - libyaml's safe loader
    types = data.get("types")
    if not isinstance(types, dict) or len(types) != 16:
        raise DataError(str(path), "'types' must map the 16 PLOVER event types")
    for name, spec in types.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("modes", []), list):
            raise DataError(str(path), f"PLOVER type {name}: expected a mapping with a 'modes' list")
    return types


def _load_crosswalk(
    path: Path, cameo: dict[str, CameoCode], types: dict[str, Any]
) -> dict[str, tuple[str | None, str | None]]:
    cross: dict[str, tuple[str | None, str | None]] = {}
    for line, row in _csv_rows(path):
        code, ptype = row.get("code", "").strip(), row.get("type", "").strip()
        if code not in cameo:
            raise DataError(str(path), f"unknown CAMEO code '{code}'", line)
        if ptype not in types:
            raise DataError(str(path), f"unknown PLOVER type '{ptype}' (known: {', '.join(types)})", line)
        cross[code] = (ptype, (row.get("mode") or "").strip() or None)
    missing = sorted(set(cameo) - set(cross))
    if missing:
        raise DataError(str(path), f"no PLOVER type for CAMEO codes {', '.join(missing)}")
    return cross


def _load_acled(
    path: Path, cameo: dict[str, CameoCode]
) -> tuple[dict[str, list[str]], list[AcledRule], dict[str, frozenset[str]]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader) or {}  # noqa: S506 - libyaml's safe loader
    types = data.get("event_types")
    if not isinstance(types, dict):
        raise DataError(str(path), "'event_types' must map each ACLED event type to its sub-event types")
    rules: list[AcledRule] = []
    for i, raw in enumerate(data.get("rules") or [], 1):
        unknown = set(raw) - _RULE_KEYS
        if unknown:
            raise DataError(str(path), f"rule {i}: unknown key(s) {', '.join(sorted(unknown))}")
        then = raw.get("then") or []
        if "then" in raw and raw["then"] is None:  # a rule that says "no ACLED type"
            then = None
        elif len(then) != 2 or then[0] not in types or then[1] not in types[then[0]]:
            raise DataError(str(path), f"rule {i}: 'then' {then} is not an ACLED [event type, sub-event type]")
        prefixes = tuple(str(p) for p in raw.get("cameo", []))
        if any(not any(c.startswith(p) for c in cameo) for p in prefixes):
            raise DataError(str(path), f"rule {i}: a CAMEO prefix in {list(prefixes)} matches no code")
        flags = tuple((k, bool(raw[k])) for k in _FLAG_KEYS if k in raw)
        rules.append(
            AcledRule(
                (then[0], then[1]) if then else None,
                prefixes,
                tuple(raw.get("mode", [])),
                tuple(str(x).lower() for x in raw.get("lemma", [])),
                flags,
                tuple(raw.get("source_sector", [])),
                tuple(raw.get("target_sector", [])),
                tuple(str(x).lower() for x in raw.get("source_noun", [])),
                tuple(str(x).lower() for x in raw.get("object", [])),
                tuple(str(x).lower() for x in raw.get("modifiers", [])),
            )
        )
    sectors = {
        k: frozenset(
            str(x).lower() if k in ("civilian_victims", "protest_people", "person_nouns", "armed_victims") else str(x)
            for x in data.get(k) or []
        )
        for k in (
            "armed_sectors",
            "state_sectors",
            "civilian_sectors",
            "civilian_victims",
            "protest_people",
            "person_nouns",
            "armed_victims",
            "armed_rulers",
        )
    }
    return types, rules, sectors


@lru_cache(maxsize=4)
def load_ontology(directory: str | None = None) -> Ontology:
    """Load and validate the ontology files (once per process); ``directory`` overrides the packaged ones."""
    base = Path(directory) if directory else _data_dir()
    cameo = _load_cameo(base / "cameo.csv")
    types = _load_plover(base / "plover.yaml")
    cross = _load_crosswalk(base / "cameo2plover.csv", cameo, types)
    acled_types, rules, sectors = _load_acled(base / "acled.yaml", cameo)
    return Ontology(
        cameo,
        types,
        cross,
        acled_types,
        rules,
        sectors["armed_sectors"],
        sectors["state_sectors"],
        sectors["civilian_sectors"],
        sectors["civilian_victims"],
        sectors["protest_people"],
        sectors["person_nouns"],
        sectors["armed_victims"],
        sectors["armed_rulers"],
    )
