"""Convert the public CAMEO codebook and the CAMEO->PLOVER crosswalk into wirecoder's ontology files.

Reads (never copied into the package):
  ../shared/reference/cameo/cameo-codes.csv          (andybega/icews, MIT)
  ../shared/reference/plover/CAMEO2PLOVER-2021.txt   (openeventdata/PLOVER, CC BY-SA 4.0)
Writes:
  src/wirecoder/data/ontology/cameo.csv              code, root, name, goldstein, quad_class
  src/wirecoder/data/ontology/cameo2plover.csv       code, type, mode, context, origin

CAMEO roots 01 (statements) and 02 (appeals) are not in the 2021 crosswalk; wirecoder supplements them
(origin "wirecoder"): 02x -> REQUEST with the modes PLOVER uses for the matching 10x demands, and 01x to
the nearest PLOVER type (see SUPPLEMENT below). plover.yaml and acled.yaml are written by hand.

Usage: python scripts/build_ontology.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "wirecoder" / "data" / "ontology"

# Quad classes by CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
QUAD = {
    **{f"{r:02d}": 1 for r in range(1, 6)},
    **{f"{r:02d}": 2 for r in range(6, 9)},
    **{f"{r:02d}": 3 for r in range(9, 14)},
    **{f"{r:02d}": 4 for r in range(14, 21)},
}

# Codes the 2021 crosswalk maps against the PLOVER manual, which codes international sanctions as SANCTION
# "discontinue" (its SANCTION modes table); the crosswalk's 163 (impose embargo, boycott or sanctions) is COERCE.
CORRECTIONS: dict[str, tuple[str, str, str]] = {
    "163": ("SANCTION", "discontinue", "economic"),
}

# Codes the 2021 crosswalk leaves out: (type, mode, context).
SUPPLEMENT: dict[str, tuple[str, str, str]] = {
    "01": ("CONSULT", "", ""),
    "010": ("CONSULT", "", ""),
    "011": ("REJECT", "", ""),
    "012": ("ACCUSE", "disapprove", ""),
    "013": ("SUPPORT", "", ""),
    "014": ("CONSULT", "", ""),
    "015": ("CONCEDE", "", ""),
    "016": ("REJECT", "", ""),
    "017": ("SUPPORT", "", ""),
    "018": ("SUPPORT", "", ""),
    "019": ("AGREE", "", ""),
    "02": ("REQUEST", "", ""),
    "020": ("REQUEST", "", ""),
    "021": ("REQUEST", "assist", ""),
    "0211": ("REQUEST", "assist", "economic"),
    "0212": ("REQUEST", "assist", "military"),
    "0213": ("REQUEST", "assist", "legal"),
    "0214": ("REQUEST", "assist", "intelligence"),
    "022": ("REQUEST", "assist", "diplomatic"),
    "023": ("REQUEST", "assist", ""),
    "0231": ("REQUEST", "assist", "economic"),
    "0232": ("REQUEST", "assist", "military"),
    "0233": ("REQUEST", "assist", "humanitarian"),
    "0234": ("REQUEST", "assist", "peacekeeping"),
    "024": ("REQUEST", "change", "political_institutions"),
    "0241": ("REQUEST", "change", "executive"),
    "0242": ("REQUEST", "change", "executive"),
    "0243": ("REQUEST", "change", "rights_freedoms"),
    "0244": ("REQUEST", "change", "political_institutions"),
    "025": ("REQUEST", "yield", ""),
    "0251": ("REQUEST", "yield", "legal"),
    "0252": ("REQUEST", "yield", "legal"),
    "0253": ("REQUEST", "yield", "legal"),
    "0254": ("REQUEST", "yield", "economic"),
    "0255": ("REQUEST", "yield", "diplomatic"),
    "0256": ("REQUEST", "yield", "military"),
    "026": ("REQUEST", "meet", "diplomatic"),
    "027": ("REQUEST", "meet", "diplomatic"),
    "028": ("REQUEST", "meet", "diplomatic"),
}


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufffd", "'")).strip()


def _name(raw: str) -> str:
    raw = _clean(raw)
    return raw.capitalize() if raw.isupper() else raw


def build(shared: Path) -> None:
    src = shared / "reference" / "cameo" / "cameo-codes.csv"
    rows = []
    with src.open(encoding="utf-8", errors="replace", newline="") as fh:
        for rec in csv.DictReader(fh):
            code = rec["code"].strip()
            rows.append(
                {
                    "code": code,
                    "root": code[:2],
                    "name": _name(rec["name"]),
                    "goldstein": float(rec["goldstein"]),
                    "quad_class": QUAD[code[:2]],
                }
            )
    with (OUT / "cameo.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# CAMEO event codes. Derived from andybega/icews data-raw/cameo-codes.csv (MIT) by scripts/build_ontology.py\n"
        )
        w = csv.DictWriter(fh, fieldnames=["code", "root", "name", "goldstein", "quad_class"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)

    cross: dict[str, tuple[str, str, str, str]] = {}
    for line in (shared / "reference" / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([^#]*)", line)
        if not m or m.group(1) in cross:
            continue
        parts = [p.strip() for p in m.group(2).split(",")] + ["", ""]
        ptype = parts[0]
        if len(m.group(1)) == 2:  # root headers carry only the type; roots 08 appear twice (CONCEDE/RETREAT)
            continue
        cross[m.group(1)] = (ptype, parts[1].replace(" ", ""), parts[2].replace(" ", ""), "CAMEO2PLOVER-2021")
    for code, (ptype, mode, ctx) in CORRECTIONS.items():
        cross[code] = (ptype, mode, ctx, "wirecoder")
    for code, (ptype, mode, ctx) in SUPPLEMENT.items():
        cross.setdefault(code, (ptype, mode, ctx, "wirecoder"))
    # A root takes the type of its x0 code (e.g. 19 -> 190).
    for row in rows:
        code = row["code"]
        if code not in cross and len(code) == 2 and code + "0" in cross:
            t = cross[code + "0"]
            cross[code] = (t[0], "", "", t[3])
    missing = [r["code"] for r in rows if r["code"] not in cross]
    if missing:
        raise SystemExit(f"no PLOVER type for CAMEO codes: {missing}")
    with (OUT / "cameo2plover.csv").open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# CAMEO -> PLOVER. Derived from openeventdata/PLOVER CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); origin=wirecoder rows added here\n"
        )
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "type", "mode", "context", "origin"])
        for row in rows:
            t = cross[row["code"]]
            w.writerow([row["code"], *t])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    build(args.shared)


if __name__ == "__main__":
    main()
