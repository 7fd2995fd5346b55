"""Record-level scoring: an article's incident row against the extracted tables.

A run has no incident rows, so one is derived per article:
- killed / injured: the sum over the article's events (events are de-duplicated per
  article, so the sum is the article's toll); 0 when no event gives a count;
- event_type (the run's own or ACLED's, whichever the gold uses), sub_event_type (ACLED's),
  date, location, country, agent, target: those of the main event, the one
  with the most casualties (then the earliest) among those not dated by a month or more
  ("150 murders in 2017" is a count, not the incident); an article with no event is
  dated by its publication;
- admin1: of the main event's location row (role event_location), else of the place row
  its location names (a dateline's town, a town of the record's title), else the state or
  province the article's places (the title's too) fall in most often, else, for an article
  that places nothing, the state of the town its site names after the title ("- WMC Action
  News 5 - Memphis, Tennessee": a local station's story is of its market);
- location: the main event's town (events.locality), else its place when that is a town
  or county (not a state, region or street), else the first town the record's title or
  the article names (or the city that town is part of, named too: "Englewood" in
  Chicago), else the site's town for an article that places nothing. Gold "City
  (Neighbourhood)" (the Gun Violence Archive's form) agrees with either name; spellings
  are compared without spaces, hyphens, "St."/"Saint" or a "County"/"Township" suffix.
- country: gold by name or code ("Syria", "SY", "SYR") against the run's ISO alpha-3.
- admin1 and location agree up to romanization ("Ninewa" / GeoNames' "Ninawa", "Idleb" /
  "Idlib", "Ar-Raqqa" / "Ar-Raqqah"): ACLED and GeoNames spell Arabic names differently.
"""

from __future__ import annotations

import re
from datetime import date

import pycountry

from pipeline.evaluate.model import EvalDoc, RECORD_FIELDS
from pipeline.evaluate.scoring import AttributeTally, norm
from pipeline.gazetteer import default_gazetteer, romanized_key

_PLACE_SUFFIX = re.compile(r"\s+(county|city|parish|township|twp\.?|borough|village|town)$")
# spellings of one place name: "St. Louis" / "Saint Louis", "The Bronx" / "Bronx", "Ft." / "Fort"
_PLACE_SPELLINGS = ((re.compile(r"^the\s+"), ""), (re.compile(r"\bst\.?(?=\s)"), "saint"),
                    (re.compile(r"\bft\.?(?=\s)"), "fort"), (re.compile(r"\bmt\.?(?=\s)"), "mount"))


def place_name_key(value: str) -> str:
    key = _PLACE_SUFFIX.sub("", norm(value))
    for pattern, replacement in _PLACE_SPELLINGS:
        key = pattern.sub(replacement, key)
    return re.sub(r"[^0-9a-z]+", "", key)  # "Wilkes Barre" / "Wilkes-Barre", "Mc Lean" / "McLean"


def place_names(gold: str) -> set[str]:
    """The names a gold place may be given by: "Chicago (Englewood)" is the city or its
    neighbourhood, "Fort Mc Coy (Fort McCoy)" either spelling; "Cherokee (county)" is
    Cherokee County."""
    names = gold_place_names(gold)
    return {place_name_key(n) for n in names} | ({place_name_key(gold)} if len(names) > 1 else set())


def gold_place_names(gold: str) -> list[str]:
    """A gold place's names as written: "Chicago (Englewood)" -> Chicago, Englewood;
    "Cherokee (county)" -> Cherokee."""
    match = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", gold)
    if match is None:
        return [gold]
    name, inner = match.groups()
    return [name] if inner.strip().lower() == "county" else [name, inner]


def _int(value: str) -> int:
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return 0


def predicted_record(doc: EvalDoc | None) -> dict[str, str]:
    if doc is None:
        return {}
    # the event only the record's title tells, with its toll ("Teen Shot To Death In Pacoima")
    events = doc.mentions.get("events", []) + [m for m in doc.title_mentions if m.table == "events"]
    # the record's title's places too; its site's town ("- WMC Action News 5 - Memphis, Tennessee")
    # only when the article places its story nowhere else
    places_of_title = [m for m in doc.title_mentions if m.table == "locations"]
    site = [m for m in places_of_title if (m.get("rule_id") or "").startswith("title_site")]
    title_places = [m for m in places_of_title if m not in site]
    places = doc.mentions.get("locations", []) + title_places
    record = {"killed": str(sum(_int(e.get("killed")) for e in events)),
              "injured": str(sum(_int(e.get("injured")) for e in events))}
    if not events and doc.published:
        record["date"] = doc.published  # an article that tells no event is dated by its publication
    if events:
        main = min(events, key=lambda e: (_over_weeks(e.get("date")), -(_int(e.get("killed")) + _int(e.get("injured"))),
                                          e.start))
        for name in ("event_type", "date", "location", "country", "agent", "target"):
            record[name] = main.get(name)
        # ACLED's typology, which the run gives beside its own ("Explosions/Remote violence",
        # "Air/drone strike")
        record["acled_event_type"] = main.get("acled_event_type") or ""
        record["sub_event_type"] = main.get("acled_sub_event_type") or ""
        event_id = main.get("event_id")
        stated = [m for m in places if m.get("event_id") == event_id and m.get("admin1")] or \
            [m for m in places if main.get("location") and m.get("name") == main.get("location") and m.get("admin1")
             and m.get("country") == main.get("country")]  # the place the event names (a dateline's town)
        if stated:
            record["admin1"] = stated[0].get("admin1")
        own = next((m for m in places if m.get("event_id") == event_id), None)
        if own is not None and not _names_a_town(own):
            record.pop("location", None)  # "shot while hunting in South Carolina": a state is no town
    if not record.get("admin1"):
        states = [m.get("admin1") for m in places if m.get("admin1")] or \
            [m.get("admin1") for m in site if m.get("admin1")]
        if states:  # the state the article names most, the first of equals
            record["admin1"] = max(states, key=lambda s: (states.count(s), -states.index(s)))
    if events and main.get("locality"):
        record["location"] = main.get("locality")  # "North Lawndale" happened in Chicago
    if not record.get("location"):
        towns = [m for m in title_places + doc.mentions.get("locations", []) if m.get("feature") == "city"] or \
            [m for m in site if m.get("feature") == "city" and not any(p.get("admin1") for p in places)]
        if towns:  # the first town named, or the city it is part of ("Englewood" in Chicago)
            whole = next((t for t in towns if _part_of(towns[0], t)), None)
            record["location"] = whole.get("name") if whole is not None else _city_of(towns[0]) or towns[0].get("name")
    return {k: v for k, v in record.items() if v}


def _names_a_town(row) -> bool:
    """Whether a location row can be a record's city or county: a town, or a county
    ("Chaves County"); not a state, country, region or street."""
    feature = row.get("feature")
    if feature == "admin":
        return (row.get("name") or "").endswith((" County", " Parish", " Borough"))
    return feature not in ("country", "region", "facility")  # "other": a name the gazetteer lacks


def _over_weeks(value: str | None) -> bool:
    """Whether an event is dated by a month or longer ("the 150 murders in 2017"): a count
    over a period, not the incident an article reports."""
    if not value or "/" not in value:
        return False
    first, _, last = value.partition("/")
    try:
        return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days > 7
    except ValueError:
        return False


def _place(row):
    from pipeline.gazetteer import Place
    try:
        return Place(name=row.get("name"), country=row.get("country"), feature="city",
                     lat=float(row.get("lat")), lon=float(row.get("lon")), geonameid=int(row.get("geonameid")))
    except (TypeError, ValueError):
        return None


def _part_of(part, whole) -> bool:
    from pipeline.gazetteer import default_gazetteer
    a, b = _place(part), _place(whole)
    return a is not None and b is not None and default_gazetteer().part_of(a, b)


def _city_of(row) -> str:
    """The city a neighbourhood row is part of ("Chatham" -> Chicago), else ""."""
    from pipeline.gazetteer import default_gazetteer
    place = _place(row)
    return default_gazetteer().city_of(place) if place is not None else ""


def country_code(value: str) -> str:
    """A country as ISO 3166-1 alpha-3, from a code or a name ("Syria", "SY", "SYR")."""
    text = value.strip()
    if len(text) == 3 and text.isupper():
        return text
    place = default_gazetteer().resolve(text)
    if place is not None and place.feature == "country":
        return place.country
    try:
        return pycountry.countries.lookup(text).alpha_3
    except LookupError:
        pass
    try:  # "Democratic Republic of Congo"
        return pycountry.countries.search_fuzzy(text)[0].alpha_3
    except LookupError:
        return norm(text)


def field_agrees(name: str, gold: str, pred: str) -> bool:
    if name in ("killed", "injured"):
        return _int(gold) == _int(pred) and pred != ""
    if name == "location":
        return bool(pred) and (place_name_key(pred) in place_names(gold) or
                               romanized_key(pred) in {romanized_key(g) for g in gold_place_names(gold)})
    if name == "date":
        return pred[:10] == gold[:10]
    if name == "country":
        return bool(pred) and country_code(gold) == country_code(pred)
    if name == "admin1":
        return norm(gold) == norm(pred) or bool(pred) and romanized_key(gold) == romanized_key(pred)
    return norm(gold) == norm(pred)


def within_tolerance(gold: str, pred: str, tolerance: float) -> bool:
    if pred == "":
        return False
    g, p = _int(gold), _int(pred)
    return abs(g - p) <= tolerance * g if g else p == 0


def score_records(gold: dict[str, dict[str, str]], pred_docs: dict[str, EvalDoc], *,
                  tolerance: float) -> tuple[dict, list[dict]]:
    tallies = {name: AttributeTally() for name in RECORD_FIELDS}
    tolerant = {name: AttributeTally() for name in ("killed", "injured")}
    errors = []
    for doc_id in sorted(gold):
        record = predicted_record(pred_docs.get(doc_id))
        for name, gold_value in gold[doc_id].items():
            pred_value = record.get(name, "0" if name in ("killed", "injured") and doc_id in pred_docs else "")
            tallies[name].compared += 1
            agrees = field_agrees(name, gold_value, pred_value) or \
                name == "event_type" and field_agrees(name, gold_value, record.get("acled_event_type", ""))
            tallies[name].correct += agrees
            if name in tolerant:
                tolerant[name].compared += 1
                tolerant[name].correct += within_tolerance(gold_value, pred_value, tolerance)
            if not agrees:
                errors.append({"doc_id": doc_id, "field": name, "gold": gold_value, "pred": pred_value})
    fields = {}
    for name, tally in tallies.items():
        if tally.compared:
            fields[name] = {"compared": tally.compared, "correct": tally.correct, "accuracy": tally.accuracy()}
            if name in tolerant:
                fields[name]["within_tolerance"] = tolerant[name].accuracy()
    return {"docs": len(gold), "docs_predicted": sum(1 for d in gold if d in pred_docs), "fields": fields}, errors
