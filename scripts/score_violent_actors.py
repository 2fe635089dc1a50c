"""Score who did it to whom in violent and coercive news: the main violent event's source and target.

Reads a YAML list of ``{text, source, source_country, target, target_country, extra}`` rows
(tests/data/violent_actors.yaml by default; every key but ``text`` optional), codes each text as one
article and takes its main violent event (else its main event). ``source`` / ``target`` is a word of the
actor's text or name (``null``: no named actor there, a generic or unnamed one is fine for a source, none
for a target); ``*_country`` the actor's ISO3 code. ``extra: false`` asks that no CONCEDE / claim event be
coded beside the attack (a claim of responsibility names the attacker, it is no separate act). A row with
``event: false`` must give no event at all. Prints the accuracy of each stated field and every miss.
Usage: .venv/bin/python scripts/score_violent_actors.py [FIXTURE] [--json]
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixture_scoring import presence, run_sentences  # noqa: E402

FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "violent_actors.yaml"
FIELDS = ("source", "source_country", "target", "target_country", "extra")


def _said(actor: Any) -> str:
    return " / ".join(x for x in ((actor.text or "", actor.name or "") if actor is not None else ()) if x)


def _check(key: str, want: Any, main: Any, events: list[Any]) -> bool:
    from wirecoder.coding.affiliation import named

    if key == "extra":
        return want or not any((e.plover or {}).get("type") == "CONCEDE" for e in events)
    actor = getattr(main, key.split("_")[0]) if main is not None else None
    if key.endswith("_country"):
        return actor is not None and actor.country == want
    if want is None:
        return actor is None or (key == "source" and not named(actor))
    return want.lower() in _said(actor).lower()


def score(rows: list[dict[str, Any]], coded: list[list[Any]]) -> dict[str, Any]:
    """Event presence and the accuracy of each stated field of the main violent event, with the misses."""
    from wirecoder.coding.main_event import is_violent, main_event

    tp = fp = fn = 0
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    misses = []
    for row, events in zip(rows, coded, strict=True):
        main = main_event([e for e in events if is_violent(e)]) or main_event(events)
        want = row.get("event", True)
        tp += want and main is not None
        fp += (not want) and main is not None
        fn += want and main is None
        wrong = [] if want == (main is not None) else ["event"]
        for key in FIELDS:
            if key in row and want:
                total[key] += 1
                ok = _check(key, row[key], main, events)
                right[key] += ok
                if not ok:
                    wrong.append(f"{key} {row[key]!r}")
        if wrong:
            ours = [
                f"{(e.plover or {}).get('type')} {e.cameo['code']} {_said(e.source)} ({e.source.country if e.source else '-'})"
                f" -> {_said(e.target)} ({e.target.country if e.target else '-'})"
                for e in events
            ]
            misses.append({"text": row["text"], "wrong": wrong, "ours": ours})
    result: dict[str, Any] = {"texts": len(rows), **presence("event", tp, fp, fn)}
    for key in FIELDS:
        result[key] = round(right[key] / total[key], 3) if total[key] else None
    result["misses"] = misses
    return result


def _line(m: dict[str, Any]) -> str:
    return f"MISS {'; '.join(m['wrong'])}: {m['text']}\n     ours " + "\n          ".join(m["ours"])


def main(argv: list[str]) -> int:
    return run_sentences(argv, FIXTURE, score, _line)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
