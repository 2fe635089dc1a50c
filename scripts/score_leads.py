"""Score wire-service leads (the first two or three sentences of a conflict or politics story) event by event.

Each lead of the fixture is a list of sentences (the first keeps its dateline) coded whole as one article;
every gold event of a sentence is matched to the coded event of that sentence with the same PLOVER type that
agrees on most fields. Printed: event precision / recall / F1 (PLOVER type and sentence), then, over matched
events, the share right of CAMEO root, ACLED sub-event type, source and target country, fatalities, place
and date, with every sentence where we differ. Background events (told from well before) are not scored.
Fixture rows: ``{published: 2026-03-09, sentences: [{text: ..., events: [{plover: ASSAULT, cameo: "19",
acled: "Shelling/artillery/missile attack", src: SDN, tgt: SDN, dead: 14, place: El Fasher,
date: 2026-03-09}]}]}``; ``src``/``tgt`` "-" for none; a field left out of a gold event is not scored,
except ``dead``, which is expected to be empty when left out.
Usage: .venv/bin/python scripts/score_leads.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import PUBLISHED, fixture_path, pipeline, presence, read_fixture, report  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "wire_leads_r15.yaml"
FIELDS = ("cameo", "acled", "src", "tgt", "dead", "place", "date")


def _country(side: Any) -> str:
    return (side.country if side is not None else None) or "-"


def ours(event: Any) -> dict[str, Any]:
    """The scored fields of one coded event."""
    loc = event.location or {}
    return {
        "plover": event.plover.get("type"),
        "cameo": str(event.cameo.get("code") or "")[:2],
        "acled": (event.acled or {}).get("sub_event_type"),
        "src": _country(event.source),
        "tgt": _country(event.target),
        "dead": event.fatalities,
        "place": loc.get("name"),
        "date": event.date,
    }


def agrees(gold: dict[str, Any], got: dict[str, Any], name: str) -> bool | None:
    """Whether one field agrees; None when the gold event does not score it."""
    if name == "dead":
        return (gold.get("dead") or None) == (got["dead"] or None)
    if name not in gold:
        return None
    want = gold[name]
    if name == "place":
        have = (got["place"] or "").lower()
        return (not want and not have) or bool(want) and bool(have) and (want.lower() in have or have in want.lower())
    return str(want) == str(got[name]) if want is not None else got[name] is None


def sentence_events(lead: dict[str, Any], article: Any) -> list[list[dict[str, Any]]]:
    """Our events of each gold sentence, found by where the coded sentence sits in the lead's text."""
    texts = [s["text"] for s in lead["sentences"]]
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    joined = " ".join(texts)
    where: dict[int, int] = {}
    for sent in article.sentences:
        at = joined.find(sent.text[:40])
        where[sent.index] = max((i for i, s in enumerate(starts) if s <= at), default=0) if at >= 0 else 0
    out: list[list[dict[str, Any]]] = [[] for _ in texts]
    for e in article.events:
        if not e.background:
            out[where.get(e.sentence_index, 0)].append(ours(e))
    return out


def score(leads: list[dict[str, Any]], coded: list[Any]) -> dict[str, Any]:
    tp = fp = fn = 0
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    misses = []
    for lead, article in zip(leads, coded, strict=True):
        for sent, got in zip(lead["sentences"], sentence_events(lead, article), strict=True):
            pool = list(got)
            wrong: list[str] = []
            for gold in sent.get("events") or []:
                same = [g for g in pool if g["plover"] == gold["plover"]]
                if not same:
                    fn += 1
                    wrong.append(f"missed {gold['plover']}")
                    continue
                best = max(same, key=lambda g: sum(bool(agrees(gold, g, f)) for f in FIELDS))
                pool.remove(best)
                tp += 1
                for f in FIELDS:
                    ok = agrees(gold, best, f)
                    if ok is None:
                        continue
                    total[f] += 1
                    right[f] += ok
                    if not ok:
                        wrong.append(f"{gold['plover']} {f}: want {gold.get(f)!r} got {best[f]!r}")
            fp += len(pool)
            wrong += [f"extra {g['plover']} {g['src']}>{g['tgt']} dead={g['dead']}" for g in pool]
            if wrong:
                misses.append({"text": sent["text"], "wrong": wrong, "ours": got})
    return {
        "sentences": sum(len(lead["sentences"]) for lead in leads),
        **presence("event", tp, fp, fn),
        **{f: round(right[f] / total[f], 4) if total[f] else None for f in FIELDS},
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    from wirecoder.article import Article

    leads = read_fixture(fixture_path(argv, FIXTURE))
    if leads is None:
        return 2
    run = pipeline()
    coded = []
    for n, lead in enumerate(leads):
        text = " ".join(s["text"] for s in lead["sentences"])
        published = str(lead.get("published") or PUBLISHED)
        coded.append(run(Article(raw=text, source=f"lead-{n}", id=f"lead-{n}", published=published)))
    return report(score(leads, coded), argv, _miss_line)


def _miss_line(m: dict[str, Any]) -> str:
    got = "; ".join(f"{g['plover']} {g['cameo']} {g['src']}>{g['tgt']} d={g['dead']} {g['place']}" for g in m["ours"])
    return f"MISS {m['wrong']}: {m['text']}\n     ours [{got}]"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
