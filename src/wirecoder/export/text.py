"""Flat CSV (one row per event, ``columns.FLAT_COLUMNS``) and JSON Lines (the full event record)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from .columns import FLAT_COLUMNS, flat_row
from .csvsafe import safe_dict


def write_csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for record in records:
        writer.writerow(safe_dict(flat_row(record)))
        n += 1
    return n


def write_jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        record = {k: v for k, v in record.items() if k != "article"} | {
            "article": {k: v for k, v in (record.get("article") or {}).items() if k not in ("coded_at", "source")}
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
