"""Score attacks told again in the sentences after them against tests/data/aftermath_stories.yaml.

Codes every story as one article and prints: "is there an ASSAULT event" precision / recall / F1 over the
sentences, fatalities exact where a sentence gives a toll, and the story's toll as a country table sums it
(saved to a temporary SQLite store, incidents merged, ``wirecoder stats``' aggregate) against the one
figure of the story's incident, with every miss.
Usage: .venv/bin/python scripts/score_aftermath.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import PUBLISHED, fixture_path, pipeline, presence, read_fixture, report  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "aftermath_stories.yaml"


def table_toll(article: Any) -> int:
    """The story's fatalities as ``wirecoder stats --sum fatalities`` adds them (incidents counted once)."""
    from wirecoder import incidents
    from wirecoder.analysis.aggregate import aggregate
    from wirecoder.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "s.db")
        try:
            store.save(article)
            incidents.update(store)
            rows = aggregate(store, "plover")
        finally:
            store.close()
    return sum(int(r["fatalities"]) for r in rows if r["plover"] == "ASSAULT")


def score(stories: list[dict[str, Any]], coded: list[Any]) -> dict[str, Any]:
    """Sentence-level ASSAULT P/R/F1, toll exact, and story tolls as a table counts them."""
    tp = fp = fn = killed_right = killed_total = toll_right = toll_total = 0
    misses = []
    for story, article in zip(stories, coded, strict=True):
        for n, row in enumerate(story["sentences"]):
            events = [e for e in article.events if e.sentence_index == n and e.plover.get("type") == "ASSAULT"]
            got = bool(events)
            tp += got and row["assault"]
            fp += got and not row["assault"]
            fn += row["assault"] and not got
            ok = got == row["assault"]
            if row.get("killed") is not None:
                killed_total += 1
                figure = max((e.fatalities or 0 for e in events), default=None)
                killed_right += figure == row["killed"]
                ok = ok and figure == row["killed"]
            if not ok:
                ours = [f"{e.cameo['code']} {e.acled.get('sub_event_type')} killed={e.fatalities}" for e in events]
                misses.append(
                    {"text": row["text"], "assault": row["assault"], "killed": row.get("killed"), "ours": ours}
                )
        if story.get("toll") is not None or any(not r["assault"] for r in story["sentences"][:1]):
            toll_total += 1
            want = story.get("toll") or 0
            got_toll = table_toll(article)
            toll_right += got_toll == want
            if got_toll != want:
                misses.append({"text": story["sentences"][0]["text"], "toll": want, "ours": [f"table sum {got_toll}"]})
    return {
        "sentences": sum(len(s["sentences"]) for s in stories),
        **presence("assault", tp, fp, fn),
        "killed_exact": round(killed_right / killed_total, 4) if killed_total else None,
        "story_toll_exact": round(toll_right / toll_total, 4) if toll_total else None,
        "misses": misses,
    }


def main(argv: list[str]) -> int:
    from wirecoder.article import Article

    stories = read_fixture(fixture_path(argv, FIXTURE))
    if stories is None:
        return 2
    run = pipeline()
    coded = []
    for n, story in enumerate(stories):
        text = " ".join(s["text"] for s in story["sentences"])
        coded.append(run(Article(raw=text, source=f"story-{n}", id=f"story-{n}", published=PUBLISHED)))
    return report(score(stories, coded), argv, _miss_line)


def _miss_line(m: dict[str, Any]) -> str:
    fields = {k: v for k, v in m.items() if k not in ("text", "ours")}
    return f"MISS {fields}: {m['text']}\n     ours {m['ours']}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
