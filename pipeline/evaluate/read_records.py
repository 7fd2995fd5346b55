"""Record-level gold: one incident row per article (ACLED/GTD style), no spans.

A CSV with a `doc_id` column and any of killed, injured, country, admin1, location,
date, agent, target, event_type. Aliases of common codings are accepted
(fatalities -> killed, state -> admin1, city_or_county -> location; GTD's country_txt,
provstate, gname, target1, and its date as iyear/imonth/iday). Dates in any calendar
format ("January 20, 2015") are read as ISO dates. ACLED's event_type and sub_event_type
are compared with the run's ACLED mapping.
"""

from __future__ import annotations

import csv
from pathlib import Path

from pipeline.evaluate.model import RECORD_FIELDS, EvalSet
from pipeline.evaluate.read_project import gold_error
from pipeline.timeparse import parse_calendar_date

ALIASES = {
    "fatalities": "killed", "num_killed": "killed", "nkill": "killed", "deaths": "killed",
    "num_injured": "injured", "nwound": "injured", "wounded": "injured",
    "state": "admin1", "province": "admin1", "admin_1": "admin1",
    "city_or_county": "location", "city": "location", "city_county": "location",
    "event_date": "date", "iyear_imonth_iday": "date",
    "actor1": "agent", "perpetrator": "agent", "actor2": "target",
    "id": "doc_id", "document_id": "doc_id", "article_id": "doc_id", "event_id_cnty": "doc_id", "eventid": "doc_id",
    # the Global Terrorism Database's names
    "country_txt": "country", "provstate": "admin1", "gname": "agent", "target1": "target",
}
# GTD gives a date as three columns, a day or month of 0 when unknown
_DATE_PARTS = ("iyear", "imonth", "iday")


def _canonical_header(fieldnames: list[str]) -> list[str]:
    """Column names as record fields; an alias gives way to the field's own name or an
    earlier alias ("doc_id" and ACLED's "event_id_cnty" both there: doc_id is the id)."""
    names = [h.strip().lower() for h in fieldnames]
    header, taken = [], set(names)
    for name in names:
        field = ALIASES.get(name, name)
        if field != name and field in taken:
            field = name  # kept under its own name, compared with nothing
        taken.add(field)
        header.append(field)
    return header


def read_records(path: str | Path) -> EvalSet:
    path = Path(path)
    result = EvalSet(source=str(path), format="records")
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            header = _canonical_header(reader.fieldnames or [])
            if "doc_id" not in header:
                raise gold_error(path, 1, "records CSV needs a doc_id column")
            known = [h for h in header if h in RECORD_FIELDS or h in _DATE_PARTS]
            if not known:
                raise gold_error(path, 1, f"no record field among the columns (expected any of {', '.join(RECORD_FIELDS)})")
            for number, raw in enumerate(reader, start=2):
                if None in raw:
                    raise gold_error(path, number, "more cells than header columns")
                row = {header[i]: (value or "").strip() for i, value in enumerate(raw.values())}
                if not row.get("doc_id"):
                    raise gold_error(path, number, "empty doc_id")
                for name in ("killed", "injured"):
                    if row.get(name) and not row[name].lstrip("-").isdigit():
                        raise gold_error(path, number, f"{name} '{row[name]}' is not an integer")
                if not row.get("date") and all((row.get(part) or "0").isdigit() and int(row.get(part) or 0)
                                               for part in _DATE_PARTS):
                    row["date"] = "{:04d}-{:02d}-{:02d}".format(*(int(row[part]) for part in _DATE_PARTS))
                if row.get("date"):  # "January 20, 2015" in a coder's sheet is 2015-01-20
                    parsed = parse_calendar_date(row["date"])
                    row["date"] = parsed.isoformat() if parsed else row["date"]
                result.records[row["doc_id"]] = {k: v for k, v in row.items() if k in RECORD_FIELDS and v}
                result.doc(row["doc_id"])
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise gold_error(path, 0, f"cannot read CSV: {err}") from None
    return result
