"""Calendar helpers around dateparser: parsing absolute dates and first-pass normalisation.

dateparser is used for what it does well (absolute and simple relative expressions),
behind a cache and always with the document's publication date as RELATIVE_BASE.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_BARE_NUMBER = re.compile(r"^[\d\s,.]+$")
_YEAR = re.compile(r"\b(1[6-9]|20)\d{2}\b")
# what a calendar expression has: a number, a month or weekday name, or a word of time
# ("an early morning" has none; dateparser read it as a day a year and a month back)
_CALENDAR_WORD = re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
                            r"|\b(?:ago|yesterday|today|tomorrow|tonight|now|noon|midnight|last|next|this|past|"
                            r"second|minute|hour|day|week|month|year|decade|century)s?\b", re.I)


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
def dateparser_reading(text: str, base: date | None) -> tuple[date, str] | None:
    """dateparser's reading of an expression: (day, period), period being day, week, month,
    year or time; None when it has none. pipeline.timex turns it into a TIMEX3 value."""
    if _BARE_NUMBER.match(text) or not _CALENDAR_WORD.search(text):
        return None  # "11", "5,200": numbers are not dates; nor is "an early morning"
    if base is None and not _YEAR.search(text):
        return None
    parser = _relative_parser(base) if base is not None else _absolute_parser()
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = "time" if data.period == "part_of_day" else data.period
    return data.date_obj.date(), period


def has_year(text: str) -> bool:
    return bool(_YEAR.search(text))
