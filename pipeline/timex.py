"""News date conventions: a time expression -> TIMEX3 value, type and calendar days.

Given the publication date (DCT) and the tense of the clause, a reader resolves
"Monday", "this weekend", "last week", "Dec. 29" and "the past two months" without
hesitation; dateparser alone does not (the publication weekday resolves to the week
before, weekends and durations give nothing, bare numbers become dates). The grammar
here covers those conventions; the words it needs are data in
models/dictionaries/timex.json; dateparser handles what is left (absolute dates in
unusual formats). Every rule has an id that reaches the `rule_id` column.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from pipeline.timeparse import Timex, dateparser_reading, has_year
from pipeline.timex_words import clean
from pipeline.timex_calendar import (
    MONTHS, WEEKDAYS, add_months, as_day, as_month, as_quarter, as_week,
    as_year, at_unit, duration_value, holiday, lexicon, number_of,
    read_absolute, season, season_of_year, shift, unit_of, weekday_date, weekend_monday,
)

def in_small_hours(value: str) -> bool:
    """Whether a TIMEX3 value is a clock time between midnight and 6 a.m. ("2013-06-02T01:00")."""
    return re.fullmatch(r"\d{4}-\d\d-\d\dT0[0-5]:\d\d", value) is not None


def normalize(text: str, dct: date | None, *, tense: str = "", previous: date | None = None,
              focus: str = "") -> Timex | None:
    """The TIMEX3 reading of one expression; None when it is not a time expression.

    `previous` is the last calendar day the article resolved (for "the next day");
    `focus` the last value it resolved, so that "a year earlier" after "the third
    quarter" is that quarter a year before."""
    s, mod = clean(text)
    if not s or re.fullmatch(r"[\d,.]+", s) and not re.fullmatch(r"(1[6-9]|20)\d\d", s):
        return None  # "11", "5,200": numbers are not dates
    years = _YEAR_RANGE.fullmatch(s)
    if re.fullmatch(r"[\d,.]+\s*(?:and|or|to|-|–)\s*[\d,.]+", s) and not years or \
            re.fullmatch(r"\d+(?:st|nd|rd|th) hour", s):
        return None  # "aged between 15 and 16", "an 11th hour truce"
    named = lexicon().get("named_days", {}).get(s)
    if named:  # "shortly after 9/11"
        return as_day(date.fromisoformat(named), "named_day", anchor="absolute")
    if years:  # "from 2013-15": the years from the first to the last, as one span
        first = int(years[1])
        last = int(years[2]) if len(years[2]) == 4 else first // 100 * 100 + int(years[2])
        if first < last <= first + 50:
            return Timex(f"P{last - first + 1}Y", "DURATION", date(first, 1, 1), date(last, 12, 31), "absolute",
                         "year_range")
    if mod in ("START", "MID", "END") and dct is not None and re.fullmatch(r"(?:the\s+)?(?:year|month|week)", s):
        # "the end of the year", "the middle of the month": this one, with its mod
        return replace(at_unit(dct, unit_of(s.split()[-1]), "part_of_unit"), mod=mod)
    result = _from_focus(s, focus) or (_after_focus(s, focus) if previous is None else None) or \
        _read(s, dct, tense, previous)
    if result is None and s.startswith("the "):
        result = _read(s[4:], dct, tense, previous)
    quarter = re.fullmatch(r"(\d{4})-Q(\d)", focus)
    if quarter and re.fullmatch(r"(?:a|one) year (?:ago|earlier|before)", s):
        result = as_quarter(int(quarter[1]) - 1, int(quarter[2]), "rel_year_ago_quarter")
    if result is None and dct is not None and not re.fullmatch(r"\d{1,2}:\d\d", s):
        result = _from_dateparser(text, dct)  # not "04:36", "0:45": a video's length is no time
    if result is None:
        return None
    if mod and not result.mod:
        result = replace(result, mod=mod)
    return result


def _from_focus(s: str, focus: str) -> Timex | None:
    """"that year", "later that month", "the following year": the year or month of the date
    the article last named ("fled in June 1998 and returned later that year")."""
    quarter = re.fullmatch(r"(\d{4})-Q(\d)", focus)
    if quarter and s in ("that quarter", "the same quarter", "that same quarter"):
        return replace(as_quarter(int(quarter[1]), int(quarter[2]), "focus_unit"), anchor="previous_date")
    match = re.fullmatch(r"(?:that|the same|that same|(?:(?:the|that)\s+)?(following|previous|preceding))\s+"
                         r"(year|month)", s)
    named = re.match(r"(\d{4})(?:-(\d{2}))?", focus)
    if not match or not named or match[2] == "month" and not named[2]:
        return None
    step = {"following": 1, "previous": -1, "preceding": -1}.get(match[1] or "", 0)
    if match[2] == "year":
        timex = as_year(int(named[1]) + step, "focus_unit")
    else:
        month = add_months(date(int(named[1]), int(named[2]), 1), step)
        timex = as_month(month.year, month.month, "focus_unit")
    return replace(timex, anchor="previous_date")


_YEAR_RANGE = re.compile(r"((?:1[6-9]|20)\d\d)\s*[-–]\s*(\d\d|(?:1[6-9]|20)\d\d)")
_COUNTED_UNIT = re.compile(r"(?:\d|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|"
                           r"fourth|fifth|several|few)\b)[\w\s-]*?\b(?:hours?|days?|weeks?|months?|years?)\b")
_ANCHORING = re.compile(r"\b(?:ago|later|earlier|before|after|next|last|this|past|coming|previous|following)\b")


def _after_focus(s: str, focus: str) -> Timex | None:
    """"three months earlier", "two years later" after a month or year the article named and
    no day ("In the half-term break of February 2015, ... three months earlier": November
    2014), counted from that month or year, not from publication."""
    match = re.fullmatch(r"(.+?)\s+(month|year)s?\s+(earlier|before|later|after)", s)
    named = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", focus)
    if not match or not named or number_of(match[1]) is None or match[2] == "month" and not named[2]:
        return None
    step = int(number_of(match[1])) * (1 if match[3] in ("later", "after") else -1)
    if match[2] == "year":
        return replace(as_year(int(named[1]) + step, "focus_shift"), anchor="previous_date")
    month = add_months(date(int(named[1]), int(named[2]), 1), step)
    return replace(as_month(month.year, month.month, "focus_shift"), anchor="previous_date")


def _from_dateparser(text: str, dct: date) -> Timex | None:
    """What the rules do not read, dateparser may: its (day, period) as a TIMEX3 value; not a
    counted span with no anchor, which it would count from the DCT ("between 30 and 60 days",
    "a second week"; but "Mother's Day")."""
    if _COUNTED_UNIT.search(text.lower()) and not _ANCHORING.search(text.lower()):
        return None
    reading = dateparser_reading(text, dct)
    if reading is None:
        return None
    day, period = reading
    if period == "day":
        timex = as_day(day, "dateparser:dp_day")
    elif period == "time":
        timex = as_day(day, "dateparser:dp_time", type_="TIME")
    elif period == "month":
        timex = as_month(day.year, day.month, "dateparser:dp_month")
    elif period == "year":
        timex = as_year(day.year, "dateparser:dp_year")
    elif period == "week":
        timex = as_week(day - timedelta(days=day.weekday()), "dateparser:dp_week")
    else:
        return None
    return replace(timex, anchor="absolute" if has_year(text) else "published")


def _clock_day(previous: date | None, dct: date, tense: str) -> date:
    """The day of a clock time told without one: the day last told, unless that lies after
    publication and the clause is past ("The shooting happened shortly before 1:30 p.m."
    after "is recovering Monday morning" in a Sunday paper), else the DCT's."""
    if previous is None or previous > dct and tense in ("past", "perfect"):
        return dct
    return previous


@lru_cache(maxsize=1)
def _day_ordinal_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, int]]:
    days = lexicon()["day_ordinals"]
    ordinal = "|".join(sorted(days, key=len, reverse=True))
    months = "|".join(MONTHS)
    return (re.compile(rf"\b({months})\s+(?:the\s+)?({ordinal})\b"),
            re.compile(rf"\b(?:the\s+)?({ordinal})\s+of\s+({months})\b"), days)


def _with_day_numbers(s: str) -> str:
    """ "March eighth", "Sunday, the eighth of March": the day as a number ("march 8")."""
    after_month, before_month, days = _day_ordinal_patterns()
    s = after_month.sub(lambda m: f"{m[1]} {days[m[2]]}", s)
    return before_month.sub(lambda m: f"{m[2]} {days[m[1]]}", s)


def _read(s: str, dct: date | None, tense: str, previous: date | None) -> Timex | None:
    lex = lexicon()
    # --- reference words: PRESENT_REF / PAST_REF / FUTURE_REF / sets
    if s in lex["present_ref"]:
        return Timex("PRESENT_REF", "DATE", dct, dct, "published", "ref_present")
    if s in lex["past_ref"]:
        return Timex("PAST_REF", "DATE", None, dct, "published", "ref_past")
    if s in lex["future_ref"]:
        return Timex("FUTURE_REF", "DATE", dct, None, "published", "ref_future")
    if s in lex["sets"]:
        return Timex(lex["sets"][s], "SET", None, None, "", "set_adverb")
    match = re.fullmatch(r"(?:every|each|per|a|an)\s+(\w+)", s)
    if match and unit_of(match[1]) and not s.startswith(("a ", "an ")):
        return Timex(duration_value(1, unit_of(match[1])), "SET", None, None, "", "set_every")
    match = re.fullmatch(r"(?:every|each|on)?\s*(" + "|".join(WEEKDAYS) + r")(s)?"
                         r"(?:\s+(morning|afternoon|evening|night)(s)?)?", s)
    if match and (s.startswith(("every", "each")) or match[2] or match[4]):  # "on Tuesday nights"
        part = f"T{lex['parts_of_day'][match[3]]}" if match[3] else ""
        return Timex(f"XXXX-WXX-{WEEKDAYS[match[1]] + 1}{part}", "SET", None, None, "", "set_weekday")
    match = re.fullmatch(r"(?:every|each)\s+(" + "|".join(MONTHS) + r")", s)
    if match:
        return Timex(f"XXXX-{MONTHS[match[1]]:02d}", "SET", None, None, "", "set_month")

    # --- absolute dates and years need no DCT
    match = re.fullmatch(r"(?:the\s+)?(spring|summer|fall|autumn|winter)\s+(?:of\s+)?(.+)", s)
    if match:  # "the summer of 2012", "winter 1994", "the winter of nineteen ninety-four"
        year = read_absolute(match[2], dct, tense)
        if year is not None and re.fullmatch(r"\d{4}", year.value):
            return season_of_year(lex["seasons"][match[1]], int(year.value))
    s = _with_day_numbers(s)
    absolute = read_absolute(s, dct, tense)
    if absolute is not None or dct is None:
        return absolute

    # --- days around the DCT
    parts = lex["parts_of_day"]
    simple = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0}
    if s in simple:
        d = dct + timedelta(days=simple[s])
        return as_day(d, f"rel_{s.replace(' ', '_')}", type_="TIME" if s == "tonight" else "DATE",
                    suffix="TNI" if s == "tonight" else "")
    if s == "overnight" and tense != "future":
        # a report's "overnight" is the night before publication
        return as_day(dct - timedelta(days=1), "rel_overnight", type_="TIME", suffix="TNI")
    match = re.fullmatch(r"(this|last|yesterday|tomorrow|today)\s+(morning|afternoon|evening|night)", s)
    if match:
        offset = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[match[1]]
        return as_day(dct + timedelta(days=offset), "rel_part_of_day", type_="TIME", suffix="T" + parts[match[2]])

    match = re.fullmatch(r"(morning|afternoon|evening|night)\s+(yesterday|today|tomorrow)", s)
    if match:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match[2]]
        return as_day(dct + timedelta(days=offset), "rel_part_of_day", type_="TIME", suffix="T" + parts[match[1]])
    festive = holiday(s, dct, tense)
    if festive is not None:
        return festive

    match = re.fullmatch(r"(?:the\s+)?(?:(?:early|small|wee|late|first)\s+)?hours\s+of\s+(.+)", s)
    if match:  # "in the early hours of Thursday morning": that morning
        inner = _read(match[1], dct, tense, previous)
        return replace(inner, mod=inner.mod or "START") if inner is not None else None
    if re.fullmatch(r"year[\s-]?end|year's end", s):
        # "complete the deal by year-end" is this year's; "since year-end" the last one
        year = dct.year - 1 if tense in ("past", "perfect") or tense == "" and dct.month <= 2 else dct.year
        return as_day(date(year, 12, 31), "year_end")

    # --- financial reporting periods: "the quarter", "the latest period", "year-earlier"
    last_quarter_end = add_months(date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1), 0) - timedelta(days=1)
    if re.fullmatch(r"(?:latest|recent|most recent|current|same)?\s*(?:quarter|period)", s):
        return as_quarter(last_quarter_end.year, (last_quarter_end.month - 1) // 3 + 1, "fin_latest_quarter")
    match = re.fullmatch(r"(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:year[\s-](?:earlier|ago)|year-before)\s+"
                         r"(first|second|third|fourth)\s+quarter|(?:the\s+)?(first|second|third|fourth)?\s*quarter\s+"
                         r"(?:a|one)\s+year\s+(?:ago|earlier)", s)
    if match:  # "the year-earlier third quarter", "the (third) quarter a year ago"
        ordinal = match[1] or match[2]
        q = lexicon()["ordinals"][ordinal] if ordinal else (last_quarter_end.month - 1) // 3 + 1
        return as_quarter((dct.year if ordinal else last_quarter_end.year) - 1, q, "fin_year_ago_quarter")
    if re.fullmatch(r"(?:the\s+)?(?:latest|year[\s-]earlier|year[\s-]ago)\s+(\w+)\s+months", s) and \
            number_of(s.split()[-2]) is not None:  # "the latest nine months": a span of months
        return Timex(duration_value(number_of(s.split()[-2]), "M"), "DURATION", None, None, "", "fin_months")
    if re.fullmatch(r"(?:the\s+)?(?:year[\s-](?:earlier|ago)|corresponding|comparable|year-before)"
                    r"(?:\s+(?:quarter|period))?(?:\s+(?:last|a)\s+year)?|corresponding period last year", s):
        year_before = add_months(last_quarter_end, -12)
        return as_quarter(year_before.year, (year_before.month - 1) // 3 + 1, "fin_year_ago_quarter")
    if re.fullmatch(r"(?:current|full|fiscal|current fiscal|full fiscal|whole)\s+year", s):
        return as_year(dct.year, "fin_current_year")
    match = re.fullmatch(r"(this|last|next) year's\s+(first|second|third|fourth)\s+quarter|"
                         r"(this|last|next) year's\s+quarter", s)
    if match:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[match[1] or match[3]]
        q = lexicon()["ordinals"][match[2]] if match[2] else (last_quarter_end.month - 1) // 3 + 1
        return as_quarter(year, q, "fin_year_quarter")
    match = re.fullmatch(r"(?:that|the same)\s+(week|month|year)", s)
    if match and previous is not None:
        unit = unit_of(match[1])
        timex = at_unit(previous, unit, "prev_same_unit")
        return Timex(timex.value, timex.type, timex.first_day, timex.last_day, "previous_date", timex.rule_id)

    match = re.fullmatch(r"(?:the\s+)?day\s+(before|after)\s+(.+)", s)
    if match:  # "the day before last Tuesday's hearing"
        inner = _read(match[2], dct, tense, previous)
        if inner is not None and inner.first_day and inner.first_day == inner.last_day:
            return as_day(inner.first_day + timedelta(days=1 if match[1] == "after" else -1), "day_around",
                          anchor=inner.anchor)
    match = re.fullmatch(r"(?:the\s+)?week\s+of\s+(.+)", s)
    if match:  # "the week of March 6"
        inner = read_absolute(match[1], dct, tense)
        if inner is not None and inner.first_day and inner.first_day == inner.last_day:
            return as_week(inner.first_day - timedelta(days=inner.first_day.weekday()), "week_of")
    match = re.fullmatch(r"(previous|following)\s+(" + "|".join(WEEKDAYS) + r")", s)
    if match and previous is not None:  # "the previous Friday": the one before the date last told
        step = -1 if match[1] == "previous" else 1
        d = previous + timedelta(days=step)
        while d.weekday() != WEEKDAYS[match[2]]:
            d += timedelta(days=step)
        return as_day(d, "prev_weekday", anchor="previous_date")

    # --- previous-date anchored
    match = re.fullmatch(r"(?:(?:the|that)\s+)?(next|following|previous|same)\s+(morning|afternoon|evening|night)|"
                         r"that\s+(?:same\s+)?()(morning|afternoon|evening|night)", s)
    if match and previous is not None:  # "appeared in court the next morning"
        step = {"next": 1, "following": 1, "previous": -1}.get(match[1] or "", 0)
        return as_day(previous + timedelta(days=step), "prev_part_of_day", anchor="previous_date", type_="TIME",
                      suffix="T" + parts[match[2] or match[4]])
    match = re.fullmatch(r"(?:that|the same|that same|the)\s+day|(?:(?:the|a)\s+)?(next|following|previous)\s+day|"
                         r"(?:a|one|the)\s+day\s+(earlier|later|before|after)", s)
    if match and previous is not None:
        step = {"next": 1, "following": 1, "later": 1, "after": 1, "previous": -1, "earlier": -1, "before": -1}
        d = previous + timedelta(days=step.get(match[1] or match[2] or "", 0))
        return as_day(d, "prev_day", anchor="previous_date")

    # clean() has taken "the" off "the following month"; "next week" alone is the DCT's
    match = re.fullmatch(r"(?:(?:the|that)\s+(?=next|same)|(?:the\s+|that\s+)?(?=following|previous|preceding))"
                         r"(following|next|previous|same|preceding)\s+(week|month|year)", s)
    if match:
        base = previous or dct
        unit = unit_of(match[2])
        step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[match[1]]
        timex = at_unit(shift(base, step, unit), unit, "prev_unit")
        return Timex(timex.value, timex.type, timex.first_day, timex.last_day,
                     "previous_date" if previous else "published", timex.rule_id)

    # --- weekdays, with this/last/next and a part of the day
    match = re.fullmatch(r"(?:(?:earlier|later|early|late)\s+)?(?:(this|last|next|past)\s+)?(" + "|".join(WEEKDAYS) +
                         r")\.?(?:,)?(?:\s+(morning|afternoon|evening|night|overnight))?", s)
    if match:
        which = {"past": "last"}.get(match[1] or "", match[1] or "")
        if which == "this":
            which = ""
        d = weekday_date(WEEKDAYS[match[2]], dct, tense, which)
        if match[3]:
            return as_day(d, "weekday_part", type_="TIME", suffix="T" + parts[match[3]])
        return as_day(d, "weekday")

    match = re.fullmatch(r"(\d{1,2}):(\d{2})\s+(?:on\s+)?(" + "|".join(WEEKDAYS) + r")\s*"
                         r"(morning|afternoon|evening|night)?", s)
    if match:  # "5:30 Friday morning", "10:30 Monday night": the part of the day says a.m. or p.m.
        hour, part = int(match[1]), match[4] or ""
        if part in ("afternoon", "evening") or part == "night" and 5 <= hour < 12:
            hour = hour % 12 + 12
        elif part == "morning":
            hour %= 12
        base = weekday_date(WEEKDAYS[match[3]], dct, tense)
        return Timex(f"{base.isoformat()}T{hour:02d}:{match[2]}", "TIME", base, base, "published", "clock_weekday")
    match = re.fullmatch(r"(" + "|".join(WEEKDAYS) + r"),?\s+(?:(?:at|around|about|near|shortly|just|after|before)\s+)*"
                         r"(\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midday|midnight)", s)
    if match:  # "Friday at noon", "Thursday around 5:30 p.m.": the time, then the day
        return _read(f"{match[2]} {match[1]}", dct, tense, previous)

    # --- "N units ago", "N units earlier"
    match = re.fullmatch(r"(.+?)\s+(\w+?)s?\s+(ago|earlier|before|later|from now|hence)", s)
    if match and unit_of(match[2]) and (number_of(match[1]) is not None):
        count = int(number_of(match[1]))
        sign = 1 if match[3] in ("later", "from now", "hence") else -1
        unit = unit_of(match[2])
        base = dct if match[3] in ("ago", "from now", "hence") or previous is None else previous
        if unit in ("H", "MIN", "S") and base is dct and match[3] not in ("ago", "from now", "hence"):
            # "An hour later" with no day told before: later than some moment the text has
            # not dated; not a day counted from publication
            return Timex("XXXX-XX-XX", "DATE", None, None, "", "rel_ago_unanchored")
        timex = at_unit(shift(base, sign * count, unit), unit, "rel_ago")
        return timex if base is dct else Timex(timex.value, timex.type, timex.first_day, timex.last_day,
                                                "previous_date", timex.rule_id)

    # --- this/last/next unit
    match = re.fullmatch(r"(?:(earlier|later)\s+)?(this|last|next|past|previous|coming|current|the current)\s+"
                         r"(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)", s)
    if match:
        which, unit_word = match[2], match[3]
        offset = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
                  "next": 1, "coming": 1}[which]
        if unit_word in lex["seasons"]:
            return season(lex["seasons"][unit_word], dct, offset, tense)
        if unit_word == "weekend":
            return as_week(weekend_monday(dct, tense, {-1: "last", 1: "next"}.get(offset, "")), "rel_weekend", weekend=True)
        unit = unit_of(unit_word)
        if which == "past" and unit in ("DE", "CE"):  # "the past decade": the ten years up to publication
            return Timex(duration_value(1, unit), "DURATION", shift(dct, -1, unit), dct, "published", "past_span")
        return at_unit(shift(dct, offset, unit), unit, f"rel_{which}_{unit_word}")
    if s in ("the weekend", "weekend"):
        return as_week(weekend_monday(dct, tense, "the"), "rel_weekend", weekend=True)

    match = re.fullmatch(r"(?:the\s+)?(?:most\s+)?(?:recent|past|last|previous)\s+(day|week|month|year)s", s)
    if match:  # "in recent months", "over the past weeks": a span of some months up to publication
        return Timex(f"PX{unit_of(match[1])}", "DURATION", None, dct, "published", "recent_span")
    if s in ("the year", "the month", "the week") or re.fullmatch(r"(?:earlier|later)\s+in\s+the\s+year", s):
        # "For the year, pet food volume was flat": the current one ("the year ended
        # Sept. 30" is a span; the stage reads it without "the")
        unit = unit_of(s.split()[-1])
        return at_unit(dct, unit, "the_unit")
    match = re.fullmatch(r"(?:the\s+)?((?:1[6-9]|20)\d\d)\s+(?:quarter|period)", s)
    if match:  # "the 1988 quarter": the quarter being reported, in that year
        return as_quarter(int(match[1]), (last_quarter_end.month - 1) // 3 + 1, "year_quarter")

    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(?:\s+o'clock)?\s+(?:in the\s+(morning|afternoon|evening)|at night)|"
                         r"(\d{1,2})\s+o'clock|([1-9]|1\d|2[0-3]):([0-5]\d)", s)
    if match and int(match[1] or match[4] or match[5]) <= 24 and int(match[2] or match[6] or 0) < 60:
        # "4 in the morning", "3:45 in the afternoon", "9 o'clock", "10 at night", and a bare
        # "11:30" (the hour as written: the text does not say a.m. or p.m.)
        hour = int(match[1] or match[4] or match[5])
        if not match[5]:
            hour %= 12
            at_night = bool(match[1]) and not match[3]
            hour += 12 if match[3] in ("afternoon", "evening") or at_night and hour >= 6 else 0
        base = _clock_day(previous, dct, tense)
        return Timex(f"{base.isoformat()}T{hour:02d}:{int(match[2] or match[6] or 0):02d}", "TIME", base, base,
                     "previous_date" if base == previous else "published", "clock_words")

    # --- durations: "the past two months", "three months", "24 hours", "five-hour"
    match = re.fullmatch(r"(?:(past|last|previous|next|coming|first|final)\s+)?(?:(.+?)[\s-])?"
                         r"(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)s?"
                         r"(?:[\s-](?:long|old))?", s)
    if match and match[2] and re.search(r"\b(?:" + "|".join(WEEKDAYS) + r")\b|\d\s*[ap]\.?m\b", match[2]):
        match = None  # "8 p.m. Sunday night" is a clock time on a day, below
    if match:
        direction, amount, unit = match[1], match[2], unit_of(match[3].replace("centurie", "century"))
        plural = s.rstrip().endswith("s") and not s.endswith(("long", "old"))
        count = number_of(amount) if amount else (None if plural and not direction else 1)
        if amount and count is None and amount not in lex["vague_numbers"] or \
                count is not None and 1600 <= count <= 2099 and unit != "Y":
            return None  # "the 1988 quarter" is no span of 1,988 quarters
        value = duration_value(count, unit)
        first = last = None
        if count is not None and direction in ("past", "last", "previous"):
            first, last = shift(dct, -int(count) if count >= 1 else 0, unit), dct
        elif count is not None and direction in ("next", "coming"):
            first, last = dct, shift(dct, int(count), unit)
        elif count is not None and count >= 1 and tense == "perfect":
            # "protests that have lasted for nearly three months": up to publication
            first, last = shift(dct, -int(count), unit), dct
        return Timex(value, "DURATION", first, last, "published" if first else "", "duration")

    # --- seasons alone
    if s in lex["seasons"]:
        return season(lex["seasons"][s], dct, 0, tense)

    # --- clock times: "8:45 p.m.", "10 a.m. Wednesday", "noon Thursday", "midnight"
    weekday_names = "|".join(WEEKDAYS)
    clock = r"(\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midday|midnight)"
    match = re.fullmatch(clock + r"(?:\s+[a-z]{2,4}\b)?,?\s+(?:on\s+)?(.+)", s) or \
        re.fullmatch(r"(.+?),?\s+(?:at\s+)?" + clock + r"(?:\s+[a-z]{2,4})?", s)
    if match:  # "5 p.m. EST, Nov. 6", "Nov. 6 at 5 p.m.": the day, then its time
        time_part, day_part = (match[1], match[2]) if match[1][0].isdigit() or match[1] in (
            "noon", "midday", "midnight") else (match[2], match[1])
        day = read_absolute(day_part, dct, tense) or (  # "Monday morning"; not "4am to midnight"
            _read(day_part, dct, tense, previous) if re.search(rf"\b(?:{weekday_names})\b", day_part) else None)
        at = _read(time_part, dct, tense, None) if day and day.first_day and day.first_day == day.last_day else None
        if at is not None and "T" in at.value:
            return Timex(day.first_day.isoformat() + at.value[at.value.index("T"):], "TIME", day.first_day,
                         day.last_day, day.anchor, "clock_date")
    match = re.fullmatch(rf"(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?m\.?(?:\s+[a-z]{{2,4}})?(?:,?\s+(?:on\s+)?({weekday_names}))?"
                         rf"|(?:({weekday_names}),?\s+(?:at\s+)?)(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?m\.?", s)
    if match:
        hour_word, minute, ampm, weekday = (match[1], match[2], match[3], match[4]) if match[1] else (
            match[6], match[7], match[8], match[5])
        hour = int(hour_word) % 12 + (12 if ampm == "p" else 0)
        base = weekday_date(WEEKDAYS[weekday], dct, tense) if weekday else _clock_day(previous, dct, tense)
        return Timex(f"{base.isoformat()}T{hour:02d}:{int(minute or 0):02d}", "TIME", base, base,
                     "previous_date" if base == previous and not weekday else "published", "clock")
    match = re.fullmatch(rf"(noon|midday|midnight)(?:,?\s+(?:on\s+)?({weekday_names}))?", s)
    if match:
        base = weekday_date(WEEKDAYS[match[2]], dct, tense) if match[2] else _clock_day(previous, dct, tense)
        return Timex(f"{base.isoformat()}T{'12:00' if match[1] != 'midnight' else '24:00'}", "TIME", base, base,
                     "published", "clock_word")
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?:\s+\w+)?", s)
    if match:
        hour = int(match[1]) % 12 + (12 if match[3] == "p" else 0)
        base = _clock_day(previous, dct, tense)
        return Timex(f"{base.isoformat()}T{hour:02d}:{int(match[2] or 0):02d}", "TIME", base, base,
                     "previous_date" if base == previous else "published", "clock")
    if s in ("noon", "midday", "midnight"):
        base = _clock_day(previous, dct, tense)
        return Timex(f"{base.isoformat()}T{'12:00' if s != 'midnight' else '24:00'}", "TIME", base, base,
                     "published", "clock_word")
    return None
