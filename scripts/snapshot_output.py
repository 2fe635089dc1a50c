"""Snapshot what the coder produces, to prove a refactoring changed nothing.

    python scripts/snapshot_output.py write DIR      # code ../shared/corpus + the bundled examples, run eval
    python scripts/snapshot_output.py compare A B    # exit 1 and list the first differences when A != B

`write` stores `corpus.jsonl` (the `wirecoder code --format jsonl` record of every corpus article and
bundled example, one per line, in input order) and `eval.json` (`wirecoder eval --json`, with the
timing fields dropped). `compare` diffs them record by record.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
VOLATILE = {"seconds", "elapsed", "elapsed_s", "wall_seconds", "per_sentence_ms"}


def _wirecoder() -> list[str]:
    return [sys.executable, "-m", "wirecoder"]


def _strip(obj: object) -> object:
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in VOLATILE}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def write(out: Path) -> None:
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    # paths relative to the checkout, so that two checkouts side by side write the same records
    found = sorted((SHARED / "corpus").glob("*.jsonl")) + sorted((ROOT / "src/wirecoder/examples").glob("*.txt"))
    inputs = [os.path.relpath(p, ROOT) for p in found]
    with open(out / "corpus.jsonl", "w", encoding="utf-8") as fh:
        subprocess.run([*_wirecoder(), "code", *inputs, "--format", "jsonl"], stdout=fh, check=True, cwd=ROOT)
    ev = subprocess.run([*_wirecoder(), "eval", "--json"], capture_output=True, text=True, check=True, cwd=ROOT)
    (out / "eval.json").write_text(json.dumps(_strip(json.loads(ev.stdout)), indent=1, sort_keys=True))
    print(f"wrote {out}/corpus.jsonl and {out}/eval.json")


def compare(a: Path, b: Path) -> int:
    diffs = 0
    for name in ("corpus.jsonl", "eval.json"):
        left = (a / name).read_text(encoding="utf-8").splitlines()
        right = (b / name).read_text(encoding="utf-8").splitlines()
        if len(left) != len(right):
            print(f"{name}: {len(left)} lines vs {len(right)}")
            diffs += 1
        for i, (x, y) in enumerate(zip(left, right, strict=False)):
            if x != y:
                diffs += 1
                if diffs <= 10:
                    print(f"{name} line {i + 1} differs:\n  - {x[:300]}\n  + {y[:300]}")
    print("identical" if not diffs else f"{diffs} difference(s)")
    return 1 if diffs else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["write"] and len(args) == 2:
        write(Path(args[1]))
    elif args[:1] == ["compare"] and len(args) == 3:
        sys.exit(compare(Path(args[1]), Path(args[2])))
    else:
        sys.exit(__doc__)
