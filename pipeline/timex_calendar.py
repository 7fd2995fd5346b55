"""Calendar arithmetic and absolute expressions for pipeline.timex: TIMEX3 values for
days, weeks, months, quarters and years; month names with days ("Dec. 29"), weekdays,
weekends, seasons, holidays, spoken years ("nineteen ninety-six"), decades, centuries.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from pipeline.config import data_path
from pipeline.timeparse import Timex

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6})

@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(data_path("dictionaries/timex.json").read_text(encoding="utf-8"))


def as_day(d: date, rule: str, anchor: str = "published", type_: str = "DATE", suffix: str = "") -> Timex:
    return Timex(d.isoformat() + suffix, type_, d, d, anchor, rule)


def as_month(year: int, month: int, rule: str, anchor: str = "published") -> Timex:
    last = calendar.monthrange(year, month)[1]
    return Timex(f"{year:04d}-{month:02d}", "DATE", date(year, month, 1), date(year, month, last), anchor, rule)


def as_year(year: int, rule: str, anchor: str = "published") -> Timex:
    return Timex(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), anchor, rule)


def as_week(monday: date, rule: str, weekend: bool = False) -> Timex:
    iso = monday.isocalendar()
    if weekend:
        saturday = monday + timedelta(days=5)
        return Timex(f"{iso.year:04d}-W{iso.week:02d}-WE", "DATE", saturday, saturday + timedelta(days=1),
                     "published", rule)
    return Timex(f"{iso.year:04d}-W{iso.week:02d}", "DATE", monday, monday + timedelta(days=6), "published", rule)


def as_quarter(year: int, q: int, rule: str) -> Timex:
    first = date(year, 3 * q - 2, 1)
    last_month = 3 * q
    return Timex(f"{year:04d}-Q{q}", "DATE", first, date(year, last_month, calendar.monthrange(year, last_month)[1]),
                 "published", rule)


def add_months(d: date, months: int) -> date:
    month_index = d.year * 12 + d.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def number_of(word: str) -> float | None:
    word = word.strip().lower()
    numbers = lexicon()["numbers"]
    if word in numbers:
        return numbers[word]
    if re.fullmatch(r"\d+(?:\.\d+)?", word.replace(",", "")):
        return float(word.replace(",", ""))
    fraction = re.fullmatch(r"(?:(.+?)[\s-]+)?(1/2|½|1/4|¼|3/4|¾)", word)
    if fraction and (not fraction[1] or number_of(fraction[1]) is not None):
        share = {"1/2": 0.5, "½": 0.5, "1/4": 0.25, "¼": 0.25, "3/4": 0.75, "¾": 0.75}[fraction[2]]
        return (number_of(fraction[1]) if fraction[1] else 0) + share
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", word)
    if half and number_of(half[1]) is not None:
        return number_of(half[1]) + 0.5
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        if parts[1] in ("hundred", "dozen"):
            return numbers[parts[0]] * numbers[parts[1]]
        if parts[0] in ("a", "an"):
            return numbers[parts[1]]  # "a two-day visit"
        return numbers[parts[0]] + numbers[parts[1]]
    return None


def unit_of(word: str) -> str | None:
    word = word.lower().rstrip("s") if word.lower() not in ("hours",) else "hour"
    return lexicon()["units"].get(word)


# A fractional amount is written in the next smaller unit: 2.5 years -> P2Y6M.
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration_value(count: float | None, unit: str) -> str:
    if count is not None and count != int(count) and unit == "W":
        return f"P{round(count * 7)}D"
    if count is not None and count != int(count) and unit in _SMALLER:
        small, per = _SMALLER[unit]
        rest = round((count - int(count)) * per)
        tail = duration_value(rest, small)
        if int(count) == 0:
            return tail
        whole = duration_value(int(count), unit)
        if small in ("H", "MIN", "S") and "T" not in whole:
            return whole + tail[1:]  # P1D + PT12H -> P1DT12H
        return whole + tail[2 if tail.startswith("PT") else 1:]
    amount = "X" if count is None else (f"{count:g}" if count != int(count) else str(int(count)))
    if unit in ("H", "MIN", "S"):
        return f"PT{amount}{'M' if unit == 'MIN' else unit}"
    if unit == "DE":
        return f"P{amount}DE" if count is None else f"P{int(count) * 10}Y"
    if unit == "CE":
        return f"P{amount}CE" if count is None else f"P{int(count) * 100}Y"
    if unit == "2W":
        return "P2W"
    if unit == "WE":
        return "P2D" if count in (None, 1) else f"P{int(count) * 2}D"
    return f"P{amount}{unit}"


def shift(dct: date, count: int, unit: str) -> date:
    if unit == "H":  # whole days only: the clock time of the DCT is not known
        return dct + timedelta(days=int(count / 24))
    if unit in ("D", "WE"):
        return dct + timedelta(days=count)
    if unit in ("W", "2W"):
        return dct + timedelta(weeks=count * (2 if unit == "2W" else 1))
    if unit == "M":
        return add_months(dct, count)
    if unit == "Q":
        return add_months(dct, 3 * count)
    if unit == "Y":
        return add_months(dct, 12 * count)
    if unit == "DE":
        return add_months(dct, 120 * count)
    if unit == "CE":
        return add_months(dct, 1200 * count)
    return dct  # hours, minutes and seconds do not move the day a reader can tell


def at_unit(d: date, unit: str, rule: str) -> Timex:
    """A date at the granularity of a unit: days, weeks, months, quarters, years, decades,
    centuries. A clock unit gives the day ("two hours later" is that day: the hour is
    not known)."""
    if unit in ("D", "H", "MIN", "S"):
        return as_day(d, rule)
    if unit in ("W", "2W"):
        return as_week(d - timedelta(days=d.weekday()), rule)
    if unit == "WE":
        return as_week(d - timedelta(days=d.weekday()), rule, weekend=True)
    if unit == "M":
        return as_month(d.year, d.month, rule)
    if unit == "Q":
        return as_quarter(d.year, (d.month - 1) // 3 + 1, rule)
    if unit == "DE":
        return Timex(f"{d.year // 10:03d}", "DATE", date(d.year // 10 * 10, 1, 1), date(d.year // 10 * 10 + 9, 12, 31),
                     "published", rule)
    if unit == "CE":  # "this century" in 1999 is the 20th: "19"
        first = d.year // 100 * 100
        return Timex(f"{d.year // 100:02d}", "DATE", date(max(first, 1), 1, 1), date(first + 99, 12, 31),
                     "published", rule)
    return as_year(d.year, rule)


def nearest_year(month: int, day: int | None, dct: date, tense: str) -> int:
    """The year that puts month (and day) nearest the DCT, in the direction the tense says."""
    def as_date(year: int) -> date:
        return date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))

    candidates = [dct.year - 1, dct.year, dct.year + 1]
    if tense in ("past", "perfect", "last"):
        before = max(y for y in candidates if (as_date(y) <= dct if day else (y, month) <= (dct.year, dct.month)))
        # A day more than half a year back, when the same day a few weeks ahead is at
        # hand, is the coming one: writers give the year for a date that far back, and a
        # past-tense verb often governs a planned date ("said the talks would start on
        # Nov. 10"). A month alone keeps to the tense ("the company said in January").
        if day and tense != "last" and _much_nearer(as_date(before + 1), as_date(before), dct):
            return before + 1
        return before
    if tense in ("future", "next"):
        after = min(y for y in candidates if (as_date(y) >= dct if day else (y, month) >= (dct.year, dct.month)))
        if day and tense != "next" and _much_nearer(as_date(after - 1), as_date(after), dct):
            return after - 1  # "to return the child by Jan. 14", published Jan. 15
        return after
    # No tense: news reports mostly look back, so the past reading wins unless the
    # future one is much nearer ("Oct. 23" in May is last October).
    past = max(y for y in candidates if as_date(y) <= dct + timedelta(days=1))
    future = min(y for y in candidates if as_date(y) >= dct)
    if (as_date(future) - dct).days * 3 < (dct - as_date(past)).days:
        return future
    return past


def _much_nearer(other: date, chosen: date, dct: date) -> bool:
    """The tense's choice is over half a year away and the other reading three times nearer."""
    return abs((chosen - dct).days) > 183 and abs((other - dct).days) * 3 < abs((chosen - dct).days)


def weekday_date(target: int, dct: date, tense: str, which: str = "") -> date:
    """A bare weekday: past tense looks back (the DCT's own weekday is the DCT), future
    and present tense ("parliament meets Tuesday") look forward."""
    if which == "last" or (which == "" and tense not in ("future", "present")):
        back = (dct.weekday() - target) % 7
        if which == "last" and back == 0:
            back = 7
        return dct - timedelta(days=back)
    if which == "next" or tense in ("future", "present"):
        ahead = (target - dct.weekday()) % 7
        return dct + timedelta(days=ahead or (7 if which == "next" else 0))
    return dct - timedelta(days=(dct.weekday() - target) % 7)


def weekend_monday(dct: date, tense: str, which: str) -> date:
    """Monday of the ISO week whose weekend is meant."""
    monday = dct - timedelta(days=dct.weekday())
    if which == "last":
        return monday - timedelta(weeks=1)
    if which == "next":
        return monday + timedelta(weeks=1)
    # "this weekend": the one just past on a Monday or in past-tense clauses early in the week;
    # "the weekend" told early in the week is the one past unless the clause looks forward
    # ("is investigating two shootings over the weekend" on a Tuesday)
    if dct.weekday() == 0 or (tense in ("past", "perfect") and dct.weekday() < 5) or \
            (which == "the" and tense != "future" and dct.weekday() < 4):
        return monday - timedelta(weeks=1)
    return monday



def holiday(s: str, dct: date, tense: str) -> Timex | None:
    from dateutil.easter import easter

    key = re.sub(r"^(?:last|this|next)\s+", "", s)
    rule = lexicon().get("holidays", {}).get(key)
    if rule is None:
        return None

    def on(year: int) -> date:
        if rule == "easter":
            return easter(year)
        if rule in ("thanksgiving", "election", "memorial", "labor"):
            month, weekday, nth = {"thanksgiving": (11, 3, 4), "election": (11, 0, 1), "memorial": (5, 0, -1),
                                   "labor": (9, 0, 1)}[rule]
            days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
                    if date(year, month, d).weekday() == weekday]
            if rule == "election":  # the Tuesday after the first Monday
                return days[0] + timedelta(days=1)
            return days[nth - 1] if nth > 0 else days[-1]
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day)

    which = s.split()[0] if s.split()[0] in ("last", "this", "next") else ""
    direction = {"last": "past", "next": "future"}.get(which, tense)
    options = [on(dct.year - 1), on(dct.year), on(dct.year + 1)]
    if direction == "future":
        chosen = min(d for d in options if d >= dct)
    elif direction == "present" and which == "this":
        chosen = on(dct.year)
    elif direction in ("present", "") and not which:
        # "our campaign from now to Election Day": a holiday a few days ahead is the
        # coming one unless the tense says the past; otherwise the last one
        past, future = max(d for d in options if d <= dct), min(d for d in options if d >= dct)
        chosen = future if (future - dct).days * 3 < (dct - past).days else past
    else:
        chosen = max(d for d in options if d <= dct)
    return as_day(chosen, "holiday")


def spoken_year(s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'the year two thousand' -> 2000."""
    s = re.sub(r"^(?:the year|in)\s+", "", s)
    if s in ("two thousand", "the year two thousand"):
        return 2000
    match = re.fullmatch(r"(nineteen|eighteen|twenty)\s+(.+)", s)
    if not match:
        return None
    rest = number_of(match[2]) if match[2] not in ("hundred",) else 0
    if rest is None or rest != int(rest) or not 0 <= rest < 100:
        return None
    return {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[match[1]] + int(rest)


# the month each season starts (TIMEX3 codes; winter runs from December into the next year)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def season_of_year(code: str, year: int) -> Timex:
    """A season of a named year ("the summer of 2014": 2014-SU, June to August)."""
    first = date(year, SEASON_START[code], 1)
    return Timex(f"{year:04d}-{code}", "DATE", first, add_months(first, 3) - timedelta(days=1), "absolute",
                 "season_of_year")


def season(code: str, dct: date, offset: int, tense: str) -> Timex:
    start_month = SEASON_START[code]
    year = dct.year
    if offset == 0 and tense in ("past", "perfect") and (year, start_month) > (dct.year, dct.month):
        year -= 1
    elif offset < 0:  # "last summer": the latest one over ("last spring" in October is this year's)
        year = max(y for y in (dct.year - 2, dct.year - 1, dct.year) if add_months(date(y, start_month, 1), 3) <= dct)
    elif offset > 0:  # "next summer": the first one still to begin
        year = min(y for y in (dct.year, dct.year + 1) if date(y, start_month, 1) > dct)
    first = date(year, start_month, 1)
    last = add_months(first, 3) - timedelta(days=1)
    return Timex(f"{year:04d}-{code}", "DATE", first, last, "published", "season")


def read_absolute(s: str, dct: date | None, tense: str) -> Timex | None:
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    # "December 31, 2019", "Dec. 29", "31 December 2019"
    weekday_prefix = rf"(?:(?:(last|this|next)\s+)?({'|'.join(WEEKDAYS)})\.?,?\s+|(last|this|next)\s+)?"
    # "April 24 and 25", "Oct. 3-5": the first day, the interval to the last
    until = r"(?:\s*(?:-|–|and|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b)?"
    match = re.fullmatch(rf"{weekday_prefix}({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?{until}"
                         rf"(?:,?\s+(\d{{4}}))?", s) \
        or re.fullmatch(rf"{weekday_prefix}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?{until}(?:\s+of)?\s+"
                        rf"({month_names})\.?,?(?:\s+(\d{{4}}))?", s)
    if match:
        which, weekday, which_alone, first, second, third, year = match.groups()
        which = which or which_alone
        if first.isdigit():  # "24 and 25 April": the month is last
            month_word, day_word, last_word = third, first, second
        else:
            month_word, day_word, last_word = first, second, third
        month, day = MONTHS[month_word], int(day_word)
        timex = _day_of(month, day, year, weekday, which, dct, tense)
        if timex is not None and last_word and int(last_word) > day:
            try:
                timex = replace(timex, last_day=date(timex.first_day.year, month, int(last_word)))
            except ValueError:
                pass
        return timex
    # "2019-12-31", "12/31/2019"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s) or None
    if match:
        return safe_day(int(match[1]), int(match[2]), int(match[3]), "iso_date", "absolute")
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", s)
    if match:
        year = int(match[3]) + (1900 if len(match[3]) == 2 and int(match[3]) > 30 else 2000 if len(match[3]) == 2 else 0)
        return safe_day(year, int(match[1]), int(match[2]), "us_date", "absolute")
    # "December 2019", "December", "last October", "next March"
    match = re.fullmatch(rf"(?:(last|next|this)\s+)?({month_names})\.?(?:,?\s+(?:of\s+)?(\d{{4}}))?", s)
    if match:
        month = MONTHS[match[2]]
        if match[3]:
            return as_month(int(match[3]), month, "abs_month", "absolute")
        if dct is None:
            return None
        direction = match[1] if match[1] in ("last", "next") else tense
        year = dct.year if match[1] == "this" else nearest_year(month, None, dct, direction)
        if match[1] == "last" and (year, month) == (dct.year, dct.month):
            year -= 1
        return as_month(year, month, "month", "published")
    match = re.fullmatch(rf"(?:(?:early|late|mid)[\s-])?({month_names})\.?,?\s+(?:of\s+)?(this|last|next)\s+year", s)
    if match and dct is not None:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[match[2]]
        return as_month(year, MONTHS[match[1]], "month_rel_year", "published")
    match = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century", s)
    if match:
        century = int(match[1]) - 1
        return Timex(f"{century:02d}", "DATE", date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31),
                     "absolute", "century")
    spoken = spoken_year(s)
    if spoken is not None:
        return as_year(spoken, "spoken_year", "absolute")
    match = re.fullmatch(rf"({month_names})\.?\s+(nineteen|twenty)\s+(.+)", s)
    if match and spoken_year(f"{match[2]} {match[3]}"):
        return as_month(spoken_year(f"{match[2]} {match[3]}"), MONTHS[match[1]], "abs_month_spoken", "absolute")
    match = re.fullmatch(r"(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", s)
    if match:
        decade = 190 + ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                        "nineties"].index(match[1]) + 2
        return Timex(f"{decade:03d}", "DATE", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "published",
                     "decade_word")
    match = re.fullmatch(r"(?:the\s+)?(\d{4})\s+(first|second|third|fourth)\s+quarter", s)
    if match:
        return as_quarter(int(match[1]), lexicon()["ordinals"][match[2]], "quarter")
    # years, fiscal years, decades
    match = re.fullmatch(r"(?:fiscal\s+|the year\s+|calendar\s+|the\s+)?((?:1[6-9]|20)\d\d)", s)
    if match:
        return as_year(int(match[1]), "year", "absolute")
    match = re.fullmatch(r"(?:the\s+)?(?:(1[6-9]|20)(\d)0|')?(\d0)?'?s", s)
    if match and (match[1] or match[3]):
        if match[1]:
            decade = int(match[1] + match[2])
        else:
            decade = (int(match[3]) // 10) + (190 if int(match[3]) >= 30 else 200)
        return Timex(f"{decade:03d}", "DATE", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "absolute", "decade")
    # quarters and halves: "the third quarter (of 1989)", "third-quarter", "first half"
    match = re.fullmatch(r"(?:the\s+)?(?:fiscal[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]"
                         r"(quarter|half)(?:\s+of\s+(?:(?:the\s+)?(?:fiscal\s+)?(\d{4})|(this|last|next) year))?", s)
    if match:
        ordinal = lexicon()["ordinals"][match[1]]
        if match[3]:
            year = int(match[3])
        elif dct is None:
            return None
        else:
            year = dct.year + {"last": -1, "next": 1}.get(match[4] or "", 0)
            if not match[4] and match[2] == "quarter" and ordinal > (dct.month - 1) // 3 + 1 and tense != "future":
                year -= 1
        if match[2] == "half":
            half = min(ordinal, 2)
            return Timex(f"{year:04d}-H{half}", "DATE", date(year, 6 * half - 5, 1),
                         date(year, 6 * half, 30 if half == 1 else 31), "published", "half")
        return as_quarter(year, ordinal, "quarter")
    return None


def _day_of(month: int, day: int, year: str | None, weekday: str | None, which: str | None, dct: date | None,
            tense: str) -> Timex | None:
    """A month and day: the year written, the one the weekday fits, or the nearest in the
    direction of "last"/"next" or the tense."""
    if year:
        return safe_day(int(year), month, day, "abs_date", "absolute")
    if dct is None:
        return None
    if weekday:  # "Saturday, April 25": the weekday tells the year
        for year_guess in (dct.year, dct.year + 1, dct.year - 1):
            try:
                if date(year_guess, month, day).weekday() == WEEKDAYS[weekday]:
                    return safe_day(year_guess, month, day, "weekday_month_day", "published")
            except ValueError:
                continue
    direction = {"last": "last", "next": "next"}.get(which or "", tense)
    return safe_day(nearest_year(month, day, dct, direction), month, day, "month_day", "published")


def safe_day(year: int, month: int, day: int, rule: str, anchor: str) -> Timex | None:
    try:
        return as_day(date(year, month, day), rule, anchor)
    except ValueError:
        return None
