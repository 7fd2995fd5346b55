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

import calendar
import json
import re
from datetime import date, timedelta
from functools import lru_cache

from pipeline.config import data_path
from pipeline.timeparse import Timex, dateparser_timex

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAYS.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5,
                 "sun": 6})
_MODS = (("the late ", "END"), ("the early ", "START"), ("the mid-", "MID"), ("the mid ", "MID"),
         ("nearly ", "APPROX"), ("almost ", "APPROX"), ("about ", "APPROX"), ("around ", "APPROX"),
         ("approximately ", "APPROX"), ("roughly ", "APPROX"), ("some ", "APPROX"), ("more than ", "MORE_THAN"),
         ("over ", "MORE_THAN"), ("at least ", "EQUAL_OR_MORE"), ("less than ", "LESS_THAN"),
         ("under ", "LESS_THAN"), ("up to ", "EQUAL_OR_LESS"), ("at most ", "EQUAL_OR_LESS"),
         ("early ", "START"), ("early-", "START"), ("late ", "END"), ("late-", "END"), ("mid-", "MID"),
         ("mid ", "MID"), ("the end of ", "END"), ("the beginning of ", "START"), ("the start of ", "START"),
         ("the middle of ", "MID"), ("end of ", "END"), ("beginning of ", "START"), ("earlier ", ""),
         ("later ", ""), ("mid-", "MID"), ("sometime ", ""), ("some time ", ""))
_LEADING = re.compile(r"^(?:on|in|at|since|by|until|till|from|during|for|over the|within|of|throughout|as of|"
                      r"starting|beginning|through|before|after)\s+")


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return json.loads(data_path("dictionaries/timex.json").read_text(encoding="utf-8"))


def _day(d: date, rule: str, anchor: str = "published", type_: str = "DATE", suffix: str = "") -> Timex:
    return Timex(d.isoformat() + suffix, type_, d, d, anchor, rule)


def _month(year: int, month: int, rule: str, anchor: str = "published") -> Timex:
    last = calendar.monthrange(year, month)[1]
    return Timex(f"{year:04d}-{month:02d}", "DATE", date(year, month, 1), date(year, month, last), anchor, rule)


def _year(year: int, rule: str, anchor: str = "published") -> Timex:
    return Timex(f"{year:04d}", "DATE", date(year, 1, 1), date(year, 12, 31), anchor, rule)


def _week(monday: date, rule: str, weekend: bool = False) -> Timex:
    iso = monday.isocalendar()
    if weekend:
        saturday = monday + timedelta(days=5)
        return Timex(f"{iso.year:04d}-W{iso.week:02d}-WE", "DATE", saturday, saturday + timedelta(days=1),
                     "published", rule)
    return Timex(f"{iso.year:04d}-W{iso.week:02d}", "DATE", monday, monday + timedelta(days=6), "published", rule)


def _quarter(year: int, q: int, rule: str) -> Timex:
    first = date(year, 3 * q - 2, 1)
    last_month = 3 * q
    return Timex(f"{year:04d}-Q{q}", "DATE", first, date(year, last_month, calendar.monthrange(year, last_month)[1]),
                 "published", rule)


def add_months(d: date, months: int) -> date:
    month_index = d.year * 12 + d.month - 1 + months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _number(word: str) -> float | None:
    word = word.strip().lower()
    numbers = lexicon()["numbers"]
    if word in numbers:
        return numbers[word]
    if re.fullmatch(r"\d+(?:\.\d+)?", word.replace(",", "")):
        return float(word.replace(",", ""))
    half = re.fullmatch(r"(.+?)\s+and\s+a\s+half", word)
    if half and _number(half[1]) is not None:
        return _number(half[1]) + 0.5
    parts = re.split(r"[\s-]+", word)
    if len(parts) == 2 and parts[0] in numbers and parts[1] in numbers:
        if parts[1] in ("hundred", "dozen"):
            return numbers[parts[0]] * numbers[parts[1]]
        return numbers[parts[0]] + numbers[parts[1]]
    return None


def _unit(word: str) -> str | None:
    word = word.lower().rstrip("s") if word.lower() not in ("hours",) else "hour"
    return lexicon()["units"].get(word)


def _duration_value(count: float | None, unit: str) -> str:
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
    return dct


def _at_unit(d: date, unit: str, rule: str) -> Timex:
    """A date at the granularity of a unit: days, weeks, months, quarters, years."""
    if unit in ("D",):
        return _day(d, rule)
    if unit in ("W", "2W"):
        return _week(d - timedelta(days=d.weekday()), rule)
    if unit == "WE":
        return _week(d - timedelta(days=d.weekday()), rule, weekend=True)
    if unit == "M":
        return _month(d.year, d.month, rule)
    if unit == "Q":
        return _quarter(d.year, (d.month - 1) // 3 + 1, rule)
    if unit == "DE":
        return Timex(f"{d.year // 10:03d}", "DATE", date(d.year // 10 * 10, 1, 1), date(d.year // 10 * 10 + 9, 12, 31),
                     "published", rule)
    return _year(d.year, rule)


def _nearest_year(month: int, day: int | None, dct: date, tense: str) -> int:
    """The year that puts month (and day) nearest the DCT, in the direction the tense says."""
    def as_date(year: int) -> date:
        return date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))

    candidates = [dct.year - 1, dct.year, dct.year + 1]
    if tense in ("past", "perfect"):
        before = [y for y in candidates if (as_date(y) <= dct if day else (y, month) <= (dct.year, dct.month))]
        return max(before)
    if tense == "future":
        after = [y for y in candidates if (as_date(y) >= dct if day else (y, month) >= (dct.year, dct.month))]
        return min(after)
    # No tense: news reports mostly look back, so the past reading wins unless the
    # future one is much nearer ("Oct. 23" in May is last October).
    past = max(y for y in candidates if as_date(y) <= dct + timedelta(days=1))
    future = min(y for y in candidates if as_date(y) >= dct)
    if (as_date(future) - dct).days * 3 < (dct - as_date(past)).days:
        return future
    return past


def _weekday(target: int, dct: date, tense: str, which: str = "") -> date:
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


def _weekend(dct: date, tense: str, which: str) -> date:
    """Monday of the ISO week whose weekend is meant."""
    monday = dct - timedelta(days=dct.weekday())
    if which == "last":
        return monday - timedelta(weeks=1) if dct.weekday() < 5 else monday - timedelta(weeks=1)
    if which == "next":
        return monday + timedelta(weeks=1)
    # "this weekend": the one just past on a Monday or in past-tense clauses early in the week
    if dct.weekday() == 0 or (tense in ("past", "perfect") and dct.weekday() < 5):
        return monday - timedelta(weeks=1)
    return monday


def clean(text: str) -> tuple[str, str]:
    """Lower-cased expression without leading prepositions and modifiers; returns (text, mod)."""
    s = " ".join(text.lower().replace("’", "'").replace("‘", "'").split())
    s = s.strip(" ,.;:()\"'")
    mod = ""
    for _ in range(3):
        s = _LEADING.sub("", s)
        for prefix, name in _MODS:
            if s.startswith(prefix):
                s, mod = s[len(prefix):], mod or name
        s = re.sub(r"^(?:the|this past)\s+(?=(?:last|past|next|coming|previous|following)\b)", "", s)
    return s.strip(), mod


def normalize(text: str, dct: date | None, *, tense: str = "", previous: date | None = None,
              focus: str = "") -> Timex | None:
    """The TIMEX3 reading of one expression; None when it is not a time expression.

    `previous` is the last calendar day the article resolved (for "the next day");
    `focus` the last value it resolved, so that "a year earlier" after "the third
    quarter" is that quarter a year before."""
    s, mod = clean(text)
    if not s or re.fullmatch(r"[\d,.]+", s) and not re.fullmatch(r"(1[6-9]|20)\d\d", s):
        return None  # "11", "5,200": numbers are not dates
    result = _read(s, dct, tense, previous)
    if result is None and s.startswith("the "):
        result = _read(s[4:], dct, tense, previous)
    quarter = re.fullmatch(r"(\d{4})-Q(\d)", focus)
    if quarter and re.fullmatch(r"(?:a|one) year (?:ago|earlier|before)", s):
        result = _quarter(int(quarter[1]) - 1, int(quarter[2]), "rel_year_ago_quarter")
    if result is None and dct is not None:
        result = dateparser_timex(text, dct)
        if result is not None:
            result = Timex(result.value, result.type, result.first_day, result.last_day, result.anchor,
                           f"dateparser:{result.rule_id}")
    if result is None:
        return None
    if mod and not result.mod:
        result = Timex(result.value, result.type, result.first_day, result.last_day, result.anchor,
                       result.rule_id, mod)
    return result


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
    if match and _unit(match[1]) and not s.startswith(("a ", "an ")):
        return Timex(_duration_value(1, _unit(match[1])), "SET", None, None, "", "set_every")
    match = re.fullmatch(r"(?:every|each|on)?\s*(" + "|".join(WEEKDAYS) + r")(s)?(?:\s+(morning|afternoon|evening|night)s?)?", s)
    if match and (s.startswith(("every", "each")) or match[2]):
        part = f"T{lex['parts_of_day'][match[3]]}" if match[3] else ""
        return Timex(f"XXXX-WXX-{WEEKDAYS[match[1]] + 1}{part}", "SET", None, None, "", "set_weekday")
    match = re.fullmatch(r"(?:every|each)\s+(" + "|".join(MONTHS) + r")", s)
    if match:
        return Timex(f"XXXX-{MONTHS[match[1]]:02d}", "SET", None, None, "", "set_month")

    # --- absolute dates and years need no DCT
    absolute = _read_absolute(s, dct, tense)
    if absolute is not None or dct is None:
        return absolute

    # --- days around the DCT
    parts = lex["parts_of_day"]
    simple = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0}
    if s in simple:
        d = dct + timedelta(days=simple[s])
        return _day(d, f"rel_{s.replace(' ', '_')}", type_="TIME" if s == "tonight" else "DATE",
                    suffix="TNI" if s == "tonight" else "")
    match = re.fullmatch(r"(this|last|yesterday|tomorrow|today)\s+(morning|afternoon|evening|night)", s)
    if match:
        offset = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[match[1]]
        return _day(dct + timedelta(days=offset), "rel_part_of_day", type_="TIME", suffix="T" + parts[match[2]])

    match = re.fullmatch(r"(morning|afternoon|evening|night)\s+(yesterday|today|tomorrow)", s)
    if match:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[match[2]]
        return _day(dct + timedelta(days=offset), "rel_part_of_day", type_="TIME", suffix="T" + parts[match[1]])
    holiday = _holiday(s, dct, tense)
    if holiday is not None:
        return holiday

    # --- financial reporting periods: "the quarter", "the latest period", "year-earlier"
    last_quarter_end = add_months(date(dct.year, 3 * ((dct.month - 1) // 3) + 1, 1), 0) - timedelta(days=1)
    if re.fullmatch(r"(?:latest|recent|most recent|current|same)?\s*(?:quarter|period)", s):
        return _quarter(last_quarter_end.year, (last_quarter_end.month - 1) // 3 + 1, "fin_latest_quarter")
    if re.fullmatch(r"(?:the\s+)?(?:year[\s-](?:earlier|ago)|corresponding|comparable|year-before)"
                    r"(?:\s+(?:quarter|period))?(?:\s+(?:last|a)\s+year)?|corresponding period last year", s):
        year_before = add_months(last_quarter_end, -12)
        return _quarter(year_before.year, (year_before.month - 1) // 3 + 1, "fin_year_ago_quarter")
    if re.fullmatch(r"(?:current|full|fiscal|current fiscal|full fiscal|whole)\s+year", s):
        return _year(dct.year, "fin_current_year")
    match = re.fullmatch(r"(this|last|next) year's\s+(first|second|third|fourth)\s+quarter|"
                         r"(this|last|next) year's\s+quarter", s)
    if match:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[match[1] or match[3]]
        q = lexicon()["ordinals"][match[2]] if match[2] else (last_quarter_end.month - 1) // 3 + 1
        return _quarter(year, q, "fin_year_quarter")
    match = re.fullmatch(r"(?:that|the same)\s+(week|month|year)", s)
    if match and previous is not None:
        unit = _unit(match[1])
        timex = _at_unit(previous, unit, "prev_same_unit")
        return Timex(timex.value, timex.type, timex.first_day, timex.last_day, "previous_date", timex.rule_id)

    # --- previous-date anchored
    match = re.fullmatch(r"(?:that|the same|that same|the)\s+day|(?:(?:the|a)\s+)?(next|following|previous)\s+day|"
                         r"(?:a|one|the)\s+day\s+(earlier|later|before|after)", s)
    if match and previous is not None:
        step = {"next": 1, "following": 1, "later": 1, "after": 1, "previous": -1, "earlier": -1, "before": -1}
        d = previous + timedelta(days=step.get(match[1] or match[2] or "", 0))
        return _day(d, "prev_day", anchor="previous_date")

    match = re.fullmatch(r"(?:the|that)\s+(following|next|previous|same|preceding)\s+(week|month|year)", s)
    if match:
        base = previous or dct
        unit = _unit(match[2])
        step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "same": 0}[match[1]]
        timex = _at_unit(shift(base, step, unit), unit, "prev_unit")
        return Timex(timex.value, timex.type, timex.first_day, timex.last_day,
                     "previous_date" if previous else "published", timex.rule_id)

    # --- weekdays, with this/last/next and a part of the day
    match = re.fullmatch(r"(?:(?:earlier|later|early|late)\s+)?(?:(this|last|next|past)\s+)?(" + "|".join(WEEKDAYS) +
                         r")\.?(?:,)?(?:\s+(morning|afternoon|evening|night|overnight))?", s)
    if match:
        which = {"past": "last"}.get(match[1] or "", match[1] or "")
        if which == "this":
            which = ""
        d = _weekday(WEEKDAYS[match[2]], dct, tense, which)
        if match[3]:
            return _day(d, "weekday_part", type_="TIME", suffix="T" + parts[match[3]])
        return _day(d, "weekday")

    # --- "N units ago", "N units earlier"
    match = re.fullmatch(r"(.+?)\s+(\w+?)s?\s+(ago|earlier|before|later|from now|hence)", s)
    if match and _unit(match[2]) and (_number(match[1]) is not None):
        count = int(_number(match[1]))
        sign = 1 if match[3] in ("later", "from now", "hence") else -1
        unit = _unit(match[2])
        base = dct if match[3] in ("ago", "from now", "hence") or previous is None else previous
        timex = _at_unit(shift(base, sign * count, unit), unit, "rel_ago")
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
            return _season(lex["seasons"][unit_word], dct, offset, tense)
        if unit_word == "weekend":
            return _week(_weekend(dct, tense, {-1: "last", 1: "next"}.get(offset, "")), "rel_weekend", weekend=True)
        unit = _unit(unit_word)
        return _at_unit(shift(dct, offset, unit), unit, f"rel_{which}_{unit_word}")
    if s in ("the weekend", "weekend"):
        return _week(_weekend(dct, tense, ""), "rel_weekend", weekend=True)

    # --- durations: "the past two months", "three months", "24 hours", "five-hour"
    match = re.fullmatch(r"(?:(past|last|previous|next|coming|first|final)\s+)?(?:(.+?)[\s-])?"
                         r"(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century)s?"
                         r"(?:[\s-](?:long|old))?", s)
    if match:
        direction, amount, unit = match[1], match[2], _unit(match[3])
        plural = s.rstrip().endswith("s") and not s.endswith(("long", "old"))
        count = _number(amount) if amount else (None if plural and not direction else 1)
        if amount and count is None and amount not in lex["vague_numbers"]:
            return None
        value = _duration_value(count, unit)
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
        return _season(lex["seasons"][s], dct, 0, tense)

    # --- clock times: "8:45 p.m.", "10 a.m. Wednesday", "noon Thursday", "midnight"
    weekday_names = "|".join(WEEKDAYS)
    match = re.fullmatch(rf"(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?m\.?(?:\s+[a-z]{{2,4}})?(?:,?\s+(?:on\s+)?({weekday_names}))?"
                         rf"|(?:({weekday_names}),?\s+(?:at\s+)?)(\d{{1,2}})(?::(\d{{2}}))?\s*([ap])\.?m\.?", s)
    if match:
        hour_word, minute, ampm, weekday = (match[1], match[2], match[3], match[4]) if match[1] else (
            match[6], match[7], match[8], match[5])
        hour = int(hour_word) % 12 + (12 if ampm == "p" else 0)
        base = _weekday(WEEKDAYS[weekday], dct, tense) if weekday else (previous or dct)
        return Timex(f"{base.isoformat()}T{hour:02d}:{int(minute or 0):02d}", "TIME", base, base,
                     "previous_date" if previous and not weekday else "published", "clock")
    match = re.fullmatch(rf"(noon|midday|midnight)(?:,?\s+(?:on\s+)?({weekday_names}))?", s)
    if match:
        base = _weekday(WEEKDAYS[match[2]], dct, tense) if match[2] else (previous or dct)
        return Timex(f"{base.isoformat()}T{'12:00' if match[1] != 'midnight' else '24:00'}", "TIME", base, base,
                     "published", "clock_word")
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?:\s+\w+)?", s)
    if match:
        hour = int(match[1]) % 12 + (12 if match[3] == "p" else 0)
        base = previous or dct
        return Timex(f"{base.isoformat()}T{hour:02d}:{int(match[2] or 0):02d}", "TIME", base, base,
                     "previous_date" if previous else "published", "clock")
    if s in ("noon", "midday", "midnight"):
        base = previous or dct
        return Timex(f"{base.isoformat()}T{'12:00' if s != 'midnight' else '24:00'}", "TIME", base, base,
                     "published", "clock_word")
    return None


def _holiday(s: str, dct: date, tense: str) -> Timex | None:
    from dateutil.easter import easter

    key = re.sub(r"^(?:last|this|next)\s+", "", s)
    rule = lexicon().get("holidays", {}).get(key)
    if rule is None:
        return None

    def on(year: int) -> date:
        if rule == "easter":
            return easter(year)
        if rule in ("thanksgiving", "election", "memorial", "labor"):
            month, weekday, nth = {"thanksgiving": (11, 3, 4), "election": (11, 1, 1), "memorial": (5, 0, -1),
                                   "labor": (9, 0, 1)}[rule]
            days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)
                    if date(year, month, d).weekday() == weekday]
            if rule == "election":  # the Tuesday after the first Monday
                return days[0] + timedelta(days=1)
            return days[nth - 1] if nth > 0 else days[-1]
        month, day = (int(x) for x in rule.split("-"))
        return date(year, month, day)

    which = s.split()[0] if s.split()[0] in ("last", "this", "next") else ""
    direction = {"last": "past", "next": "future"}.get(which, tense or "past")
    options = [on(dct.year - 1), on(dct.year), on(dct.year + 1)]
    if direction == "future":
        chosen = min(d for d in options if d >= dct)
    elif direction == "present" and which == "this":
        chosen = on(dct.year)
    else:
        chosen = max(d for d in options if d <= dct)
    return _day(chosen, "holiday")


def _spoken_year(s: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'the year two thousand' -> 2000."""
    s = re.sub(r"^(?:the year|in)\s+", "", s)
    if s in ("two thousand", "the year two thousand"):
        return 2000
    match = re.fullmatch(r"(nineteen|eighteen|twenty)\s+(.+)", s)
    if not match:
        return None
    rest = _number(match[2]) if match[2] not in ("hundred",) else 0
    if rest is None or rest != int(rest) or not 0 <= rest < 100:
        return None
    return {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[match[1]] + int(rest)


def _season(code: str, dct: date, offset: int, tense: str) -> Timex:
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = dct.year
    if offset == 0 and tense in ("past", "perfect") and (year, start_month) > (dct.year, dct.month):
        year -= 1
    year += offset
    first = date(year, start_month, 1)
    last = add_months(first, 3) - timedelta(days=1)
    return Timex(f"{year:04d}-{code}", "DATE", first, last, "published", "season")


def _read_absolute(s: str, dct: date | None, tense: str) -> Timex | None:
    month_names = "|".join(sorted(MONTHS, key=len, reverse=True))
    # "December 31, 2019", "Dec. 29", "31 December 2019"
    weekday_prefix = rf"(?:({'|'.join(WEEKDAYS)})\.?,?\s+)?"
    match = re.fullmatch(rf"{weekday_prefix}({month_names})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?", s) \
        or re.fullmatch(rf"{weekday_prefix}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+({month_names})\.?,?(?:\s+(\d{{4}}))?", s)
    if match:
        weekday, first, second, year = match.groups()
        month_word, day_word = (first, second) if not first.isdigit() else (second, first)
        month, day = MONTHS[month_word], int(day_word)
        if year:
            return _safe_day(int(year), month, day, "abs_date", "absolute")
        if dct is None:
            return None
        if weekday:  # "Saturday, April 25": the weekday tells the year
            for year_guess in (dct.year, dct.year + 1, dct.year - 1):
                try:
                    if date(year_guess, month, day).weekday() == WEEKDAYS[weekday]:
                        return _safe_day(year_guess, month, day, "weekday_month_day", "published")
                except ValueError:
                    continue
        return _safe_day(_nearest_year(month, day, dct, tense), month, day, "month_day", "published")
    # "2019-12-31", "12/31/2019"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s) or None
    if match:
        return _safe_day(int(match[1]), int(match[2]), int(match[3]), "iso_date", "absolute")
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", s)
    if match:
        year = int(match[3]) + (1900 if len(match[3]) == 2 and int(match[3]) > 30 else 2000 if len(match[3]) == 2 else 0)
        return _safe_day(year, int(match[1]), int(match[2]), "us_date", "absolute")
    # "December 2019", "December", "last October", "next March"
    match = re.fullmatch(rf"(?:(last|next|this)\s+)?({month_names})\.?(?:,?\s+(?:of\s+)?(\d{{4}}))?", s)
    if match:
        month = MONTHS[match[2]]
        if match[3]:
            return _month(int(match[3]), month, "abs_month", "absolute")
        if dct is None:
            return None
        direction = {"last": "past", "next": "future"}.get(match[1] or "", tense)
        year = _nearest_year(month, None, dct, direction)
        if match[1] == "last" and (year, month) == (dct.year, dct.month):
            year -= 1
        return _month(year, month, "month", "published")
    match = re.fullmatch(rf"(?:(?:early|late|mid)[\s-])?({month_names})\.?,?\s+(?:of\s+)?(this|last|next)\s+year", s)
    if match and dct is not None:
        year = dct.year + {"this": 0, "last": -1, "next": 1}[match[2]]
        return _month(year, MONTHS[match[1]], "month_rel_year", "published")
    match = re.fullmatch(r"(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]century", s)
    if match:
        century = int(match[1]) - 1
        return Timex(f"{century:02d}", "DATE", date(max(century * 100, 1), 1, 1), date(century * 100 + 99, 12, 31),
                     "absolute", "century")
    spoken = _spoken_year(s)
    if spoken is not None:
        return _year(spoken, "spoken_year", "absolute")
    match = re.fullmatch(rf"({month_names})\.?\s+(nineteen|twenty)\s+(.+)", s)
    if match and _spoken_year(f"{match[2]} {match[3]}"):
        return _month(_spoken_year(f"{match[2]} {match[3]}"), MONTHS[match[1]], "abs_month_spoken", "absolute")
    match = re.fullmatch(r"(?:the\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", s)
    if match:
        decade = 190 + ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                        "nineties"].index(match[1]) + 2
        return Timex(f"{decade:03d}", "DATE", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "published",
                     "decade_word")
    match = re.fullmatch(r"(?:the\s+)?(\d{4})\s+(first|second|third|fourth)\s+quarter", s)
    if match:
        return _quarter(int(match[1]), lexicon()["ordinals"][match[2]], "quarter")
    # years, fiscal years, decades
    match = re.fullmatch(r"(?:fiscal\s+|the year\s+|calendar\s+|the\s+)?((?:1[6-9]|20)\d\d)(?:\s+period)?", s)
    if match:
        return _year(int(match[1]), "year", "absolute")
    match = re.fullmatch(r"(?:the\s+)?(?:(1[6-9]|20)(\d)0|')?(\d0)?'?s", s)
    if match and (match[1] or match[3]):
        if match[1]:
            decade = int(match[1] + match[2])
        else:
            decade = (int(match[3]) // 10) + (190 if int(match[3]) >= 30 else 200)
        return Timex(f"{decade:03d}", "DATE", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31), "absolute", "decade")
    # quarters and halves: "the third quarter (of 1989)", "third-quarter", "first half"
    match = re.fullmatch(r"(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]"
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
        return _quarter(year, ordinal, "quarter")
    return None


def _safe_day(year: int, month: int, day: int, rule: str, anchor: str) -> Timex | None:
    try:
        return _day(date(year, month, day), rule, anchor)
    except ValueError:
        return None
