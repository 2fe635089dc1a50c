"""The ``wikinews-dev`` set: whole Wikinews articles coded, their labelled sentences scored.

Scoring as the set's README defines it: each article (the corpus line with the gold ``article_id``) is
coded whole; each event goes to the labelled sentence of its article that shares most word tokens with
its evidence sentence (case-folded ``\\w+`` with multiplicity, over the shorter of the two; below 0.6 the
event sits in an unlabelled sentence and is ignored). Per sentence: relevance (has an event), PLOVER
type, ACLED type and whole event (PLOVER type, source country, target country) as multisets; field
accuracy on gold events paired with the first unused event of the same PLOVER type; confidence
reliability with "right" = the event's PLOVER type is among its sentence's gold types.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article, Event, Participant
from ..errors import DataError, InputError
from ..pipeline import Pipeline
from .igo_codes import guide_country
from .reliability import Reliability
from .score import FieldScore

log = logging.getLogger(__name__)

MIN_OVERLAP = 0.6
CORPUS = Path("corpus") / "wikinews-conflict.jsonl"  # relative to the directory above the gold directory
FIELDS = ("relevance", "plover", "acled", "event")
FIELD_LABELS = {
    "relevance": "relevance (sentence has an event)",
    "plover": "PLOVER type",
    "acled": "ACLED event type",
    "event": "whole event (type, source ctry, target ctry)",
}
ACCURACY = ("source_country", "target_country", "location_country", "date", "fatalities")


@dataclass
class LabelledSentence:
    sid: str
    article_id: str
    text: str
    events: list[dict[str, Any]]


@dataclass
class WikinewsScore:
    """The scores of the wikinews-dev set (see the module docstring)."""

    name: str
    format: str = "wikinews-dev"
    path: str = ""
    articles: int = 0
    sentences: int = 0
    gold_events: int = 0
    scored_events: int = 0  # our events that landed on a labelled sentence
    ignored_events: int = 0  # ours on unlabelled sentences
    rejected: int = 0
    seconds: float = 0.0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {k: FieldScore() for k in FIELDS})
    right: Counter[str] = field(default_factory=Counter)
    compared: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)  # gold PLOVER types we did not give
    spurious: Counter[str] = field(default_factory=Counter)  # our PLOVER types gold does not have
    reliability: Reliability = field(default_factory=Reliability)
    crashed: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    field_errors: list[dict[str, Any]] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        """Flat ``{"<field>.<p|r|f1>": v, "<field>.acc": v}`` of the defined scores (the gate's keys)."""
        out: dict[str, float] = {}
        for name, fs in self.fields.items():
            for key, value in (("p", fs.precision), ("r", fs.recall), ("f1", fs.f1)):
                if value is not None:
                    out[f"{name}.{key}"] = value
        for key in ACCURACY:
            if self.compared[key]:
                out[f"{key}.acc"] = self.right[key] / self.compared[key]
        return out

    def lines(self, errors: bool = False) -> list[str]:
        out = [
            f"{self.name} ({self.format}): {self.articles} articles coded whole, {self.sentences} labelled sentences, "
            f"{self.gold_events} gold events; {self.scored_events} of our events on labelled sentences "
            f"({self.ignored_events} elsewhere)"
            f"{f', {self.rejected} rejected' if self.rejected else ''}"
            f"{f', {len(self.crashed)} CRASHED (a bug; see the log)' if self.crashed else ''}; coded in {self.seconds:.1f}s"
        ]
        width = max(len(v) for v in FIELD_LABELS.values())
        out.append(f"  {'field':<{width}}     P     R    F1    tp  pred  gold")
        for name, fs in self.fields.items():
            out.append(
                f"  {FIELD_LABELS[name]:<{width}}  {_num(fs.precision)}  {_num(fs.recall)}  {_num(fs.f1)}"
                f"  {fs.tp:4d}  {fs.n_pred:4d}  {fs.n_gold:4d}"
            )
        out.append("  field accuracy on gold events paired with ours of the same PLOVER type:")
        for key in ACCURACY:
            if self.compared[key]:
                out.append(
                    f"    {key:<18} {self.right[key] / self.compared[key]:5.2f}"
                    f"   ({self.right[key]}/{self.compared[key]})"
                )
        out.extend(self.reliability.lines())
        if errors:
            out.extend(self.error_lines())
        return out

    def error_lines(self) -> list[str]:
        out = ["  missed gold events by PLOVER type: " + _counts(self.missed)]
        out.append("  false events (type not in gold) by PLOVER type: " + _counts(self.spurious))
        out.append(f"  sentences where we differ ({len(self.errors)}):")
        for err in self.errors:
            out.append(f"  - {err['sid']}: {err['sentence']}")
            out += [f"      gold: {g}" for g in err["gold"]] or ["      gold: (no event)"]
            out += [f"      ours: {o}" for o in err["ours"]] or ["      ours: (no event)"]
        by_field: dict[str, list[dict[str, Any]]] = {}
        for fe in self.field_errors:
            by_field.setdefault(fe["field"], []).append(fe)
        for key, items in by_field.items():
            out.append(f"  {key} wrong on paired events ({len(items)}):")
            out += [f"    {fe['sid']} {fe['plover']}: gold {fe['gold']!r}, ours {fe['ours']!r}" for fe in items]
        return out

    def as_dict(self, with_errors: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "name": self.name,
            "format": self.format,
            "path": self.path,
            "articles": self.articles,
            "sentences": self.sentences,
            "gold_events": self.gold_events,
            "scored_events": self.scored_events,
            "ignored_events": self.ignored_events,
            "rejected": self.rejected,
            "crashed": self.crashed,
            "seconds": round(self.seconds, 2),
            "fields": {k: v.as_dict() for k, v in self.fields.items()},
            "accuracy": {k: [self.right[k], self.compared[k]] for k in ACCURACY},
            "metrics": {k: round(v, 4) for k, v in self.metrics().items()},
            "reliability": self.reliability.as_dict(),
            "missed": dict(self.missed.most_common()),
            "spurious": dict(self.spurious.most_common()),
        }
        if with_errors:
            d["errors"] = self.errors
            d["field_errors"] = self.field_errors
        return d


def _num(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in counter.most_common()) or "none"


def tokens(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def overlap(a: Counter[str], b: Counter[str]) -> float:
    """Shared word tokens (with multiplicity) over the shorter text's token count."""
    shorter = min(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / shorter if shorter else 0.0


def read_labelled(path: Path) -> list[LabelledSentence]:
    """The labelled sentences of a wikinews-dev file, in file order."""
    out: list[LabelledSentence] = []
    try:
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                    out.append(
                        LabelledSentence(
                            str(rec["sid"]), str(rec["article_id"]), str(rec["sentence"]), list(rec.get("events") or [])
                        )
                    )
                except json.JSONDecodeError as exc:
                    raise DataError(str(path), f"not valid JSON ({exc.msg})", n) from exc
                except KeyError as exc:
                    raise DataError(str(path), f"not a wikinews-dev record: no field {exc}", n) from exc
                except (TypeError, AttributeError) as exc:
                    raise DataError(str(path), "not a wikinews-dev record (expected a JSON object)", n) from exc
    except UnicodeDecodeError as exc:
        raise DataError(str(path), f"not UTF-8 ({exc.reason})") from exc
    return out


def corpus_path(gold_path: Path) -> Path:
    """The corpus the labelled sentences come from: ``corpus/wikinews-conflict.jsonl`` beside the gold dir."""
    return gold_path.resolve().parent.parent.parent / CORPUS


def read_articles(path: Path, wanted: set[str]) -> dict[str, dict[str, Any]]:
    """Corpus lines (id, title, published, text) whose id is in ``wanted``."""
    if not path.is_file():
        raise DataError(str(path), "corpus file not found (wikinews-dev codes the articles it was labelled from)")
    found: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(str(path), f"not valid JSON ({exc.msg})", n) from exc
            if isinstance(rec, dict) and rec.get("id") in wanted:
                found[str(rec["id"])] = rec
    return found


def _country(side: Any) -> str | None:
    """A gold side's (dict) or our side's country; ours read as the guide writes IGOs ("the African Union": AFR)."""
    if side is None:
        return None
    if isinstance(side, dict):
        value = side.get("country")
    elif isinstance(side, Participant):
        value = guide_country(side)
    else:
        value = getattr(side, "country", None)
    return str(value).upper() if value else None


def gold_triple(ev: dict[str, Any]) -> tuple[str | None, str | None, str | None]:
    return (ev.get("plover"), _country(ev.get("source")), _country(ev.get("target")))


def our_triple(ev: Event) -> tuple[str | None, str | None, str | None]:
    return ((ev.plover or {}).get("type"), _country(ev.source), _country(ev.target))


def _describe_gold(ev: dict[str, Any]) -> str:
    src, tgt = ev.get("source") or {}, ev.get("target") or {}
    acled = ev.get("acled_sub_event_type") or ev.get("acled_event_type")
    killed = ev.get("fatalities")
    return (
        f"{ev.get('plover')}{f' / {acled}' if acled else ''}  "
        f"{src.get('text') or '-'} [{src.get('country') or '-'}] -> {tgt.get('text') or '-'} [{tgt.get('country') or '-'}]"
        f"{'' if killed is None else f'  killed {killed}'}"
    )


def _describe_ours(ev: Event) -> str:
    acled = (ev.acled or {}).get("sub_event_type") or (ev.acled or {}).get("event_type")
    src = ev.source.text if ev.source else "-"
    tgt = ev.target.text if ev.target else "-"
    return (
        f"{(ev.plover or {}).get('type')}{f' / {acled}' if acled else ''}  "
        f"{src} [{_country(ev.source) or '-'}] -> {tgt} [{_country(ev.target) or '-'}]"
        f"{'' if ev.fatalities is None else f'  killed {ev.fatalities}'}  ({ev.trigger.get('text')}, conf {ev.confidence:.2f})"
    )


def assign(events: list[Event], labelled: list[LabelledSentence]) -> tuple[dict[str, list[Event]], int]:
    """Our events per labelled sid (best token overlap ≥ 0.6), and how many went to no labelled sentence."""
    per: dict[str, list[Event]] = {s.sid: [] for s in labelled}
    toks = [(s.sid, tokens(s.text)) for s in labelled]
    ignored = 0
    for ev in events:
        evidence = tokens(str((ev.evidence or {}).get("sentence") or ""))
        best_sid, best = None, 0.0
        for sid, t in toks:
            o = overlap(evidence, t)
            if o > best:
                best_sid, best = sid, o
        if best_sid is None or best < MIN_OVERLAP:
            ignored += 1
        else:
            per[best_sid].append(ev)
    return per, ignored


def score_sentence(score: WikinewsScore, sent: LabelledSentence, ours: list[Event], keep_errors: bool) -> None:
    """Add one labelled sentence and the events we placed on it to ``score``."""
    gold = sent.events
    score.sentences += 1
    score.gold_events += len(gold)
    score.scored_events += len(ours)
    rel = score.fields["relevance"]
    rel.n_gold += int(bool(gold))
    rel.n_pred += int(bool(ours))
    rel.tp += int(bool(gold) and bool(ours))
    views = {
        "plover": (Counter(g.get("plover") for g in gold), Counter((e.plover or {}).get("type") for e in ours)),
        "acled": (
            Counter(g["acled_event_type"] for g in gold if g.get("acled_event_type")),
            Counter(e.acled["event_type"] for e in ours if (e.acled or {}).get("event_type")),
        ),
        "event": (Counter(gold_triple(g) for g in gold), Counter(our_triple(e) for e in ours)),
    }
    for name, (gc, pc) in views.items():
        fs = score.fields[name]
        fs.n_gold += sum(gc.values())
        fs.n_pred += sum(pc.values())
        fs.tp += sum((gc & pc).values())
    g_types, p_types = views["plover"]
    score.missed.update(g_types - p_types)
    score.spurious.update(p_types - g_types)
    gold_types = set(g_types)
    for e in ours:
        score.reliability.add(e.confidence, (e.plover or {}).get("type") in gold_types)
    used: set[int] = set()
    for g in gold:
        j = next(
            (i for i, e in enumerate(ours) if i not in used and (e.plover or {}).get("type") == g.get("plover")), None
        )
        if j is None:
            continue
        used.add(j)
        e = ours[j]
        pairs: dict[str, tuple[Any, Any]] = {
            "source_country": (_country(g.get("source")), _country(e.source)),
            "target_country": (_country(g.get("target")), _country(e.target)),
            "location_country": (_country(g.get("location")), _country(e.location)),
            "date": (g.get("date"), stated_date(e)),
        }
        if g.get("plover") == "ASSAULT" and g.get("fatalities") is not None:
            pairs["fatalities"] = (int(g["fatalities"]), int(e.fatalities or 0))
        for key, (gv, ov) in pairs.items():
            score.compared[key] += 1
            ok = gv == ov
            score.right[key] += int(ok)
            if keep_errors and not ok:
                score.field_errors.append(
                    {"sid": sent.sid, "plover": g.get("plover"), "field": key, "gold": gv, "ours": ov}
                )
    if keep_errors and (g_types != p_types or views["event"][0] != views["event"][1]):
        score.errors.append(
            {
                "sid": sent.sid,
                "sentence": sent.text,
                "gold": [_describe_gold(g) for g in gold],
                "ours": [_describe_ours(e) for e in ours],
            }
        )


def stated_date(event: Event) -> str | None:
    """The event's date as GUIDE.md labels dates: only what the sentence's own time words give ("null
    unless the sentence itself has a time word"). A date we carried from the sentence before or took from
    the publication day is, in that convention, no date."""
    return event.date if event.date_from in (None, "text") else None


def evaluate_wikinews(
    name: str, path: Path, pipeline: Pipeline, limit: int | None = None, keep_errors: bool = True
) -> WikinewsScore:
    """Code every labelled article whole and score its labelled sentences (``limit``: first N articles)."""
    labelled = read_labelled(path)
    order = list(dict.fromkeys(s.article_id for s in labelled))[:limit]
    articles = read_articles(corpus_path(path), set(order))
    missing = [a for a in order if a not in articles]
    if missing:
        raise DataError(str(corpus_path(path)), f"no corpus line for article {', '.join(missing[:5])}")
    score = WikinewsScore(name, path=str(path))
    t0 = time.perf_counter()
    for aid in order:
        rec = articles[aid]
        sents = [s for s in labelled if s.article_id == aid]
        article = Article(
            raw=str(rec.get("text") or ""),
            source=f"gold:{name}:{aid}",
            id=aid,
            title=rec.get("title"),
            published=rec.get("published"),
        )
        events: list[Event] = []
        try:
            events = pipeline(article).events
        except InputError:
            score.rejected += 1
        except Exception as exc:  # a bug in a stage: score the article as empty, keep going, say so
            log.exception("coding %s crashed", article.source)
            score.crashed.append(f"{aid}: crashed: {type(exc).__name__}: {exc}")
        score.articles += 1
        per, ignored = assign(events, sents)
        score.ignored_events += ignored
        for sent in sents:
            score_sentence(score, sent, per[sent.sid], keep_errors)
    score.seconds = time.perf_counter() - t0
    return score
