"""Score whole composed news articles the way `wirecoder eval` scores wikinews-dev (tests/data/news_articles.yaml).

Writes the fixture as a Wikinews-format gold file and corpus in a temporary folder, codes every article whole
and prints the wikinews scores (relevance, PLOVER type, whole event ...) with every sentence where we differ.
Events are written "PLOVER SOURCE TARGET" with ISO3 countries and "-" for none.
Usage: .venv/bin/python scripts/score_news_articles.py [FIXTURE] [--json]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import fixture_path, pipeline, read_fixture  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "news_articles.yaml"


def _side(country: str) -> dict[str, Any] | None:
    return None if country == "-" else {"text": None, "country": country, "sector": None}


def gold_event(spec: str) -> dict[str, Any]:
    """A gold event of the Wikinews format from "PLOVER SOURCE TARGET"."""
    plover, src, tgt = spec.split()
    return {"plover": plover, "source": _side(src), "target": _side(tgt)}


def write_gold(articles: list[dict[str, Any]], root: Path) -> Path:
    """The fixture as ``root/gold/news/news.jsonl`` and ``root/corpus/wikinews-conflict.jsonl``; the gold path."""
    gold = root / "gold" / "news" / "news.jsonl"
    corpus = root / "corpus" / "wikinews-conflict.jsonl"
    gold.parent.mkdir(parents=True)
    corpus.parent.mkdir(parents=True)
    with gold.open("w", encoding="utf-8") as g, corpus.open("w", encoding="utf-8") as c:
        for n, art in enumerate(articles):
            aid = f"art{n}"
            texts = [s["text"] for s in art["sentences"]]
            c.write(
                json.dumps({"id": aid, "title": art["title"], "published": art["published"], "text": " ".join(texts)})
                + "\n"
            )
            for i, sent in enumerate(art["sentences"]):
                row = {
                    "sid": f"{aid}#{i}",
                    "article_id": aid,
                    "published": art["published"],
                    "title": art["title"],
                    "sentence": sent["text"],
                    "events": [gold_event(e) for e in sent["events"]],
                }
                g.write(json.dumps(row) + "\n")
    return gold


def main(argv: list[str]) -> int:
    from wirecoder.evaluation.wikinews import evaluate_wikinews

    articles = read_fixture(fixture_path(argv, FIXTURE))
    if articles is None:
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        score = evaluate_wikinews("news-articles", write_gold(articles, Path(tmp)), pipeline())
    if "--json" in argv:
        print(json.dumps(score.as_dict(with_errors=True), indent=1))
    else:
        print("\n".join(score.lines(errors=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
