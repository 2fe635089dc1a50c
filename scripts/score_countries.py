"""Score the source and target country of events in short composed stories (tests/data/story_countries.yaml).

Each story is coded as one article (its ``title`` and ``text``); each check names a sentence by a phrase it
contains, optionally the event's PLOVER ``type``, and the ``source`` and/or ``target`` country expected of the
first such event (``null``: no country may be given, as for an actor the text does not place). Prints the
share of checks right per side and every miss.
Usage: .venv/bin/python scripts/score_countries.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import PUBLISHED, fixture_path, pipeline, read_fixture, report  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "story_countries.yaml"
SIDES = ("source", "target")


def _event(events: list[Any], check: dict[str, Any]) -> Any | None:
    """The first event of the check's sentence (of its PLOVER type when the check names one)."""
    for ev in events:
        if check["sentence"] not in str((ev.evidence or {}).get("sentence") or ""):
            continue
        if check.get("type") in (None, (ev.plover or {}).get("type")):
            return ev
    return None


def score(stories: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """Per side: checks right / checks made; an event missing counts as wrong."""
    right = dict.fromkeys(SIDES, 0)
    total = dict.fromkeys(SIDES, 0)
    misses = []
    for story, events in zip(stories, coded, strict=True):
        for check in story["checks"]:
            ev = _event(events, check)
            for side in SIDES:
                if side not in check:
                    continue
                total[side] += 1
                part = getattr(ev, side) if ev is not None else None
                ours = part.country if part is not None else None
                ok = ev is not None and ours == check[side]
                right[side] += ok
                if not ok:
                    misses.append(
                        {
                            "sentence": check["sentence"],
                            "side": side,
                            "want": check[side],
                            "ours": ours,
                            "text": part.text if part is not None else None,
                            "event": None if ev is None else (ev.plover or {}).get("type"),
                        }
                    )
    out: dict[str, Any] = {"stories": len(stories)}
    for side in SIDES:
        out[f"{side}_checks"] = total[side]
        out[f"{side}_accuracy"] = round(right[side] / total[side], 4) if total[side] else None
    out["misses"] = misses
    return out


def code_stories(stories: list[dict[str, Any]]) -> list[list[Any]]:
    """The events of each story, coded as one article with its title."""
    from wirecoder.article import Article

    run = pipeline()
    return [
        run(
            Article(raw=s["text"], source="fixture", title=s.get("title"), published=str(s.get("published", PUBLISHED)))
        ).events
        for s in stories
    ]


def main(argv: list[str]) -> int:
    stories = read_fixture(fixture_path(argv, FIXTURE))
    if stories is None:
        return 2
    return report(
        score(stories, code_stories(stories)),
        argv,
        lambda m: f"MISS {m['side']} want {m['want']} ours {m['ours']} ({m['text']!r}, {m['event']}): {m['sentence']}",
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
