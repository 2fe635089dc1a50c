"""Actor resolution scores on the gold sets: is each gold actor resolved to the right country and sector?

- PLOVER GSR (``plover-gsr``): every source/target actor has its text, code and sector. The sentence
  runs through clean -> nlp -> dates -> actors; the mention covering the gold text is the prediction
  (the shortest resolved, non-place mention overlapping it; none = a miss). Country level compares the
  CAMEO country (first three letters, old codes mapped as in ``gold.legacy_country_codes``); sector level
  compares country + the first agent code, over gold actors that have a sector. Precision = correct /
  predicted, recall = correct / gold.
- PETRARCH2 AFP validation (``petr2-afp``): codes only, no text. Per sentence, recall = gold source and
  target codes found among the codes of the sentence's resolved mentions; precision = resolved mentions
  whose code is one of the sentence's gold codes (a sentence names more actors than its events use, so
  this precision is a lower bound).
PETRARCH2's unit tests use fictional actors (Arnor, Gondor) and are not scored here.

Entry point: ``evaluate_actors(gold_dir)`` -> ``ActorScores``; ``ActorScores.as_dict()`` / ``.lines()``.
The CLI: ``wirecoder actors score``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..article import Actor, Article, Mention
from ..errors import DataError, WirecoderError
from ..pipeline import Pipeline
from ..settings import Settings
from .gold import legacy_country_codes, read_petr_xml

# Gold agent codes that the sector scheme spells differently.
SECTOR_SYNONYMS = {"CIV": "CVL", "JRN": "MED", "MOS": "REL", "CHR": "REL", "SOC": "CVL", "PRO": "OPP"}
_NO_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "---", "UIS"}


@dataclass
class PR:
    """Counts for precision and recall."""

    correct: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "correct": self.correct,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass
class SetActorScore:
    """Country- and sector-level scores of one gold set."""

    name: str
    country: PR = field(default_factory=PR)
    sector: PR = field(default_factory=PR)
    items: int = 0
    skipped: int = 0  # sentences the pipeline rejected (empty after cleaning)
    as_place: int = 0  # gold actors the resolver took for a location ("talks in Tokyo"): not actors by design
    errors: list[dict[str, Any]] = field(default_factory=list)  # a sample of misses, for reading

    def as_dict(self) -> dict[str, Any]:
        return {
            "set": self.name,
            "items": self.items,
            "skipped": self.skipped,
            "as_place": self.as_place,
            "country": self.country.as_dict(),
            "sector": self.sector.as_dict(),
            "errors": self.errors[:50],
        }


@dataclass
class ActorScores:
    sets: list[SetActorScore]

    def as_dict(self) -> dict[str, Any]:
        return {"actors": [s.as_dict() for s in self.sets]}

    def lines(self) -> list[str]:
        out = []
        for s in self.sets:
            for level, pr in (("country", s.country), ("sector", s.sector)):
                out.append(
                    f"{s.name:11} {level:8} P {pr.precision:.3f}  R {pr.recall:.3f}  F1 {pr.f1:.3f}  "
                    f"({pr.correct} correct / {pr.predicted} predicted / {pr.gold} gold)"
                )
            if s.as_place:
                out.append(f"{s.name:11} {s.as_place} gold actors were resolved as places (a location, not an actor)")
        return out


# ----------------------------------------------------------------------------- helpers


def actor_pipeline(settings: Settings | None = None) -> Pipeline:
    """clean -> nlp -> dates -> actors, set up for short gold sentences."""
    from ..actors import ActorStage
    from ..clean import CleanStage
    from ..dates import TimeStage
    from ..nlp import NlpStage

    base = replace(settings or Settings.from_env(), check_language=False, min_words=0)
    return Pipeline(base, [CleanStage(base), NlpStage(base), TimeStage(base), ActorStage(base)])


def gold_country(code: str | None) -> str | None:
    """The country part of a gold code ("USAGOV" -> "USA", old "JAP" -> "JPN"); None for IGO, NGO, ---."""
    if not code or len(code) < 3:
        return None
    head = code[:3].upper()
    if head in _NO_COUNTRY:
        return head  # scored as a code of its own: an IGO must come out as IGO
    return legacy_country_codes().get(head, head)


def gold_sector(sector: str | None) -> str | None:
    if not sector:
        return None
    head = str(sector).strip()[:3].upper()
    if not head or head == "***":
        return None
    return SECTOR_SYNONYMS.get(head, head)


def predicted(actor: Actor | None, sectors: dict[str, Any] | None = None) -> tuple[str | None, str | None]:
    """(country part, sector agent code) of a resolved actor, in CAMEO spelling."""
    if actor is None:
        return None, None
    cameo = (actor.cameo or "").upper()
    if actor.country:
        country: str | None = actor.country  # ISO-3: the KB's CAMEO spelling may be an old code (ROM)
    else:
        country = legacy_country_codes().get(cameo[:3], cameo[:3]) if len(cameo) >= 3 else None
    sector = actor.sector
    if sectors and sector in sectors:
        sector = sectors[sector].cameo
    if country in _NO_COUNTRY:
        sector = cameo[3:6] or sector
    elif len(cameo) == 3 and cameo.isalpha():
        sector = None  # a state named bare: its CAMEO code is the bare country code (sector GOV is ours only)
    return country, SECTOR_SYNONYMS.get(sector or "", sector)


def covering_mention(article: Article, start: int, end: int) -> Mention | None:
    """The mention that stands for text[start:end], among resolved, non-place mentions: the longest one
    inside the span that has a sector ("Egyptian" in "French and Egyptian warships" for "Egyptian
    warships"), else the shortest one containing the span, else the one overlapping it most."""
    live = [
        m for m in article.mentions if m.actor is not None and m.kind != "place" and m.end > start and m.start < end
    ]
    inside = [m for m in live if m.start >= start and m.end <= end and m.actor is not None and m.actor.sector]
    if inside:
        return max(inside, key=lambda m: (m.end - m.start, -m.start))
    around = [m for m in live if m.start <= start and m.end >= end]
    if around:
        return min(around, key=lambda m: m.end - m.start)
    if live:
        return max(live, key=lambda m: (min(end, m.end) - max(start, m.start), -(m.end - m.start)))
    return None


def find_span(text: str, phrase: str) -> tuple[int, int] | None:
    """Where ``phrase`` is in ``text`` (case and spacing ignored)."""
    words = [re.escape(w) for w in phrase.split()]
    if not words:
        return None
    m = re.search(r"\b" + r"\s+".join(words), text, re.I)
    return (m.start(), m.end()) if m else None


def _kb_sectors(pipeline: Pipeline) -> dict[str, Any]:
    for stage in pipeline.stages:
        kb = getattr(stage, "kb", None)
        if kb is not None:
            return kb.sectors
    return {}


# ----------------------------------------------------------------------------- the sets


def _gsr_records(path: Path) -> list[dict[str, Any]]:
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(str(path), f"cannot read the PLOVER GSR: {exc}") from exc
    return [r for r in records if isinstance(r, dict) and r.get("text")]


def score_plover_gsr(path: Path, pipeline: Pipeline, limit: int | None = None) -> SetActorScore:
    """Each gold actor text resolved in its sentence, against its code and sector."""
    score = SetActorScore("plover-gsr")
    sectors = _kb_sectors(pipeline)
    legacy = legacy_country_codes()
    for rec in _gsr_records(path)[:limit]:
        text = re.sub(r"\s+", " ", rec["text"]).strip().strip("{}").strip()
        actors = [
            a
            for k in ("source", "target")
            if isinstance(rec.get(k), list)
            for a in rec[k]
            if isinstance(a, dict) and a.get("actorText") and a.get("code")
        ]
        if not actors:
            continue
        article = _run(
            pipeline,
            Article(
                raw=text,
                source=f"gold:plover-gsr:{rec.get('id')}",
                id=str(rec.get("id")),
                published=_iso(rec.get("date")),
            ),
            score,
        )
        if article is None:
            continue
        score.items += 1
        for gold in actors:
            code = str(gold["code"]).strip().upper()
            g_country = gold_country(legacy.get(code[:3], code[:3]) + code[3:])
            g_sector = gold_sector(gold.get("sector")) or gold_sector(code[3:6] if len(code) >= 6 else None)
            span = find_span(article.text, str(gold["actorText"]))
            mention = covering_mention(article, *span) if span else None
            p_country, p_sector = predicted(mention.actor if mention else None, sectors)
            if (
                mention is None
                and span
                and any(m.kind == "place" and m.start < span[1] and m.end > span[0] for m in article.mentions)
            ):
                score.as_place += 1
            _count(score, g_country, g_sector, p_country, p_sector)
            if (p_country, p_sector if g_sector else None) != (g_country, g_sector):
                score.errors.append(
                    {
                        "id": rec.get("id"),
                        "text": gold["actorText"],
                        "gold": [g_country, g_sector],
                        "predicted": [p_country, p_sector],
                        "mention": mention.text if mention else None,
                    }
                )
    return score


def _count(
    score: SetActorScore, g_country: str | None, g_sector: str | None, p_country: str | None, p_sector: str | None
) -> None:
    if g_country:
        score.country.gold += 1
    if p_country:
        score.country.predicted += 1
        score.country.correct += bool(g_country and p_country == g_country)
    if g_country in _NO_COUNTRY:
        g_sector = None  # an IGO's gold sector is a PLOVER sector, the KB's an organisation code: country level only
    if g_country and g_sector:
        score.sector.gold += 1
        if p_country and p_sector:
            score.sector.predicted += 1
            score.sector.correct += (p_country, p_sector) == (g_country, g_sector)


def score_petr_codes(
    path: Path, pipeline: Pipeline, name: str = "petr2-afp", limit: int | None = None
) -> SetActorScore:
    """Sentence-level: gold source/target codes against the codes of the sentence's resolved mentions."""
    score = SetActorScore(name)
    sectors = _kb_sectors(pipeline)
    for item in read_petr_xml(path)[:limit]:
        gold: set[tuple[str | None, str | None]] = set()
        for c in item.codings:
            for code in (c.source, c.target):
                if code and len(code) >= 3 and not code.startswith('"'):
                    gold.add((gold_country(code), gold_sector(code[3:6]) if len(code) >= 6 else None))
        if not gold:
            continue
        article = _run(
            pipeline, Article(raw=item.text, source=f"gold:{name}:{item.id}", id=item.id, published=item.date), score
        )
        if article is None:
            continue
        score.items += 1
        found = {predicted(m.actor, sectors) for m in article.mentions if m.actor is not None and m.kind != "place"}
        found_countries = {c for c, _ in found if c}
        gold_countries = {c for c, _ in gold if c}
        score.country.gold += len(gold_countries)
        score.country.predicted += len(found_countries)
        score.country.correct += len(gold_countries & found_countries)
        gold_full = {g for g in gold if g[0] and g[1]}
        found_full = {f for f in found if f[0] and f[1]}
        score.sector.gold += len(gold_full)
        score.sector.predicted += len(found_full)
        score.sector.correct += len(gold_full & found_full)
        missing = gold_full - found_full
        if missing:
            score.errors.append(
                {"id": item.id, "gold": sorted(map(list, gold_full)), "predicted": sorted(map(list, found_full))}
            )
    return score


def _run(pipeline: Pipeline, article: Article, score: SetActorScore) -> Article | None:
    """The article through the pipeline, or None (counted as skipped) when it cannot be coded."""
    try:
        return pipeline(article)
    except WirecoderError:
        score.skipped += 1
        return None


def _iso(value: Any) -> str | None:
    text = str(value or "")
    return text[:10] if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", text) else None


def evaluate_actors(
    gold_dir: Path | None = None,
    settings: Settings | None = None,
    limit: int | None = None,
    sets: Iterable[str] = ("plover-gsr", "petr2-afp"),
) -> ActorScores:
    """Actor resolution scores on the gold sets found under ``gold_dir`` (default: ``run.gold_dir()``)."""
    from .run import gold_dir as default_gold_dir

    base = gold_dir or default_gold_dir()
    pipeline = actor_pipeline(settings)
    out = []
    wanted = set(sets)
    gsr = base / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
    if "plover-gsr" in wanted and gsr.exists():
        out.append(score_plover_gsr(gsr, pipeline, limit))
    afp = base / "universal_petrarch" / "PETR2_GSR_validation.xml"
    if "petr2-afp" in wanted and afp.exists():
        out.append(score_petr_codes(afp, pipeline, "petr2-afp", limit))
    return ActorScores(out)
