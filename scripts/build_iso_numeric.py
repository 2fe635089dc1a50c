"""Build ``src/wirecoder/web/static/iso3-numeric.json``: ISO 3166-1 alpha-3 -> numeric code.

The dashboard map draws the vendored world-atlas TopoJSON, whose country ids are ISO 3166-1 numeric
codes, and events carry alpha-3 codes; this table joins the two. Source: Debian ``iso-codes``
(``/usr/share/iso-codes/json/iso_3166-1.json``, LGPL-2.1+; the codes themselves are public facts).

Run from the repository root: ``.venv/bin/python scripts/build_iso_numeric.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
OUT = ROOT / "src" / "wirecoder" / "web" / "static" / "iso3-numeric.json"


def main() -> None:
    entries = json.loads(ISO_JSON.read_text(encoding="utf-8"))["3166-1"]
    table = {e["alpha_3"]: e["numeric"] for e in sorted(entries, key=lambda e: e["alpha_3"])}
    OUT.write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {len(table)} codes to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
