"""Build ``src/wirecoder/web/static/iso3-numeric.json``: ISO 3166-1 alpha-3 -> numeric code.

The dashboard map draws the vendored world-atlas TopoJSON, whose country ids are ISO 3166-1 numeric
codes, and events carry alpha-3 codes; this table joins the two. Source: pycountry (a dependency; the
same codes the exports use).

Run from the repository root: ``.venv/bin/python scripts/build_iso_numeric.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wirecoder" / "web" / "static" / "iso3-numeric.json"


def main() -> None:
    table = {c.alpha_3: c.numeric for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)}
    OUT.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
