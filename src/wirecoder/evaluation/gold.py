"""Readers of the gold sets into one neutral record, ``GoldItem``.

Three formats (see docs/evaluation.md):

- ``plover-gsr``: the PLOVER gold-standard records (a JSON list; 0.5b1 event labels mapped to v2.0
  by ``data/ontology/plover_0.5_to_2.0.yaml``; compound sources/targets expanded into one coding per
  source-target pair, as CAMEO-style coders do).
- ``petr-xml``: PETRARCH validation files (``<Sentence id date>``, ``<EventCoding sourcecode
  targetcode eventcode>``, ``<Text>``). The files are not always well-formed XML ('#' banner lines
  before the root, ``<Sentence .../>`` that does not enclose its codings), so they are read as a
  stream of tags: everything from one ``<Sentence`` to the next belongs to it.
- ``petr-unit``: PETRARCH2's unit-test records: the ``petr-xml`` shape, read the same way.

A record with ``<EventCoding noevents="True">`` (or an ``error="..."`` one: PETRARCH was expected
to discard the sentence or reject its parse) expects no event: ``GoldItem.expect_none``.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from ..errors import DataError

FORMATS = ("plover-gsr", "petr-xml", "petr-unit", "wikinews-dev", "ucdp")


class GoldCoding(NamedTuple):
    """One expected event: CAMEO actor codes (normalised, upper case), CAMEO code, PLOVER v2.0 type."""

    source: str | None
    target: str | None
    cameo: str | None
    plover: str | None


@dataclass
class GoldItem:
    """One gold sentence and the events it should yield."""

    id: str
    text: str
    date: str | None  # ISO date, or None
    codings: list[GoldCoding] = field(default_factory=list)
    expect_none: bool = False  # the record says the sentence yields no event
    note: str | None = None  # "noevents", "error:dateline", ... when expect_none


# --------------------------------------------------------------------------- codes


def actor_code(code: str | None, sector: str | None = None) -> str | None:
    """A gold actor code in one spelling: upper case, no quotes; ``sector`` (PLOVER GSR) appended.

    PETRARCH writes codes as country (or IGO/NGO/IMG/``---``) plus 3-letter chunks ("USAGOV",
    "IGOUNO", "---GOV"). A quoted "new actor" text ('"INJURY TOLL"') is kept as that text: it can
    never match, which is what it means. Empty codes, and PETRARCH's bare ``---`` (no actor found:
    "CAL -> --- 222" is an event without a target), are None.
    """
    if code is None:
        return None
    text = str(code).strip().strip('"').strip()
    if not text:
        return None
    text = text.upper()
    if text == "---" and not sector:
        return None
    if sector:
        sec = str(sector).strip().upper()
        if sec and sec != "***":
            text += sec
    return text


def iso_date(value: str | None) -> str | None:
    """'20080804' or '2008-08-04' -> '2008-08-04'; anything else -> None."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    if len(digits) == 8:
        return f"{digits[:4]}-{digits[4:6]}-{digits[6:]}"
    return None


def _clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


# --------------------------------------------------------------------------- PLOVER GSR


def _gsr_data() -> dict[str, Any]:
    path = Path(str(resources.files("wirecoder") / "data" / "ontology" / "plover_0.5_to_2.0.yaml"))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise DataError(str(path), f"not valid YAML: {exc}", None if line is None else line + 1) from exc
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise DataError(str(path), "expected a mapping with a 'labels' mapping")
    legacy = data.get("legacy_country_codes") or {}
    if not isinstance(legacy, dict) or not all(
        re.fullmatch(r"[A-Z]{3}", str(k)) and re.fullmatch(r"[A-Z]{3}", str(v)) for k, v in legacy.items()
    ):
        raise DataError(str(path), "legacy_country_codes must map 3-letter codes to ISO-3 codes")
    data["_path"] = str(path)
    return data


@lru_cache(maxsize=1)
def legacy_country_codes() -> dict[str, str]:
    """Old CAMEO country codes found in the GSR -> the ISO-3 codes they stand for."""
    return {str(k): str(v) for k, v in (_gsr_data().get("legacy_country_codes") or {}).items()}


@lru_cache(maxsize=1)
def plover_label_map() -> tuple[dict[str, str], frozenset[str]]:
    """PLOVER 0.5b1 label -> v2.0 type, and the labels that are not events (from the package data)."""
    data = _gsr_data()
    path = data["_path"]
    mapping: dict[str, str] = {}
    for label, entry in data["labels"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("type"), str):
            raise DataError(path, f"label {label!r}: expected {{type: V2TYPE}}")
        mapping[str(label).upper()] = entry["type"].upper()
    return mapping, frozenset(str(s).upper() for s in data.get("skip") or [])


def _actors(value: Any) -> list[str | None]:
    """The codes of a GSR source/target field (a list of {actorText, code, sector}, "" or absent)."""
    if not isinstance(value, list) or not value:
        return [None]
    legacy = legacy_country_codes()
    codes = [
        actor_code(legacy.get(str(a.get("code")), a.get("code")), a.get("sector")) for a in value if isinstance(a, dict)
    ]
    return codes or [None]


def read_plover_gsr(path: str | Path) -> list[GoldItem]:
    """The PLOVER GSR records (DOCUMENT records skipped), types mapped to PLOVER v2.0."""
    path = Path(path)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(
            str(path), f"not valid JSON ({exc.msg}); if it is a PETRARCH XML file, use --format petr-xml", exc.lineno
        ) from exc
    if not isinstance(records, list):
        raise DataError(str(path), "expected a JSON list of records")
    mapping, skip = plover_label_map()
    items: list[GoldItem] = []
    for rec in records:
        label = str(rec.get("event", "")).upper()
        if label in skip or not rec.get("text"):
            continue
        if label not in mapping:
            raise DataError(
                str(path),
                f"record {rec.get('id')}: PLOVER label {label!r} has no v2.0 mapping "
                "in data/ontology/plover_0.5_to_2.0.yaml",
            )
        codings = [
            GoldCoding(src, tgt, None, mapping[label])
            for src in _actors(rec.get("source"))
            for tgt in _actors(rec.get("target"))
        ]
        text = _clean_text(rec["text"])
        if text.startswith("{") and text.endswith("}"):  # a few GSR sentences are wrapped in braces
            text = text[1:-1].strip()
        items.append(GoldItem(str(rec.get("id")), text, iso_date(rec.get("date")), codings))
    return items


# --------------------------------------------------------------------------- PETRARCH XML

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>", re.S)
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r"""(\w+)\s*=\s*("([^"]*)"|'([^']*)')""")


def _attrs(raw: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(3) if m.group(3) is not None else m.group(4)) for m in _ATTR.finditer(raw)}


def read_petr_xml(path: str | Path) -> list[GoldItem]:
    """Sentences of a PETRARCH validation / unit-test file with their expected codings."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"not UTF-8 ({exc.reason})") from exc
    body = _COMMENT.sub("", raw)
    starts = list(_SENTENCE.finditer(body))
    if not starts:
        raise DataError(str(path), "no <Sentence> records found; is this a PETRARCH validation file?")
    ontology = _crosswalk()
    items: list[GoldItem] = []
    for i, m in enumerate(starts):
        chunk = body[m.end() : starts[i + 1].start() if i + 1 < len(starts) else len(body)]
        attrs = _attrs(m.group(1))
        sid = attrs.get("id", f"sentence-{i + 1}").strip()
        if attrs.get("evaluate", "true").lower() == "false":
            continue
        text_m = _TEXT.search(chunk)
        if not text_m:
            line = body.count("\n", 0, m.start()) + 1
            raise DataError(str(path), f"sentence {sid} has no <Text>", line)
        item = GoldItem(sid, _clean_text(text_m.group(1)), iso_date(attrs.get("date")))
        for c in _CODING.finditer(chunk):
            ca = _attrs(c.group(1))
            if "noevents" in ca:
                item.expect_none, item.note = True, "noevents"
            elif "error" in ca:
                item.expect_none, item.note = True, f"error:{ca['error']}"
            else:
                code = (ca.get("eventcode") or "").strip() or None
                item.codings.append(
                    GoldCoding(actor_code(ca.get("sourcecode")), actor_code(ca.get("targetcode")), code, ontology(code))
                )
        items.append(item)
    return items


def _crosswalk():  # type: ignore[no-untyped-def]
    """CAMEO code -> PLOVER v2.0 type via the package's crosswalk (None for codes it does not know)."""
    from ..coding.ontology import load_ontology

    crosswalk = load_ontology().crosswalk

    def plover(code: str | None) -> str | None:
        if not code:
            return None
        hit = crosswalk.get(code)
        return hit[0] if hit else None

    return plover


READERS = {"plover-gsr": read_plover_gsr, "petr-xml": read_petr_xml, "petr-unit": read_petr_xml}


def read_gold(path: str | Path, fmt: str) -> list[GoldItem]:
    """Read a gold file of format ``fmt`` (one of ``FORMATS``)."""
    if fmt not in READERS:
        raise ValueError(f"unknown sentence gold format {fmt!r}; expected one of {', '.join(READERS)}")
    return READERS[fmt](path)


def guess_format(path: str | Path) -> str:
    """The format of a gold file from its name and first bytes."""
    p = Path(path)
    name = p.name.lower()
    if "unittest" in name:
        return "petr-unit"
    with p.open("rb") as fh:
        head = fh.read(4096).lstrip()
    if head.startswith(b"{"):  # JSON lines: wikinews-dev sentences carry a "sid", UCDP headlines a "gold"
        first = head.split(b"\n", 1)[0]
        if b'"sid"' in first and b'"events"' in first:
            return "wikinews-dev"
        if b'"gold"' in first:
            return "ucdp"
    if head.startswith(b"[") or head.startswith(b"{"):
        return "plover-gsr"
    return "petr-xml"
