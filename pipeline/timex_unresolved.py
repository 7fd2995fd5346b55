"""Readings of relative dates in an article with no publication date.

The contract keeps such dates unresolved rather than guessed, but the expression is still
a date: TimeML writes what the text fixes and an X for what only the document creation
time would ("Monday" is `XXXX-WXX-1`, "Dec. 29" `XXXX-12-29`, "last week" `XXXX-WXX`,
"Tuesday night" `XXXX-WXX-2TNI`), and a duration needs no anchor at all ("the past two
months" is `P2M`). The reading is found by normalising the expression against a few
publication days that differ in every field (year, month, day, ISO week, weekday,
quarter, season): a field that changes with the publication day is one the text does not
fix. The row keeps no calendar days; its anchor stays `published`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from pipeline.timeparse import Timex
from pipeline.timex import normalize

# Tuesday in Q1 winter, Saturday in Q3 summer, Monday in Q4 autumn: no field shared
_REFERENCES = (date(2003, 2, 11), date(2016, 7, 23), date(2029, 11, 5))
_DAY = re.compile(r"(\d{4})-(\d\d)-(\d\d)(T.*)?")
_FIELDS = re.compile(r"(\d{4}|\d{3}|\d\d)(?:-(W\d\d|Q\d|[A-Z]{2}|\d\d))?(?:-(WE|\d\d?))?(T.*)?")


@lru_cache(maxsize=4096)  # the same few expressions ("Monday", "last week") recur across a batch
def unresolved_reading(text: str, tense: str = "") -> Timex | None:
    """The TIMEX3 reading of `text` with what needs a publication date left as X; None when
    it is no time expression or reads as a different kind of value from day to day."""
    readings = [normalize(text, reference, tense=tense) for reference in _REFERENCES]
    if any(r is None for r in readings) or len({(r.type, r.rule_id) for r in readings}) > 1:
        return None
    values = [r.value for r in readings]
    first = readings[0]
    if len(set(values)) == 1:  # a duration, "now", or a date the text gives whole
        days = (first.first_day, first.last_day) if first.anchor == "absolute" else (None, None)
        return replace(first, first_day=days[0], last_day=days[1],
                       rule_id=f"{first.rule_id}_unresolved" if days[0] is None else first.rule_id)
    value = _masked(values)
    if value is None:
        return None
    return replace(first, value=value, first_day=None, last_day=None, anchor="published",
                   rule_id=f"{first.rule_id}_unresolved")


def _masked(values: list[str]) -> str | None:
    days = [_DAY.fullmatch(v) for v in values]
    if all(days) and len({m[4] for m in days}) == 1:
        weekdays = {date(int(m[1]), int(m[2]), int(m[3])).isoweekday() for m in days}
        month_days = {(m[2], m[3]) for m in days}
        suffix = days[0][4] or ""
        if len(month_days) == 1:  # "Dec. 29": the year is the publication's
            return f"XXXX-{days[0][2]}-{days[0][3]}{suffix}"
        if len(weekdays) == 1:  # "Monday", "late Tuesday night": its week is the publication's
            return f"XXXX-WXX-{weekdays.pop()}{suffix}"
        return f"XXXX-XX-XX{suffix}"  # "yesterday", "two days ago"
    parts = [_FIELDS.fullmatch(v) for v in values]
    if not all(parts) or len({tuple(m[i] is None for i in range(1, 5)) for m in parts}) > 1:
        return None  # "last week" as a week from one day and a month from another
    fields = []
    for index in range(1, 5):
        field = parts[0][index]
        if field is not None and len({m[index] for m in parts}) > 1:
            field = re.sub(r"\d", "X", field)  # "last week" 2003-W06 / 2016-W29: XXXX-WXX
        fields.append(field)
    year, unit, day, clock = fields
    return year + "".join(f"-{f}" for f in (unit, day) if f is not None) + (clock or "")
