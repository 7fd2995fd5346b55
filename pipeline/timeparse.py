"""Calendar helpers around dateparser: parsing absolute dates and first-pass normalisation.

dateparser is used for what it does well (absolute and simple relative expressions),
behind a cache and always with the document's publication date as RELATIVE_BASE.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_BARE_NUMBER = re.compile(r"^[\d\s,.]+$")
_YEAR = re.compile(r"\b(1[6-9]|20)\d{2}\b")


@dataclass(frozen=True, slots=True)
class Timex:
    """A normalised time expression: a TIMEX3 value and the calendar days it covers."""

    value: str
    type: str
    first_day: date | None = None
    last_day: date | None = None
    anchor: str = "published"
    rule_id: str = ""
    mod: str = ""  # TIMEX3 mod: APPROX, START, END, MID, MORE_THAN, ...


@lru_cache(maxsize=1)
def _absolute_parser() -> DateDataParser:
    return DateDataParser(languages=["en"], settings={"REQUIRE_PARTS": ["day", "month", "year"]})


@lru_cache(maxsize=4096)
def parse_calendar_date(text: str) -> date | None:
    """A full calendar date ('2019-12-30', 'Dec 30, 2019', 'Monday, 30 December 2019')."""
    match = _ISO_DATE.match(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    data = _absolute_parser().get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None


@lru_cache(maxsize=64)
def _relative_parser(base: date) -> DateDataParser:
    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": True,
    })


@lru_cache(maxsize=65536)
def dateparser_timex(text: str, base: date | None) -> Timex | None:
    """First-pass normalisation with dateparser alone; None when it has no answer."""
    if _BARE_NUMBER.match(text):
        return None  # "11", "5,200": numbers are not dates
    has_year = bool(_YEAR.search(text))
    if base is None and not has_year:
        return None
    parser = _relative_parser(base) if base is not None else _absolute_parser()
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    anchor = "absolute" if has_year else "published"
    if data.period == "day":
        return Timex(day.isoformat(), "DATE", day, day, anchor, "dp_day")
    if data.period == "month":
        last = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
        return Timex(f"{day.year:04d}-{day.month:02d}", "DATE", day.replace(day=1), last, anchor, "dp_month")
    if data.period == "year":
        return Timex(f"{day.year:04d}", "DATE", date(day.year, 1, 1), date(day.year, 12, 31), anchor, "dp_year")
    if data.period == "week":
        monday = day - timedelta(days=day.weekday())
        iso = monday.isocalendar()
        return Timex(f"{iso.year:04d}-W{iso.week:02d}", "DATE", monday, monday + timedelta(days=6), anchor, "dp_week")
    if data.period in ("time", "part_of_day"):
        return Timex(day.isoformat(), "TIME", day, day, anchor, "dp_time")
    return None
