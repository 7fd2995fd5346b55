"""One reading per place name in an article, and readings that sit near one another.

The gazetteer reads a name on its own: in the states and countries the article names or
implies, then by size. But an article's places are mostly near one another, and a name
read far from all of them while another of its readings lies next to one is that other
one: "Henderson" beside "Evansville" and "Vanderburgh County" is Henderson, Ky. (16 km
from Evansville), not Henderson, Nev.; "RICHMOND —" over a story that names San Pablo is
Richmond, Calif., not Virginia's capital; "Bloomfield" in a Pittsburgh story is the
Pittsburgh neighbourhood. And a name the article reads with its state once ("TOPEKA,
Kan." as a dateline, "Palm Beach, Fla.", "Birmingham, AL" in the record's title) is that
place wherever else the article names it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.gazetteer import Gazetteer, Place, distance_km

NEAR_KM = 40.0  # a town and its suburbs, a city and its neighbourhoods
SETTLED = 500_000  # a city this big is the reading whatever small namesakes lie near the story's places
FAR_KM = 150.0  # farther than a local story's market reaches
PART_MAX = 50_000  # a town smaller than this, read far from the story's big city, may be a part of it
BIG_CITY = 100_000  # a city with neighbourhoods GeoNames may not list


@dataclass(slots=True)
class Reading:
    key: str  # the name's comparable form (gazetteer.place_key)
    place: Place | None  # the gazetteer's reading of the name on its own
    choices: list[Place] = field(default_factory=list)  # every reading the article's context allows
    fixed: bool = False  # read with its state ("Palm Beach, Fla.", "HANOVER, Va. —"): not moved
    dateline: bool = False  # the story's dateline: the name is that place throughout ("TOPEKA —")


def cohere(readings: list[Reading], named_states: set[str] = frozenset(),
           local: bool = False) -> list[tuple[Place | None, str]]:
    """Each reading as the article reads it, with how it came to be read so ("" as the
    gazetteer read it alone): a name read as one of its mentions is read with its state or
    as the dateline ("same_name"), and a town read far from all the article's other places
    moved to a reading of the same name near one of them ("near"), unless it is a big city
    or a town called so in a state the article names ("Charleston" of a "FAIRVIEW, W.Va."
    story stays in West Virginia; "WASHINGTON —" read as Piqua, Ohio, which GeoNames also
    calls Washington, does not). In US local news, a small town read hundreds of kilometres
    from a big city the story names, in another state, is a part of that city the
    gazetteer lacks (`_parts_of_city`)."""
    bound: dict[str, Place] = {}
    for reading in readings:
        if reading.fixed and reading.place is not None:
            bound.setdefault(reading.key, reading.place)
    places = [r.place if r.fixed else bound.get(r.key, r.place) for r in readings]
    # every name's reading with coordinates, by name: a name is not its own neighbour
    others: dict[str, Place] = {}
    for reading, place in zip(readings, places):
        if place is not None and place.lat is not None:
            others.setdefault(reading.key, place)

    def neighbours(key: str, place: Place) -> list[float]:
        return sorted(d for other, there in others.items() if other != key
                      for d in (distance_km(place, there),) if d <= NEAR_KM)

    out = []
    for reading, place in zip(readings, places):
        if len(others) < 2 or reading.fixed or reading.key in bound or place is None or place.feature != "city" or \
                place.lat is None or place.population >= SETTLED or len(reading.choices) < 2 or \
                place.admin1 in named_states and Gazetteer.own_name(place, reading.key) or \
                neighbours(reading.key, place):
            out.append(place)
            continue
        near = [(len(n), -n[0], c.population, c) for c in reading.choices
                if c.feature == "city" and c != place for n in (neighbours(reading.key, c),) if n]
        out.append(max(near, key=lambda item: item[:3])[3] if near else place)
    if local:
        out = _parts_of_city(readings, out)
    datelines = {r.key: place for r, place in zip(readings, out) if r.dateline and place is not None}
    final = [place if r.fixed or r.key in bound else datelines.get(r.key, place) for r, place in zip(readings, out)]
    return [(place, "" if place == r.place else "part_of_city" if place is not None and place.feature == "other"
             else "near" if moved != alone and place == moved else "same_name")
            for r, alone, moved, place in zip(readings, places, out, final)]


def _parts_of_city(readings: list[Reading], places: list[Place | None]) -> list[Place | None]:
    """Neighbourhoods GeoNames does not list, read as small namesakes far away: US local
    news names a town outside its market with the town's state, so in a story whose other
    places all lie in one big city's state, a bare small town read more than FAR_KM from
    all of them, in another state or country, is a part of that city ("Ensley" of a
    Birmingham story read as Ensley, Fla.; "Madisonville" of a Cincinnati story as
    Madisonville, Ky.): the city's state and country, no coordinates, feature other."""
    def far(index: int) -> bool:
        reading, place = readings[index], places[index]
        return not (reading.fixed or reading.dateline or place is None or place.feature != "city" or
                    place.lat is None or place.population >= PART_MAX) and \
            not any(distance_km(place, other) <= FAR_KM for r, other in zip(readings, places)
                    if r.key != reading.key and other is not None and other.lat is not None)
    apart = {i for i in range(len(readings)) if far(i)}
    cities = [p for i, p in enumerate(places) if i not in apart and p is not None and p.feature == "city" and
              p.country == "USA" and p.population >= BIG_CITY]
    if not apart or not cities:
        return places
    city = max(cities, key=lambda p: p.population)
    home = (city.country, city.admin1)
    if any(p is not None and p.feature in ("city", "admin") and (p.country, p.admin1) != home
           for i, p in enumerate(places) if i not in apart):
        return places  # a story of more than one state
    return [Place(name=p.name, country=city.country, feature="other", admin1=city.admin1)
            if i in apart and (p.country, p.admin1) != home else p for i, p in enumerate(places)]
