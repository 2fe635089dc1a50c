"""Verb and noun event patterns (``data/patterns/<name>/``), loaded, validated and indexed by head lemma.

A pattern set named by ``Settings.patterns`` (e.g. ``"cameo.v1"``) is a directory with ``verbs.yaml``
(hand-written), ``verbs.petrarch.yaml`` (converted from PETRARCH2 by ``scripts/convert_petrarch_verbs.py``),
``nouns.yaml`` and ``config.yaml``. The file headers document the format. Hand-written entries come first
for a lemma; a PETRARCH2 entry is used only when no hand-written entry names the lemma (an entry with
``inherit: true`` appends the PETRARCH2 frames of its lemma after its own).
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..diskcache import cached
from ..errors import ConfigError, DataError
from ..yamlfiles import SafeLoader as _FastSafeLoader
from . import aid_recipients as _aid_recipients  # noqa: F401  (registers targets.aid_recipients.v1)
from . import combine as _combine  # noqa: F401  (registers the built-in combination passes)
from . import located_recipients as _located  # noqa: F401  (registers targets.located_recipients.v1)
from . import struck_places as _struck_places  # noqa: F401  (registers targets.struck_places.v1)
from . import targets as _targets  # noqa: F401  (registers the built-in target fallbacks)
from . import victim_targets as _victim_targets  # noqa: F401  (registers targets.victims.v1)
from .config import DEFAULT_CONFIDENCE, CoderConfig
from .lexicon import LEXICON_DIR, subset
from .model import Frame, Pattern, PatternSet
from .ontology import Ontology, load_ontology
from .ontology import _data_dir as ontology_dir
from .registry import DEFAULT_RULES, PETRARCH2_RULES, RULE_KEYS, rule_names
from .transforms import load_transforms

ROLE_NAMES = {"nsubj", "agent", "dobj", "nsubjpass", "dative", "ccomp_subj", "xcomp_obj", "held_of", "subj_owner"}
ENTRY_KEYS = {
    "id",
    "lemmas",
    "code",
    "mode",
    "pos",
    "source",
    "target",
    "frames",
    "inherit",
    "of",
    "poss",
    "reverse",
    "__line__",
}
FRAME_KEYS = {f.name for f in fields(Frame)} | {"__line__"}  # a frame's YAML keys are its fields
CONFIG_KEYS = {
    "light_verbs",
    "responsibility",
    "descriptive_roots",
    "own_regard_roots",
    "own_regard_objects",
    "solitary_consult_verbs",
    "mutual_acts",
    "made_from_objects",
    "made_from_preps",
    "ballot_verbs",
    "ballot_nouns",
    "wish_verbs",
    "intent_governors",
    "intent_map",
    "kept_intent_roots",
    "kept_intent_governors",
    "embedding_roots",
    "attempt_words",
    "suppress_codes",
    "speaker_pronouns",
    "reported_pronouns",
    "nominal_absorbing_roots",
    "requested_act_roots",
    "same_purpose_roots",
    "fallback_target_preps",
    "future_as_intent",
    "imminent_governors",
    "reporting_verbs",
    "topic_noun_roots",
    "purpose_roots",
    "purpose_governor_roots",
    "obligation_modals",
    "obligation_map",
    "refusal_map",
    "petrarch_mode",
    "verbs_as_written_first",
    "conjoined_modifier_actors",
    "discard_sentences",
    "discard_stories",
    "asserted_transforms",
    "means_preps",
    "incident_marks",
    "told_violence_roots",
    "accusing_preps",
    "fire_nouns",
    "headline_participles",
    "accusing_roots",
    "told_violence_skip",
    "told_after_roots",
    "told_after_marks",
    "result_verbs",
    "accident_subjects",
    "inner_target_preps",
    "aiming_verbs",
    "nominal_inner_preps",
    "local_codes",
    "background_marks",
    "background_preps",
    "container_nouns",
    "circumstance_preps",
    "complement_target_preps",
    "transparent_verbs",
    "future_threat_map",
    "time_frame_nouns",
    "participle_background_roots",
    "weapon_codes",
    "span_source_roots",
    "occurrence_roots",
    "occurrence_verbs",
    "occurrence_spans",
    "occurrence_frame_preps",
    "occurrence_cause_preps",
    "occurrence_cause_codes",
    "occurrence_report_verbs",
    "speaker_span_roots",
    "statement_code",
    "statement_verbs",
    "home_visit_codes",
    "span_source_people",
    "verbal_violence",
    "victim_targets",
    "spoken_judgement",
    "past_record",  # (combine/records.py)
    *RULE_KEYS,
    "confidence",
}


class _LineLoader(_FastSafeLoader):  # type: ignore[valid-type,misc]
    """A YAML loader that records each mapping's line as ``__line__`` (for error messages).

    Only ``true``/``false`` are booleans: prepositions such as ``on`` and ``off`` stay words.
    """


_LineLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_LineLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping_with_line(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping: dict[str, Any] = dict(yaml.SafeLoader.construct_mapping(loader, node, deep=True))  # type: ignore[arg-type]  # YAML keys here are strings
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def patterns_dir(name: str) -> Path:
    base = Path(str(resources.files("wirecoder") / "data" / "patterns"))
    path = base / name
    if not path.is_dir():
        known = sorted(p.name for p in base.iterdir() if p.is_dir())
        raise ConfigError(f"unknown pattern set '{name}'; packaged sets: {', '.join(known)} (Settings.patterns)")
    return path


def _words(value: Any, path: Path, line: int | None, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(str(path), f"{what} must be a list of words", line)
    return tuple(v.strip().lower() for v in value)


def _roles(value: Any, path: Path, line: int | None, nominal: bool) -> tuple[str, ...] | None:
    if value is None:
        return None
    roles = _words(value, path, line, "roles")
    for role in roles:
        ok = (not nominal and (role in ROLE_NAMES or (role.startswith("prep:") and len(role) > 5))) or (
            nominal and (role.isalpha() or role.startswith("prep:"))
        )
        if not ok:
            raise DataError(
                str(path), f"unknown role '{role}' (use {', '.join(sorted(ROLE_NAMES))} or prep:<preposition>)", line
            )
    if nominal:
        roles = tuple(r if r.startswith("prep:") else f"prep:{r}" for r in roles)
    return roles


def _check_code(code: Any, onto: Ontology, path: Path, line: int | None) -> str | None:
    if code is None:
        return None
    code = str(code)
    if code not in onto.cameo:
        raise DataError(str(path), f"unknown CAMEO code '{code}'", line)
    return code


def _check_mode(mode: Any, onto: Ontology, path: Path, line: int | None) -> str | None:
    if mode is None:
        return None
    modes = {m for spec in onto.plover_types.values() for m in spec.get("modes", [])}
    if mode not in modes:
        raise DataError(str(path), f"unknown PLOVER mode '{mode}'", line)
    return str(mode)


def _frame(raw: Any, onto: Ontology, path: Path, entry_id: str, i: int, nominal: bool) -> Frame:
    if not isinstance(raw, dict):
        raise DataError(str(path), f"{entry_id}: frame {i} must be a mapping")
    line = raw.get("__line__")
    unknown = set(raw) - FRAME_KEYS
    if unknown:
        raise DataError(str(path), f"{entry_id}: unknown frame key(s) {', '.join(sorted(unknown))}", line)
    if "code" not in raw:
        raise DataError(str(path), f"{entry_id}: frame {i} has no 'code' (use null for 'no event')", line)
    preps: list[tuple[str, tuple[str, ...] | None]] = []
    for prep, objs in (raw.get("prep") or {}).items():
        if prep == "__line__":
            continue
        preps.append((str(prep).lower(), None if objs in ("any", None) else _words(objs, path, line, "prep objects")))
    return Frame(
        id=str(raw.get("id") or f"{entry_id}#{i}"),
        code=_check_code(raw["code"], onto, path, line),
        mode=_check_mode(raw.get("mode"), onto, path, line),
        source=_roles(raw.get("source"), path, line, nominal),
        target=_roles(raw.get("target"), path, line, nominal),
        dobj=_words(raw["dobj"], path, line, "dobj") if "dobj" in raw else None,
        prep=tuple(preps),
        xcomp=_words(raw["xcomp"], path, line, "xcomp") if "xcomp" in raw else None,
        text=_words(raw["text"], path, line, "text") if "text" in raw else None,
        money=bool(raw.get("money", False)),
        negated_xcomp=bool(raw.get("negated_xcomp", False)),
        subj=_words(raw["subj"], path, line, "subj") if "subj" in raw else None,
        negated=bool(raw.get("negated", False)),
        xcomp_subject=bool(raw.get("xcomp_subject", False)),
        comp_subj=_words(raw["comp_subj"], path, line, "comp_subj") if "comp_subj" in raw else None,
        before=_sequence(raw.get("before"), path, line, "before"),
        after=_sequence(raw.get("after"), path, line, "after"),
        mutual=bool(raw.get("mutual", False)),
        skip=int(raw.get("skip", 0)),
        reverse=_check_code(raw.get("reverse"), onto, path, line),
        tallied=bool(raw.get("tallied", False)),
    )


def _sequence(value: Any, path: Path, line: int | None, what: str) -> tuple[tuple[str, ...], ...]:
    """A word sequence: a list whose items are words or lists of alternative words."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DataError(str(path), f"{what} must be a list of words (or of lists of alternatives)", line)
    return tuple(_words(v, path, line, what) for v in value)


def _entries(path: Path, key: str, onto: Ontology, origin: str) -> list[Pattern]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataError(
            str(path), f"not valid YAML: {getattr(exc, 'problem', exc)}", mark.line + 1 if mark else None
        ) from None
    raw_entries = data.get(key)
    if not isinstance(raw_entries, list):
        raise DataError(str(path), f"expected a top-level '{key}:' list")
    nominal = key == "nouns"
    out: list[Pattern] = []
    seen: set[str] = set()
    for raw in raw_entries:
        line = raw.get("__line__") if isinstance(raw, dict) else None
        if not isinstance(raw, dict) or "id" not in raw or "lemmas" not in raw:
            raise DataError(str(path), "each entry needs 'id' and 'lemmas'", line)
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            raise DataError(str(path), f"{raw['id']}: unknown key(s) {', '.join(sorted(unknown))}", line)
        entry_id = str(raw["id"])
        if entry_id in seen:
            raise DataError(str(path), f"pattern id '{entry_id}' is used twice", line)
        seen.add(entry_id)
        frames = tuple(_frame(f, onto, path, entry_id, i, nominal) for i, f in enumerate(raw.get("frames") or [], 1))
        code = _check_code(raw.get("code"), onto, path, line)
        mode = _check_mode(raw.get("mode"), onto, path, line)
        for of_key in ("of", "poss"):
            if raw.get(of_key, "target") not in ("target", "source", "none"):
                raise DataError(str(path), f"{entry_id}: '{of_key}' must be target, source or none", line)
        defaults = Pattern("", "", "", (), None, origin)
        source = _roles(raw.get("source"), path, line, nominal)
        target = _roles(raw.get("target"), path, line, nominal)
        if nominal:
            source = ("prep:by",) + (source or ())
            target = target or ("prep:on", "prep:against")
        for lemma in _words(raw["lemmas"], path, line, "lemmas"):
            parts = lemma.split()
            head, extra = (parts[-1], tuple(parts[:-1])) if nominal else (parts[0], tuple(parts[1:]))
            out.append(
                Pattern(
                    id=entry_id,
                    kind="noun" if nominal else "verb",
                    head=head,
                    extra=extra,
                    code=code,
                    origin=origin,
                    mode=mode,
                    pos=_words(raw["pos"], path, line, "pos") if "pos" in raw else defaults.pos,
                    source=source or defaults.source,
                    target=target or defaults.target,
                    frames=frames,
                    of=str(raw.get("of", "target")),
                    poss=str(raw.get("poss", "source")),
                    reverse=_check_code(raw.get("reverse"), onto, path, line),
                )
            )
            if raw.get("inherit", False) is True:
                out[-1] = _inherit(out[-1])
            elif raw.get("inherit") == "head":  # a phrasal verb beside PETRARCH2's plain entry of its head
                out[-1] = replace(out[-1], origin=out[-1].origin + _BESIDE)
    return out


_INHERIT = "+petrarch2"
_BESIDE = "+beside"


def _inherit(p: Pattern) -> Pattern:
    """Mark a hand-written pattern that takes the PETRARCH2 frames of its lemma after its own."""
    from dataclasses import replace

    return replace(p, origin=p.origin + _INHERIT)


def _index(hand: list[Pattern], derived: list[Pattern]) -> dict[str, list[Pattern]]:
    from dataclasses import replace

    table: dict[str, list[Pattern]] = {}
    for p in hand:
        table.setdefault(p.head, []).append(p)
    for p in derived:
        own = table.get(p.head)
        if own is None:
            table[p.head] = [p]
            continue
        same = [q for q in own if q.extra == p.extra]
        if not same and any(q.origin.endswith(_BESIDE) for q in own):
            own.append(p)  # "hammer out" of ours leaves PETRARCH2's "hammer" as it is
        if same and any(q.origin.endswith(_INHERIT) for q in same) and p.frames:
            own.append(replace(p, code=None))  # its frames only; the hand-written default code wins
    for pats in table.values():
        pats.sort(key=lambda q: -len(q.extra))  # phrasal / multi-word patterns first (stable otherwise)
    return table


def _config(path: Path) -> CoderConfig:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or {}
    data.pop("__line__", None)
    unknown = set(data) - CONFIG_KEYS
    if unknown:
        raise DataError(str(path), f"unknown key(s) {', '.join(sorted(unknown))}")
    ordered = {"fallback_target_preps", "complement_target_preps"}
    flags = {"future_as_intent", "petrarch_mode", "verbs_as_written_first", "conjoined_modifier_actors"}
    for key in flags:
        if key in data and not isinstance(data[key], bool):
            raise DataError(str(path), f"'{key}' must be true or false")
    sets: dict[str, Any] = {
        k: frozenset(str(x).lower() for x in data.get(k) or [])
        for k in CONFIG_KEYS
        - ordered
        - flags
        - {"intent_map", "obligation_map", "refusal_map", "local_codes", "future_threat_map", "weapon_codes"}
        - {"headline_participles"}
        - {"span_source_people", "verbal_violence", "victim_targets", "statement_code", "spoken_judgement"}
        - {"past_record"}
        - set(RULE_KEYS)
        - {"confidence"}
    }
    if "reporting_verbs" not in data:  # the speech verbs' "reporting" subset (data/lexicon/speech_verbs.yaml)
        sets["reporting_verbs"] = subset("speech_verbs", "reporting")
    # petrarch_mode: PETRARCH2's reading of words, and its rules where the config lists none
    petrarch = bool(data.get("petrarch_mode", False))
    defaults = PETRARCH2_RULES if petrarch else DEFAULT_RULES
    sets.update({k: rule_names(data, k, path, defaults[k]) for k in RULE_KEYS})
    sets.update({k: bool(data.get(k, k == "future_as_intent" or petrarch)) for k in flags - {"petrarch_mode"}})
    sets.update({k: tuple(str(x).lower() for x in data.get(k) or []) for k in ordered})
    intent = {str(k): str(v) for k, v in (data.get("intent_map") or {}).items() if k != "__line__"}
    obligation = {str(k): str(v) for k, v in (data.get("obligation_map") or {}).items() if k != "__line__"}
    refusal = {str(k): str(v) for k, v in (data.get("refusal_map") or {}).items() if k != "__line__"}
    local = frozenset(str(x).upper() for x in data.get("local_codes") or [])
    bad = sorted(c for c in local if not re.fullmatch(r"\d{2,4}[A-Z]?", c))
    if bad:
        raise DataError(str(path), f"local_codes: '{bad[0]}' is not a code (2-4 digits, an optional letter)")
    threat = {str(k): str(v) for k, v in (data.get("future_threat_map") or {}).items() if k != "__line__"}
    weapons = {str(k).lower(): str(v) for k, v in (data.get("weapon_codes") or {}).items() if k != "__line__"}
    participles = {
        str(k).lower(): str(v) for k, v in (data.get("headline_participles") or {}).items() if k != "__line__"
    }
    return CoderConfig(
        confidence=_confidence_weights(data.get("confidence"), path),
        weapon_codes=weapons,
        headline_participles=participles,
        statement_code=str(data.get("statement_code") or ""),
        span_source_people=_word_lists(data, "span_source_people"),
        verbal_violence=_word_lists(data, "verbal_violence"),
        victim_targets=_word_lists(data, "victim_targets"),
        spoken_judgement=_word_lists(data, "spoken_judgement"),
        past_record=_word_lists(data, "past_record"),
        intent_map=intent,
        obligation_map=obligation,
        refusal_map=refusal,
        local_codes=local,
        future_threat_map=threat,
        **sets,
    )


def _word_lists(data: dict[str, Any], key: str) -> dict[str, frozenset[str]]:
    """A config mapping of named word lists (``span_source_people: {endings: [...], ...}``); a scalar is a
    one-word list."""
    raw = data.get(key) or {}
    return {
        str(k): frozenset(str(x).lower() for x in (v if isinstance(v, list) else [v]))
        for k, v in raw.items()
        if k != "__line__"
    }


def _confidence_weights(raw: Any, path: Path) -> dict[str, float]:
    """The default confidence weights with those the config sets; an unknown name or a non-number fails."""
    weights = dict(DEFAULT_CONFIDENCE)
    for key, value in (raw or {}).items():
        if key == "__line__":
            continue
        if key not in weights:
            raise DataError(str(path), f"confidence: unknown weight '{key}' (known: {', '.join(weights)})")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DataError(str(path), f"confidence: '{key}' must be a number")
        weights[key] = float(value)
    return weights


#: The modules whose source decides what a cached pattern set holds (package-relative).
_PATTERN_MODULES = (
    "coding/patterns.py",
    "coding/model.py",
    "coding/config.py",
    "coding/registry.py",
    "coding/transforms.py",
    "coding/ontology.py",
    "yamlfiles.py",
)


@lru_cache(maxsize=4)
def load_patterns(name: str = "cameo.v1", directory: str | None = None) -> PatternSet:
    """Load, validate and index the pattern set ``name`` (once per process); ``directory`` overrides
    the packaged one (an analyst's edited copy). The built set comes from the disk cache when no pattern
    file, ontology file or loader module has changed since it was stored (``diskcache``)."""
    base = Path(directory) if directory else patterns_dir(name)
    onto_dir = ontology_dir()
    files = [*sorted(p for p in base.iterdir() if p.is_file()), *sorted(p for p in onto_dir.iterdir() if p.is_file())]
    files.append(LEXICON_DIR / "speech_verbs.yaml")  # the default reporting_verbs
    return cached(f"patterns-{name}", files, _PATTERN_MODULES, lambda: _build_patterns(name, base), PatternSet)


def _build_patterns(name: str, base: Path) -> PatternSet:
    config = _config(base / "config.yaml")
    onto = load_ontology().extended(config.local_codes)
    hand = _entries(base / "verbs.yaml", "verbs", onto, "wirecoder")
    derived = (
        _entries(base / "verbs.petrarch.yaml", "verbs", onto, "petrarch2")
        if (base / "verbs.petrarch.yaml").exists()
        else []
    )
    nouns = _entries(base / "nouns.yaml", "nouns", onto, "wirecoder")
    for code in [
        *config.intent_map.values(),
        *config.obligation_map.values(),
        *config.refusal_map.values(),
        *config.future_threat_map.values(),
        *config.weapon_codes.values(),
        *config.verbal_violence.get("code", ()),
    ]:
        _check_code(code, onto, base / "config.yaml", None)
    noun_index = _index(nouns, [])
    config = replace(config, event_nouns=frozenset(noun_index))
    known = lambda code: code in onto.cameo  # noqa: E731
    transforms = load_transforms(base / "verbs.petrarch.yaml", known) + load_transforms(base / "transforms.yaml", known)
    return PatternSet(name, _index(hand, derived), noun_index, config, transforms)
